import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROLE_NAMES } from "../domain/index.js";
import { readSources } from "../ingest/index.js";
import { loadArticles } from "../loader/index.js";
import { openStore, type Store } from "../store/index.js";

/** Median wall time of `runs` calls, in milliseconds (the first call, which warms caches, is not counted). */
async function timeMs(runs: number, call: () => Promise<unknown>): Promise<number> {
  await call();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await call();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

/** The incident with most sources and the state in most events: the heaviest dossier and profile. */
async function busiest(store: Store): Promise<{ incident?: string; actor?: string }> {
  const incidents = await store.listIncidents({ limit: 100_000 });
  const incident = incidents.sort((a, b) => b.sources.length - a.sources.length || b.attackEvents - a.attackEvents)[0]?.id;
  const counts = new Map<string, number>();
  for (const x of await store.allExtractions())
    for (const e of x.events)
      for (const role of ROLE_NAMES) {
        const actor = e[role];
        if (actor?.kind === "state") counts.set(actor.name, (counts.get(actor.name) ?? 0) + 1);
      }
  const actor = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return { ...(incident ? { incident } : {}), ...(actor ? { actor } : {}) };
}

/**
 * Ingest throughput into a fresh SQLite file (reading, language check, extraction and storage, one
 * transaction per document), then the time of the dossier and actor queries on that database.
 */
export async function runIngestBench(corpus: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "attrib-bench-"));
  const store = await openStore(join(dir, "bench.db"));
  try {
    const summary = await loadArticles(store, readSources([corpus]));
    const stats = await store.stats();
    console.log(
      `ingest (SQLite): ${summary.stored} documents stored, ${summary.events} events, ${summary.failed} failed in ${summary.seconds.toFixed(2)} s ` +
        `= ${(summary.items / summary.seconds).toFixed(1)} documents/s (extraction included); ${stats.incidents} incidents, ${stats.claims} claims, ${stats.actors} actors`,
    );
    const { incident, actor } = await busiest(store);
    const runs = 20;
    const row = (what: string, ms: number) => console.log(`query (SQLite, median of ${runs}): ${what.padEnd(52)} ${ms.toFixed(1)} ms`);
    row("incidents (list of 50)", await timeMs(runs, () => store.listIncidents()));
    if (incident) row(`incident ${incident} (dossier)`, await timeMs(runs, () => store.getIncident(incident)));
    row("actors (all)", await timeMs(runs, () => store.listActors()));
    if (actor) row(`actor ${actor} (profile)`, await timeMs(runs, () => store.getActor(actor)));
    row("stats", await timeMs(runs, () => store.stats()));
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

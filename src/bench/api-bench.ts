import { existsSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { readCorpus } from "./read-corpus.js";
import { extract, EXTRACTOR_VERSION } from "../extraction/extract.js";
import { createApp } from "../server/app.js";
import { openStore } from "../store/index.js";

/**
 * API latency under concurrent load from a local client: p50/p95 for the dossier, actor and
 * search routes, on a temp SQLite store holding attribution-dev and casie-dev. Bounded: loading
 * stops after LOAD_SECONDS, each route gets at most REQUESTS requests or ROUTE_SECONDS, and the
 * server listens on 127.0.0.1 only.
 */
const CORPORA = ["attribution-dev", "casie-dev"].map((c) => join(process.cwd(), "..", "shared", "corpus", c, "documents.jsonl"));
const LOAD_SECONDS = Number(process.env.ATTRIB_BENCH_LOAD_SECONDS ?? 120);
const CONCURRENCY = Number(process.env.ATTRIB_BENCH_CONCURRENCY ?? 8);
const REQUESTS = Number(process.env.ATTRIB_BENCH_REQUESTS ?? 400);
const ROUTE_SECONDS = 20;

const present = CORPORA.filter((f) => existsSync(f));
if (present.length === 0) {
  console.error(`api-bench: no corpus found (${CORPORA.join(", ")}); run from a checkout next to ../shared`);
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), "attrib-api-bench-"));
const store = await openStore(join(dir, "bench.db"));
const t0 = performance.now();
let loaded = 0;
for (const file of present) {
  for (const article of readCorpus(file)) {
    if ((performance.now() - t0) / 1000 > LOAD_SECONDS) break;
    await store.saveExtraction(article, extract(article), { extractionVersion: EXTRACTOR_VERSION, relink: false });
    loaded++;
  }
}
await store.relink();
const stats = await store.stats();
console.log(`api-bench: ${loaded} documents (${present.map((f) => f.split("/").at(-2)).join(" + ")}), ${stats.events} events, ${stats.incidents} incidents, ${stats.actors} actors; loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const app = createApp({ store, webRoot: false });
const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
await new Promise<void>((resolve) => server.once("listening", () => resolve()));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const incidents = (await store.listIncidents({ limit: 200 })).map((i) => `/api/incidents/${encodeURIComponent(i.id)}`);
const actorNames = [...new Set((await store.listIncidents({ limit: 200 })).flatMap((i) => [i.victim.name, ...i.accused.map((a) => a.name)]))];
const actors = actorNames.slice(0, 100).map((n) => `/api/actors/${encodeURIComponent(n)}`);
const search = ["ransomware", "attack", "hackers", "North Korea", "data breach", "Russia", "phishing email", "sanctions", "malware", "hospital"].map((q) => `/api/search?q=${encodeURIComponent(q)}`);

async function measure(name: string, paths: string[]): Promise<void> {
  if (paths.length === 0) return console.log(`api-bench: ${name}: nothing to request`);
  const times: number[] = [];
  let next = 0;
  let failed = 0;
  const start = performance.now();
  const worker = async () => {
    while (next < REQUESTS && (performance.now() - start) / 1000 < ROUTE_SECONDS) {
      const path = paths[next++ % paths.length]!;
      const t = performance.now();
      const res = await fetch(base + path);
      await res.arrayBuffer();
      times.push(performance.now() - t);
      if (!res.ok) failed++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - start) / 1000;
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(1);
  console.log(
    `api-bench: ${name.padEnd(8)} ${times.length} requests, ${CONCURRENCY} concurrent: p50 ${pct(50)} ms, p95 ${pct(95)} ms, max ${pct(100)} ms, ${(times.length / seconds).toFixed(0)} req/s${failed ? `, ${failed} failed` : ""}`,
  );
}

await measure("dossier", incidents);
await measure("actor", actors);
await measure("search", search);
server.close();
await store.close();
rmSync(dir, { recursive: true, force: true });

/**
 * Acceptance: the dev corpus and the project's sample articles, ingested into a temporary SQLite
 * store through the store API and `extract`, export to STIX that validates against the official
 * schemas, export the same way twice, and keep the seed article's facts. Needs ../shared.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Actor } from "../domain/index.js";
import { extract } from "../extraction/extract.js";
import { loadSampleArticles } from "../samples/sample-data.js";
import { factsFromBundle, StixValidator, toStixBundle, type StixBundle } from "../stix/index.js";
import { openStore, type Store } from "../store/index.js";
import { CSV_COLUMNS, toCsv } from "./csv.js";
import { exportInputFromStore } from "./from-store.js";
import { DEV_CORPUS, loadArticles, readJsonlArticles, SEED, SEED_GOLD, sharedMissing, STIX_SCHEMAS } from "./load-corpus.js";

const dir = mkdtempSync(join(tmpdir(), "attrib-export-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const sorted = (b: StixBundle) => JSON.stringify({ ...b, objects: [...b.objects].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)) });

describe("the dev corpus and the samples", { skip: sharedMissing(DEV_CORPUS, STIX_SCHEMAS) }, () => {
  let store: Store;
  let bundle: StixBundle;
  before(async () => {
    store = await openStore(join(dir, "corpus.db"));
    await loadArticles(store, [...readJsonlArticles(DEV_CORPUS), ...loadSampleArticles()]);
    bundle = toStixBundle(await exportInputFromStore(store)).bundle;
  });
  after(() => store.close());

  test("export to STIX that validates against the official schemas, every object, zero errors", async () => {
    const stats = await store.stats();
    assert.equal(stats.documents, 21 + 17);
    assert.ok(stats.incidents > 10 && stats.claims > 10, JSON.stringify(stats));
    const types = new Set(bundle.objects.map((o) => o.type));
    for (const t of ["report", "incident", "relationship", "identity", "location", "threat-actor", "opinion", "x-attrib-response", "extension-definition"])
      assert.ok(types.has(t), `the corpus yields ${t} objects`);
    const check = new StixValidator(STIX_SCHEMAS).validateBundle(bundle);
    assert.deepEqual(check.bundleErrors, []);
    assert.deepEqual(check.objects, [], "objects with schema errors");
    assert.equal(check.valid, true);
    assert.ok(bundle.objects.length > 200, `${bundle.objects.length} objects`);
  });

  test("two exports of the same database are byte-identical after sorting", async () => {
    const again = toStixBundle(await exportInputFromStore(store)).bundle;
    assert.equal(sorted(again), sorted(bundle));
    assert.equal(JSON.stringify(again), JSON.stringify(bundle), "already sorted as exported");
  });

  test("a database loaded in another order exports the same bundle", async () => {
    const other = await openStore(join(dir, "reversed.db"));
    try {
      await loadArticles(other, [...readJsonlArticles(DEV_CORPUS), ...loadSampleArticles()].reverse());
      assert.equal(sorted(toStixBundle(await exportInputFromStore(other)).bundle), sorted(bundle));
    } finally {
      await other.close();
    }
  });

  test("CSV tables hold one row per incident, claim and response of the store", async () => {
    const input = await exportInputFromStore(store);
    const lines = (t: "incidents" | "claims" | "responses") => toCsv(t, input).split("\r\n").filter((l) => l !== "");
    assert.equal(lines("incidents").length, 1 + input.incidents.length);
    assert.equal(lines("incidents").length - 1, (await store.stats()).incidents);
    assert.equal(lines("claims")[0], CSV_COLUMNS.claims.join(","));
    assert.ok(lines("claims").length > 10);
    const responses = input.documents.flatMap((d) => d.events).filter((e) => ["sanction", "diplomatic", "legal", "condemnation"].includes(e.type));
    assert.equal(lines("responses").length, 1 + responses.length);
  });

  test("--since and --incident narrow the export and it still validates", async () => {
    const since = await exportInputFromStore(store, { since: "2022-01-01" });
    assert.ok(since.documents.length > 0 && since.documents.every((d) => (d.published ?? "") >= "2022-01-01"));
    const [incident] = await store.listIncidents({ limit: 1 });
    const one = await exportInputFromStore(store, { incidentId: incident!.id });
    assert.deepEqual(one.incidents.map((i) => i.id), [incident!.id]);
    assert.ok(one.claims!.every((c) => c.incidentId === incident!.id));
    const validator = new StixValidator(STIX_SCHEMAS);
    for (const input of [since, one]) assert.deepEqual(validator.validateBundle(toStixBundle(input).bundle).objects, []);
    await assert.rejects(exportInputFromStore(store, { incidentId: "no-such-incident" }), /no incident with id no-such-incident/);
  });
});

describe("round trip of the seed article", { skip: sharedMissing(SEED, SEED_GOLD, STIX_SCHEMAS) }, () => {
  /**
   * The seed's facts as Attrib extracts them (src/cli/cli.test.ts shows that extraction scores 100
   * against the seed's gold) must all come back out of the STIX bundle; the gold's event count per
   * type is checked too, so a fact lost on the way cannot hide behind a shorter extraction.
   */
  test("every attribution, denial and response of the seed is read back from the STIX bundle", async () => {
    const [seed] = readJsonlArticles(SEED);
    const store = await openStore(join(dir, "seed.db"));
    let bundle: StixBundle;
    try {
      await loadArticles(store, [seed!]);
      bundle = toStixBundle(await exportInputFromStore(store)).bundle;
    } finally {
      await store.close();
    }
    assert.equal(new StixValidator(STIX_SCHEMAS).validateBundle(bundle).valid, true);
    const facts = factsFromBundle(bundle);
    const events = extract(seed!).events;
    const named = (a: Actor | undefined) => (a && a.kind !== "unspecified" ? a.name : undefined);

    const gold = (JSON.parse(readFileSync(SEED_GOLD, "utf8").split("\n")[0]!) as { events: { type: string }[] }).events;
    const count = (list: { type: string }[], type: string) => list.filter((e) => e.type === type).length;
    for (const type of ["attribution", "denial", "sanction", "diplomatic", "legal", "condemnation"])
      assert.equal(count(events, type), count(gold, type), `${type} events: extraction and gold agree`);

    const accusations = events.filter((e) => e.type === "attribution").map((e) => ({ attributor: named(e.attributor), accused: e.accused!.name }));
    assert.deepEqual(
      facts.accusations.map((f) => ({ attributor: f.attributor, accused: f.accused })).sort(byJson),
      accusations.sort(byJson),
    );
    for (const e of events.filter((x) => x.type === "denial")) {
      const denial = facts.denials.find((d) => d.denier === named(e.denier));
      assert.ok(denial, `denial by ${named(e.denier)}`);
      assert.ok(denial.deniedAccused.length > 0, "the denial answers the claims against it");
    }
    const responses = events
      .filter((e) => ["sanction", "diplomatic", "legal", "condemnation"].includes(e.type))
      .map((e) => ({ type: e.type, ...opt("action", e.action), ...opt("actor", named(e.imposer ?? e.actor)), ...opt("target", named(e.target)), ...opt("date", e.date?.value) }));
    assert.deepEqual(facts.responses.slice().sort(byJson), responses.sort(byJson));
    assert.ok(accusations.length >= 3 && responses.length >= 3, "the seed has claims and responses to check");
  });
});

const byJson = (a: object, b: object) => JSON.stringify(a).localeCompare(JSON.stringify(b));
function opt<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}

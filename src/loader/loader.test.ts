import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Article } from "../domain/index.js";
import { IngestError, type SourceResult } from "../ingest/index.js";
import { openStore, StoreError, type Store } from "../store/index.js";
import { loadArticles, type ItemOutcome } from "./load-articles.js";
import { reextract } from "./reextract.js";

const english = (id: string, text: string): Article => ({ id, text, language: "en", published: "2024-05-20" });
const NORWAY = english("norway", "Hackers disrupted the websites of the Norwegian parliament on 2 May 2024, officials said.\nNorway blamed China for the cyberattack on Friday.");
const DENMARK = english("denmark", "Hackers disrupted the websites of the Danish parliament on 9 May 2024.\nDenmark blamed Russia for the cyberattack on Friday.");
const SPAIN = english("spain", "Hackers disrupted the websites of the Spanish parliament on 11 May 2024.\nSpain blamed Iran for the cyberattack on Monday.");
const GERMAN: Article = {
  id: "german",
  language: "deu",
  text: "Deutschland hat Russland für den Cyberangriff auf den Bundestag verantwortlich gemacht, teilte das Auswärtige Amt am Freitag mit.",
};

async function* results(...items: SourceResult[]): AsyncGenerator<SourceResult> {
  yield* items;
}
const ok = (article: Article, origin = article.id): SourceResult => ({ ok: true, article, origin });

/** Counts relink() calls on a real store. */
function counting(store: Store): Store & { relinks: number } {
  const counted = Object.create(store) as Store & { relinks: number };
  counted.relinks = 0;
  counted.relink = async () => {
    counted.relinks++;
    return store.relink();
  };
  return counted;
}

describe("loadArticles", () => {
  it("stores, skips known texts before extracting them, flags non-English and reports bad items", async () => {
    const store = await openStore("sqlite::memory:");
    const seen: ItemOutcome[] = [];
    const bad = new IngestError("bad_json", "wires.jsonl:4", "invalid JSON: Unexpected token");
    const summary = await loadArticles(store, results(ok(NORWAY), ok({ ...NORWAY, id: "mirror" }, "mirror.txt"), ok(GERMAN), { ok: false, origin: bad.origin, error: bad }), {
      onItem: (o) => seen.push(o),
    });
    assert.deepEqual(seen.map((o) => o.kind), ["stored", "unchanged", "flagged", "failed"]);
    assert.deepEqual(seen[3], { kind: "failed", origin: "wires.jsonl:4", reason: "invalid JSON: Unexpected token" });
    assert.deepEqual(seen[2], { kind: "flagged", origin: "german", documentId: "german", language: "deu" });
    assert.equal(summary.items, 4);
    assert.deepEqual([summary.stored, summary.unchanged, summary.flagged, summary.failed], [1, 1, 1, 1]);

    const stats = await store.stats();
    assert.equal(stats.documents, 2);
    assert.equal(stats.events, summary.events);
    assert.equal((await store.getDocument("german"))?.events.length, 0, "the German article is stored, not extracted");
    assert.equal((await store.getDocument("german"))?.document.language, "deu");
    assert.equal(stats.incidents, 1, "grouped at the end of the load");
    assert.equal(await store.needsRelink(), false);
    await store.close();
  });

  it("relinks every N new documents and once at the end, not per document", async () => {
    const store = counting(await openStore("sqlite::memory:"));
    await loadArticles(store, results(ok(NORWAY), ok(DENMARK), ok(SPAIN)), { relinkEvery: 2 });
    assert.equal(store.relinks, 2);
    assert.equal((await store.stats()).incidents, 3);
    store.relinks = 0;
    await loadArticles(store, results(ok(NORWAY), ok(DENMARK)), { relinkEvery: 2 });
    assert.equal(store.relinks, 0, "nothing new, nothing pending: no relink");
    await store.close();
  });

  it("regroups documents an earlier, interrupted load stored without relinking", async () => {
    const store = counting(await openStore("sqlite::memory:"));
    // What a run killed before its final relink leaves behind.
    const { extract } = await import("../extraction/extract.js");
    await store.saveExtraction(NORWAY, extract(NORWAY), { relink: false });
    assert.equal((await store.stats()).incidents, 0);
    await loadArticles(store, results(ok(NORWAY)));
    assert.equal(store.relinks, 1);
    assert.equal((await store.stats()).incidents, 1);
    await store.close();
  });

  it("ends the run when the store fails for a reason other than the item", async () => {
    const store = await openStore("sqlite::memory:");
    const broken = Object.create(store) as Store;
    broken.saveExtraction = async () => {
      throw new StoreError("unreachable", "connection lost");
    };
    await assert.rejects(loadArticles(broken, results(ok(NORWAY), ok(DENMARK))), /connection lost/);
    await store.close();
  });
});

describe("reextract", () => {
  it("re-extracts documents of another version, keeps reviewed events, skips non-English ones", async () => {
    const store = await openStore("sqlite::memory:");
    await loadArticles(store, results(ok(NORWAY), ok(DENMARK), ok(GERMAN)), { extractionVersion: "0.1-old" });
    const before = await store.stats();
    const [reviewed] = (await store.getDocument("norway"))!.events;
    await store.reviewEvent(reviewed!.id, { status: "accepted" });

    const first = await reextract(store, { extractionVersion: "0.2-new" });
    assert.deepEqual([first.documents, first.reextracted, first.skipped, first.failed], [3, 2, 1, 0]);
    assert.equal(first.kept, 1, "the accepted event is kept");
    assert.equal(first.events, before.events - 1, "the others are written again");
    assert.deepEqual(await store.stats(), before);
    assert.equal((await store.listEvents({ status: "accepted" }))[0]?.id, reviewed!.id);
    assert.deepEqual((await store.listDocuments()).map((d) => [d.id, d.extractionVersion]), [["denmark", "0.2-new"], ["german", undefined], ["norway", "0.2-new"]]);

    const second = await reextract(store, { extractionVersion: "0.2-new" });
    assert.equal(second.reextracted, 0, "already at this version");
    const all = await reextract(store, { extractionVersion: "0.2-new", all: true });
    assert.equal(all.reextracted, 2);
    await store.close();
  });
});

import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Hono } from "hono";
import { exportInputFromStore } from "../../export/from-store.js";
import { toStixBundle, type StixObject } from "../../stix/index.js";
import { openStore, type Store } from "../../store/index.js";
import { articleA, articleB, eventsA, eventsB, extractionOf } from "../../store/store-fixtures.js";
import { taxiiApp } from "./app.js";
import { TAXII_MEDIA_TYPE } from "./media.js";

const ACCEPT = { Accept: TAXII_MEDIA_TYPE };
const dir = mkdtempSync(join(tmpdir(), "attrib-taxii-"));
let store: Store;
let server: Hono;
/** A client that only follows URLs the server hands out, like a TAXII client would. */
const get = async (url: string, headers: Record<string, string> = ACCEPT) => {
  const res = await server.request(url, { headers });
  return { res, body: (await res.json()) as Record<string, any> };
};

before(async () => {
  store = await openStore(join(dir, "taxii.db"));
  await store.saveExtraction(articleA, extractionOf(articleA, eventsA()));
  await store.saveExtraction(articleB, extractionOf(articleB, eventsB()));
  // Mounted the way the main server mounts it.
  server = new Hono().route("/taxii2", taxiiApp({ store }));
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("a TAXII 2.1 client walk", () => {
  it("discovery → API root → collections → paged objects gives exactly the STIX export", async () => {
    const discovery = await get("http://attrib.test/taxii2/");
    assert.equal(discovery.res.status, 200);
    assert.equal(discovery.res.headers.get("content-type"), TAXII_MEDIA_TYPE);
    assert.equal(discovery.body.default, "http://attrib.test/taxii2/api/");
    assert.deepEqual(discovery.body.api_roots, ["http://attrib.test/taxii2/api/"]);

    const root = await get(discovery.body.default);
    assert.deepEqual(root.body.versions, [TAXII_MEDIA_TYPE]);
    assert.equal(typeof root.body.max_content_length, "number");

    const { body: listing } = await get(new URL("collections/", discovery.body.default).href);
    const collections = listing.collections as { id: string; title: string; can_read: boolean; can_write: boolean; media_types: string[] }[];
    assert.equal(collections.length, 1 + (await store.listIncidents()).length, "all, plus one per incident");
    assert.ok(collections.every((c) => c.can_read && !c.can_write && /^[0-9a-f-]{36}$/.test(c.id)));
    const all = collections.find((c) => c.title === "Attrib: all findings")!;
    const base = new URL(`collections/${all.id}/`, discovery.body.default).href;
    assert.equal((await get(base)).body.id, all.id);

    const seen: StixObject[] = [];
    let url = `${base}objects/?limit=4`;
    let pages = 0;
    for (;;) {
      const { res, body } = await get(url);
      assert.equal(res.status, 200);
      const objects = body.objects as StixObject[];
      assert.ok(objects.length <= 4);
      seen.push(...objects);
      pages++;
      assert.ok(res.headers.get("X-TAXII-Date-Added-First"), "date added headers on every page");
      assert.ok(res.headers.get("X-TAXII-Date-Added-Last")! >= res.headers.get("X-TAXII-Date-Added-First")!);
      if (!body.more) {
        assert.equal(body.next, undefined);
        break;
      }
      url = `${base}objects/?limit=4&next=${encodeURIComponent(body.next)}`;
    }
    const expected = toStixBundle(await exportInputFromStore(store)).bundle.objects;
    assert.ok(pages >= Math.ceil(expected.length / 4));
    const byId = (a: StixObject, b: StixObject) => (a.id < b.id ? -1 : 1);
    assert.deepEqual([...seen].sort(byId), [...expected].sort(byId), "every object once, none invented");
  });

  it("the manifest and versions describe the same objects; objects can be fetched by id", async () => {
    const base = await allCollectionUrl();
    const { res, body } = await get(`${base}manifest/?limit=1000`);
    const manifest = body.objects as { id: string; date_added: string; version: string; media_type: string }[];
    const { body: objects } = await get(`${base}objects/?limit=1000`);
    assert.deepEqual(manifest.map((m) => m.id), (objects.objects as StixObject[]).map((o) => o.id));
    assert.ok(manifest.every((m) => m.media_type === "application/stix+json;version=2.1"));
    const dates = manifest.map((m) => m.date_added);
    assert.deepEqual(dates, [...dates].sort(), "sorted by date added");
    assert.equal(res.headers.get("X-TAXII-Date-Added-First"), dates[0]);
    assert.equal(res.headers.get("X-TAXII-Date-Added-Last"), dates.at(-1));

    const incident = (objects.objects as StixObject[]).find((o) => o.type === "incident")!;
    const one = await get(`${base}objects/${incident.id}/`);
    assert.deepEqual(one.body.objects, [incident]);
    const versions = await get(`${base}objects/${incident.id}/versions/`);
    assert.deepEqual(versions.body.versions, [incident.modified]);
    const missing = await get(`${base}objects/incident--00000000-0000-5000-8000-000000000000/`);
    assert.equal(missing.res.status, 404);
    assert.equal(missing.body.http_status, "404");
  });

  it("filters: match[type], match[id], added_after; an incident's own collection", async () => {
    const base = await allCollectionUrl();
    const { body } = await get(`${base}objects/?limit=1000`);
    const everything = body.objects as StixObject[];
    const typed = (await get(`${base}objects/?match[type]=incident,report`)).body.objects as StixObject[];
    assert.deepEqual(typed.map((o) => o.id).sort(), everything.filter((o) => o.type === "incident" || o.type === "report").map((o) => o.id).sort());
    const picked = everything.slice(0, 2).map((o) => o.id);
    assert.deepEqual(((await get(`${base}objects/?match[id]=${picked.join(",")}`)).body.objects as StixObject[]).map((o) => o.id), picked);

    const manifest = (await get(`${base}manifest/?limit=1000`)).body.objects as { id: string; date_added: string }[];
    const cut = manifest[0]!.date_added; // the earliest: the first article's ingest
    const after = (await get(`${base}objects/?added_after=${cut}&limit=1000`)).body.objects as StixObject[];
    assert.deepEqual(after.map((o) => o.id), manifest.filter((m) => m.date_added > cut).map((m) => m.id));
    assert.ok(after.length > 0 && after.length < manifest.length);
    const none = await get(`${base}objects/?added_after=2999-01-01T00:00:00.000Z`);
    assert.deepEqual(none.body, { more: false });
    assert.equal(none.res.headers.get("X-TAXII-Date-Added-First"), null);

    const [incident] = await store.listIncidents();
    const collections = (await get("http://attrib.test/taxii2/api/collections/")).body.collections as { id: string; description: string }[];
    const own = collections.find((c) => c.description.includes(incident!.id))!;
    const mine = (await get(`http://attrib.test/taxii2/api/collections/${own.id}/objects/?limit=1000`)).body.objects as StixObject[];
    assert.equal(mine.filter((o) => o.type === "incident").length, 1);
    assert.ok(mine.some((o) => o.type === "report"));
  });
});

describe("polling with added_after", () => {
  it("after a new article is ingested, a client gets its report and everything new it refers to, and nothing else", async () => {
    const own = await openStore(join(dir, "polling.db"));
    try {
      await own.saveExtraction(articleA, extractionOf(articleA, eventsA()));
      const app = new Hono().route("/taxii2", taxiiApp({ store: own, cacheMs: 0 }));
      const fetchJson = async (url: string) => {
        const res = await app.request(url, { headers: ACCEPT });
        return { res, body: (await res.json()) as Record<string, any> };
      };
      const { body: listing } = await fetchJson("http://attrib.test/taxii2/api/collections/");
      const all = (listing.collections as { id: string; title: string }[]).find((c) => c.title === "Attrib: all findings")!;
      const objectsUrl = `http://attrib.test/taxii2/api/collections/${all.id}/objects/`;
      const first = await fetchJson(`${objectsUrl}?limit=1000`);
      const had = new Set((first.body.objects as StixObject[]).map((o) => o.id));
      const last = first.res.headers.get("X-TAXII-Date-Added-Last")!;

      await new Promise((r) => setTimeout(r, 5)); // the next ingest gets a later timestamp
      const text = "On 5 May 2021 the Syldavian Treasury sanctioned Grey Ferret, a Bordurian hacking group.";
      const articleC = { id: "harbour-times-2", title: "Treasury sanctions Grey Ferret", published: "2021-05-06", text };
      const greyFerret = { name: "Grey Ferret", kind: "group" as const, country: "XB" };
      await own.saveExtraction(articleC, extractionOf(articleC, [
        { type: "sanction", imposer: { name: "Syldavian Treasury", kind: "government", country: "XA" }, target: greyFerret, date: { value: "2021-05-05", precision: "day" }, evidence: [{ start: 0, end: text.length }] },
      ]));

      const poll = await fetchJson(`${objectsUrl}?added_after=${last}&limit=1000`);
      const fresh = poll.body.objects as StixObject[];
      const report = fresh.find((o) => o.type === "report");
      assert.equal(report?.name, "Treasury sanctions Grey Ferret");
      assert.equal(fresh.filter((o) => o.type === "report").length, 1, "the first article's report is not sent again");
      assert.ok(fresh.some((o) => o.type === "intrusion-set" && o.name === "Grey Ferret"), "a new actor comes with the report");
      assert.ok(fresh.some((o) => o.type === "x-attrib-response"));
      const known = new Set([...had, ...fresh.map((o) => o.id)]);
      for (const ref of report!.object_refs as string[]) assert.ok(known.has(ref), `the client can resolve ${ref}`);
      assert.ok(poll.res.headers.get("X-TAXII-Date-Added-First")! > last);
    } finally {
      await own.close();
    }
  });
});

describe("TAXII errors", () => {
  it("406 unless the client accepts TAXII 2.1 JSON", async () => {
    for (const accept of ["application/json", "*/*", "application/taxii+json;version=2.0", ""]) {
      const { res, body } = await get("http://attrib.test/taxii2/", accept ? { Accept: accept } : {});
      assert.equal(res.status, 406, accept);
      assert.equal(body.http_status, "406");
    }
    for (const accept of ["application/taxii+json", "application/json, application/taxii+json;version=2.1"])
      assert.equal((await get("http://attrib.test/taxii2/", { Accept: accept })).res.status, 200, accept);
  });

  it("unknown collections and paths are 404, bad parameters 400, writes 405, all as TAXII error messages", async () => {
    const missing = await get("http://attrib.test/taxii2/api/collections/6d2c1a3e-0000-5000-8000-000000000000/objects/");
    assert.equal(missing.res.status, 404);
    assert.equal(missing.body.title, "Collection not found");
    assert.equal((await get("http://attrib.test/taxii2/api2/")).res.status, 404);
    const base = await allCollectionUrl();
    for (const q of ["limit=0", "limit=ten", "added_after=yesterday", "next=bogus"]) {
      const { res, body } = await get(`${base}objects/?${q}`);
      assert.equal(res.status, 400, q);
      assert.equal(body.http_status, "400");
      assert.ok(body.description, q);
    }
    const post = await server.request(`${base}objects/`, { method: "POST", headers: ACCEPT, body: "{}" });
    assert.equal(post.status, 405);
    assert.equal(post.headers.get("content-type"), TAXII_MEDIA_TYPE);
  });

  it("works unmounted too, with URLs relative to where it is served", async () => {
    const bare = taxiiApp({ store });
    const res = await bare.request("http://other.test/", { headers: ACCEPT });
    assert.equal(((await res.json()) as { default: string }).default, "http://other.test/api/");
    assert.equal((await bare.request("http://other.test/api/collections", { headers: ACCEPT })).status, 200, "trailing slash optional");
    for (const mount of ["/taxii2", "/taxii2/"]) {
      const parent = new Hono().route(mount, taxiiApp({ store }));
      for (const path of ["/taxii2", "/taxii2/"]) {
        const r = await parent.request(`http://h.test${path}`, { headers: ACCEPT });
        assert.equal(r.status, 200, `${mount} ${path}`);
        assert.equal(((await r.json()) as { default: string }).default, "http://h.test/taxii2/api/");
      }
      const lost = await parent.request("http://h.test/taxii2/nowhere/", { headers: ACCEPT });
      assert.equal(lost.status, 404);
      assert.equal(((await lost.json()) as { http_status: string }).http_status, "404", "a TAXII error, not the parent's text");
    }
  });
});

async function allCollectionUrl(): Promise<string> {
  const { body } = await get("http://attrib.test/taxii2/api/collections/");
  const all = (body.collections as { id: string; title: string }[]).find((c) => c.title === "Attrib: all findings")!;
  return `http://attrib.test/taxii2/api/collections/${all.id}/`;
}

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { albaniaIncidentId, sampleServer, type TestServer } from "./test-support.js";

let s: TestServer;
before(async () => {
  s = await sampleServer();
});
after(async () => s.close());

const isError = (res: { status: number; body: any }, status: number, code: string) => {
  assert.equal(res.status, status, JSON.stringify(res.body));
  assert.equal(res.body.error.code, code);
  assert.equal(typeof res.body.error.message, "string");
};

describe("openapi and plumbing", () => {
  test("every API route of the app is in the OpenAPI document, and nothing else", async () => {
    const res = await s.call("GET", "/api/openapi.json");
    assert.equal(res.status, 200);
    assert.equal(res.body.openapi, "3.1.0");
    const documented = new Set(Object.entries(res.body.paths as Record<string, object>).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`)));
    const served = new Set(
      s.app.routes
        .filter((r) => r.path.startsWith("/api/") && r.path !== "/api/*" && (r.method === "GET" || r.method === "POST"))
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, "{$1}")}`),
    );
    assert.ok(served.size >= 18, `only ${served.size} routes found`);
    assert.deepEqual([...served].filter((r) => !documented.has(r)), [], "served but not documented");
    assert.deepEqual([...documented].filter((r) => !served.has(r)), [], "documented but not served");
    assert.ok(res.body.paths["/api/incidents"].get.parameters.some((p: any) => p.name === "victim" && p.in === "query"));
    assert.deepEqual(res.body.paths["/api/review/{id}"].post.security, [{ bearer: [] }]);
  });

  test("unknown API paths are JSON 404s; responses carry security headers", async () => {
    const res = await s.call("GET", "/api/nothing-here");
    isError(res, 404, "not_found");
    assert.match(res.headers.get("content-security-policy") ?? "", /default-src 'self'/);
    assert.equal(res.headers.get("x-content-type-options"), "nosniff");
  });

  test("config says writes are open on loopback without a token", async () => {
    assert.deepEqual((await s.call("GET", "/api/config")).body.writes, "open");
  });

  test("stats count the 17 sample documents", async () => {
    const res = await s.call("GET", "/api/stats");
    assert.equal(res.body.documents, 17);
    assert.ok(res.body.events > 17);
  });
});

describe("overview and graph", () => {
  test("overview: latest events newest first, years in order, accused states counted", async () => {
    const o = (await s.call("GET", "/api/overview")).body;
    assert.ok(o.latest.length > 0);
    const whens = o.latest.map((e: any) => e.date?.value ?? e.published ?? "");
    assert.deepEqual(whens, [...whens].sort().reverse());
    const years = o.countsByYear.map((r: any) => r.year);
    assert.deepEqual(years, [...years].sort());
    assert.ok(o.mostAccused.some((c: any) => c.country === "RU"), "Russia is accused in several samples");
    assert.ok(o.incidentsByCountry.some((c: any) => c.country === "AL" && c.numeric === "008"));
  });

  test("graph filters by edge type and time; bad types are refused", async () => {
    const all = (await s.call("GET", "/api/graph")).body;
    assert.ok(all.edges.some((e: any) => e.type === "accuses"));
    const only = (await s.call("GET", "/api/graph?types=sanctions")).body;
    assert.ok(only.edges.length > 0 && only.edges.every((e: any) => e.type === "sanctions"));
    const ids = new Set(only.nodes.map((n: any) => n.id));
    assert.ok(only.edges.every((e: any) => ids.has(e.source) && ids.has(e.target)));
    const recent = (await s.call("GET", "/api/graph?since=2020")).body;
    assert.ok(recent.edges.length < all.edges.length && recent.edges.every((e: any) => e.last >= "2020"));
    isError(await s.call("GET", "/api/graph?types=hugs"), 400, "invalid_input");
    isError(await s.call("GET", "/api/graph?since=last-week"), 400, "invalid_input");
  });
});

describe("incidents", () => {
  test("list: filter by victim, sort, page", async () => {
    const albania = (await s.call("GET", "/api/incidents?victim=Albania")).body;
    assert.ok(albania.items.length >= 1 && albania.items.every((i: any) => i.victim.name === "Albania"));
    const asc = (await s.call("GET", "/api/incidents?sort=date&limit=500")).body;
    const dated = asc.items.filter((i: any) => i.date).map((i: any) => i.date.value);
    assert.deepEqual(dated, [...dated].sort());
    const pageTwo = (await s.call("GET", "/api/incidents?sort=date&limit=2&offset=2")).body;
    assert.deepEqual(pageTwo.items.map((i: any) => i.id), asc.items.slice(2, 4).map((i: any) => i.id));
    assert.equal(pageTwo.total, asc.total);
  });

  test("list: invalid limit, sort and dates are 400 invalid_input", async () => {
    for (const q of ["limit=abc", "limit=0", "limit=100000", "offset=-1", "sort=random", "since=yesterday"])
      isError(await s.call("GET", `/api/incidents?${q}`), 400, "invalid_input");
  });

  test("dossier: dated timeline entries in date order, each with sources and evidence", async () => {
    const d = (await s.call("GET", `/api/incidents/${encodeURIComponent(await albaniaIncidentId(s))}`)).body;
    assert.equal(d.incident.victim.name, "Albania");
    const dates = d.timeline.filter((t: any) => t.date).map((t: any) => t.date.value);
    assert.deepEqual(dates, [...dates].sort());
    assert.ok(d.timeline.every((t: any) => t.sources.length > 0 && t.evidence.length > 0 && typeof t.evidence[0].quote === "string"));
    isError(await s.call("GET", "/api/incidents/no-such-incident"), 404, "not_found");
  });
});

describe("actors, dyads, search, documents, events", () => {
  test("actors: list by kind and text; a profile by name; unknown names are 404", async () => {
    const states = (await s.call("GET", "/api/actors?kind=state&limit=500")).body;
    assert.ok(states.items.length > 3 && states.items.every((a: any) => a.kind === "state"));
    const names = states.items.map((a: any) => a.name);
    assert.deepEqual(names, [...names].sort((a: string, b: string) => a.localeCompare(b)));
    assert.ok((await s.call("GET", "/api/actors?q=iran")).body.items.some((a: any) => a.name === "Iran"));
    isError(await s.call("GET", "/api/actors?kind=alien"), 400, "invalid_input");
    const iran = (await s.call("GET", "/api/actors/Iran")).body;
    assert.ok(iran.actors.some((a: any) => a.country === "IR"));
    assert.ok(Array.isArray(iran.asAccused) && Array.isArray(iran.responsesReceived));
    isError(await s.call("GET", "/api/actors/Nobody%20Atall"), 404, "not_found");
  });

  test("dyad: events between Albania and Iran involve both; a missing side is 400", async () => {
    const d = (await s.call("GET", "/api/dyads?a=Albania&b=Iran")).body;
    assert.ok(d.timeline.length > 0);
    assert.ok(d.timeline.every((t: any) => t.roles.some((r: any) => r.actor.name === "Albania") && t.roles.some((r: any) => r.actor.country === "IR")));
    isError(await s.call("GET", "/api/dyads?a=Albania"), 400, "invalid_input");
  });

  test("search finds documents and actors; empty or odd queries do not break it", async () => {
    const r = (await s.call("GET", "/api/search?q=Albania")).body;
    assert.ok(r.documents.some((d: any) => d.documentId === "sample-albania-cuts-ties-with-iran"));
    assert.ok(r.actors.some((a: any) => a.name === "Albania"));
    isError(await s.call("GET", "/api/search?q=%20"), 400, "invalid_input");
    for (const odd of ['"unbalanced', "NOT (", "a* OR", "near/3"]) assert.equal((await s.call("GET", `/api/search?q=${encodeURIComponent(odd)}`)).status, 200, odd);
  });

  test("documents: list sorted and paged; one document with its text and events; 404 and 400", async () => {
    const list = (await s.call("GET", "/api/documents?sort=title&limit=5")).body;
    assert.equal(list.total, 17);
    assert.equal(list.items.length, 5);
    const titles = list.items.map((d: any) => d.title);
    assert.deepEqual(titles, [...titles].sort((a: string, b: string) => a.localeCompare(b)));
    const doc = (await s.call("GET", "/api/documents/sample-albania-cuts-ties-with-iran")).body;
    assert.match(doc.text, /^Albania broke off diplomatic relations/);
    assert.ok(doc.events.length > 0);
    for (const e of doc.events) for (const ev of e.evidence) assert.equal(doc.text.slice(ev.start, ev.end), ev.quote);
    isError(await s.call("GET", "/api/documents/nope"), 404, "not_found");
    isError(await s.call("GET", "/api/documents?sort=size"), 400, "invalid_input");
  });

  test("events: filter by document and type, paged with hasMore", async () => {
    const r = (await s.call("GET", "/api/events?documentId=sample-albania-cuts-ties-with-iran&limit=2")).body;
    assert.equal(r.items.length, 2);
    assert.equal(r.hasMore, true);
    assert.ok(r.items.every((e: any) => e.documentId === "sample-albania-cuts-ties-with-iran"));
    const attacks = (await s.call("GET", "/api/events?type=attack&limit=500")).body;
    assert.ok(attacks.items.length > 0 && attacks.items.every((e: any) => e.type === "attack"));
    isError(await s.call("GET", "/api/events?type=picnic"), 400, "invalid_input");
    isError(await s.call("GET", "/api/review?status=maybe"), 400, "invalid_input");
  });
});

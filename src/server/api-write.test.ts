import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { openStore } from "../store/index.js";
import { albaniaIncidentId, sampleServer, serverOver, type TestServer } from "./test-support.js";

let s: TestServer;
before(async () => {
  s = await sampleServer();
});
after(async () => s.close());

const DOC = "sample-albania-cuts-ties-with-iran";
const isError = (res: { status: number; body: any }, status: number, code: string) => {
  assert.equal(res.status, status, JSON.stringify(res.body));
  assert.equal(res.body.error.code, code);
};

async function waitJob(server: TestServer, id: string) {
  await server.app.ingestJobs.idle();
  return (await server.call("GET", `/api/ingest/${id}`)).body;
}

describe("auth on writes", () => {
  const writes: [string, string, unknown][] = [
    ["POST", "/api/ingest", { text: "Some text." }],
    ["POST", "/api/review/x", { decision: "accept" }],
    ["POST", `/api/documents/${DOC}/events`, { type: "attack", evidence: [{ start: 0, end: 5 }] }],
  ];

  test("beyond loopback without a token every write is refused (read_only); reads still work", async () => {
    const store = await openStore("sqlite::memory:");
    const open = serverOver(store, { loopback: false });
    for (const [m, p, b] of writes) isError(await open.call(m, p, b), 403, "read_only");
    assert.equal((await open.call("GET", "/api/config")).body.writes, "read-only");
    assert.equal((await open.call("GET", "/api/stats")).status, 200);
    await open.close();
  });

  test("with a token, writes without it or with a wrong one are 401; the right one passes", async () => {
    const guarded = serverOver(s.store, { loopback: false, token: "s3cret-token" });
    for (const [m, p, b] of writes) {
      isError(await guarded.call(m, p, b), 401, "unauthorized");
      isError(await guarded.call(m, p, b, { authorization: "Bearer wrong-token!" }), 401, "unauthorized");
      isError(await guarded.call(m, p, b, { authorization: "s3cret-token" }), 401, "unauthorized");
    }
    assert.equal((await guarded.call("GET", "/api/config")).body.writes, "token");
    const ok = await guarded.call("POST", "/api/review/no-such-event", { decision: "accept" }, { authorization: "Bearer s3cret-token" });
    isError(ok, 404, "not_found"); // past the guard: the event simply does not exist
  });
});

describe("review", () => {
  test("rejecting an event takes it out of the dossier and the pending queue; undo brings it back", async () => {
    const incidentId = await albaniaIncidentId(s);
    const before = (await s.call("GET", `/api/incidents/${encodeURIComponent(incidentId)}`)).body;
    const target = before.timeline.find((t: any) => t.type !== "attack");
    assert.ok(target, "the Albania dossier has a non-attack event");
    const res = await s.call("POST", `/api/review/${encodeURIComponent(target.eventId)}`, { decision: "reject" });
    assert.equal(res.status, 200);
    assert.equal(res.body.status, "rejected");
    const after = (await s.call("GET", `/api/incidents/${encodeURIComponent(await albaniaIncidentId(s))}`)).body;
    assert.ok(!after.timeline.some((t: any) => t.eventId === target.eventId));
    const pending = (await s.call("GET", `/api/events?documentId=${DOC}&status=pending&limit=500`)).body;
    assert.ok(!pending.items.some((e: any) => e.id === target.eventId));
    const rejected = (await s.call("GET", "/api/review?status=rejected")).body;
    assert.ok(rejected.items.some((e: any) => e.id === target.eventId));
    assert.equal((await s.call("POST", `/api/review/${encodeURIComponent(target.eventId)}`, { decision: "reset" })).body.status, "pending");
  });

  test("editing sets fields, removes a role with null and marks the event edited", async () => {
    const [event] = (await s.call("GET", `/api/events?documentId=${DOC}&type=diplomatic&limit=1`)).body.items;
    const res = await s.call("POST", `/api/review/${encodeURIComponent(event.id)}`, {
      decision: "edit",
      patch: { date: { value: "2022-09-07", precision: "day" }, hedged: true, roles: { target: { name: "Iran", kind: "state", country: "IR" }, victim: null } },
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.status, "edited");
    assert.equal(res.body.hedged, true);
    assert.deepEqual(res.body.date, { value: "2022-09-07", precision: "day" });
    assert.ok(res.body.roles.some((r: any) => r.role === "target" && r.actor.name === "Iran"));
  });

  test("bad decisions, bad patches and unknown events are refused", async () => {
    const [event] = (await s.call("GET", `/api/events?documentId=${DOC}&limit=1`)).body.items;
    isError(await s.call("POST", `/api/review/${encodeURIComponent(event.id)}`, { decision: "maybe" }), 400, "invalid_input");
    isError(await s.call("POST", `/api/review/${encodeURIComponent(event.id)}`, { decision: "edit", patch: { type: "party" } }), 400, "invalid_input");
    isError(await s.call("POST", `/api/review/${encodeURIComponent(event.id)}`, { decision: "edit", patch: { date: { value: "7 Sept", precision: "day" } } }), 400, "invalid_input");
    isError(await s.call("POST", `/api/review/${encodeURIComponent(event.id)}`, "{not json"), 400, "invalid_input");
    isError(await s.call("POST", "/api/review/unknown-event", { decision: "accept" }), 404, "not_found");
  });
});

describe("add a missing event", () => {
  test("from a span of the text: stored as accepted, made by review, quote taken from the text", async () => {
    const doc = (await s.call("GET", `/api/documents/${DOC}`)).body;
    const start = doc.text.indexOf("Prime Minister Edi Rama");
    assert.ok(start >= 0);
    const end = doc.text.indexOf(".", start) + 1;
    const res = await s.call("POST", `/api/documents/${DOC}/events`, {
      type: "attribution",
      roles: { attributor: { name: "Albania", kind: "state", country: "AL" }, accused: { name: "Iran", kind: "state", country: "IR" } },
      evidence: [{ start, end }],
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.body.status, "accepted");
    assert.equal(res.body.origin, "review");
    assert.equal(res.body.evidence[0].quote, doc.text.slice(start, end));
  });

  test("spans outside the text, empty evidence and unknown documents are refused", async () => {
    const base = { type: "attack", roles: { victim: { name: "Albania", kind: "state" } } };
    isError(await s.call("POST", `/api/documents/${DOC}/events`, { ...base, evidence: [{ start: 0, end: 10_000_000 }] }), 400, "invalid_input");
    isError(await s.call("POST", `/api/documents/${DOC}/events`, { ...base, evidence: [{ start: 5, end: 5 }] }), 400, "invalid_input");
    isError(await s.call("POST", `/api/documents/${DOC}/events`, { ...base, evidence: [] }), 400, "invalid_input");
    isError(await s.call("POST", `/api/documents/${DOC}/events`, { ...base, roles: { victim: { name: "", kind: "state" } }, evidence: [{ start: 0, end: 5 }] }), 400, "invalid_input");
    isError(await s.call("POST", "/api/documents/nope/events", { ...base, evidence: [{ start: 0, end: 5 }] }), 404, "not_found");
  });
});

describe("ingest", () => {
  const ARTICLE =
    "Estonia's foreign ministry on Tuesday accused Russia of a cyberattack that knocked several government websites offline in March. " +
    "The Kremlin denied any involvement.";

  test("pasted text: a job that finishes with a stored document and its events", async () => {
    const res = await s.call("POST", "/api/ingest", { text: ARTICLE, title: "Estonia blames Russia", published: "2024-04-02" });
    assert.equal(res.status, 202, JSON.stringify(res.body));
    assert.equal(res.body.state, "running");
    const job = await waitJob(s, res.body.id);
    assert.equal(job.state, "done");
    assert.equal(job.items.length, 1);
    assert.equal(job.items[0].ok, true);
    assert.ok(job.items[0].events >= 1, "the pasted article yields events");
    const doc = (await s.call("GET", `/api/documents/${encodeURIComponent(job.items[0].documentId)}`)).body;
    assert.equal(doc.title, "Estonia blames Russia");
    assert.equal(doc.published, "2024-04-02");
    assert.equal(doc.events.length, job.items[0].events);
  });

  test("uploaded files: one item per file; unknown extensions are refused", async () => {
    const form = new FormData();
    form.append("file", new File(["# Uploaded note\n\n" + ARTICLE.replace("Tuesday", "Monday")], "note.md", { type: "text/markdown" }));
    const res = await s.call("POST", "/api/ingest", form);
    assert.equal(res.status, 202, JSON.stringify(res.body));
    const job = await waitJob(s, res.body.id);
    assert.equal(job.state, "done");
    assert.equal(job.items[0].ok, true, JSON.stringify(job.items[0]));
    assert.equal(job.items[0].title, "Uploaded note");
    assert.equal(job.items[0].origin, "note.md");
    const bad = new FormData();
    bad.append("file", new File(["MZ"], "tool.exe"));
    isError(await s.call("POST", "/api/ingest", bad), 415, "unsupported_media_type");
    isError(await s.call("POST", "/api/ingest", new FormData()), 400, "invalid_input");
  });

  test("a feed URL on a private address is read as a failed item (SSRF guard), not fetched", async () => {
    const res = await s.call("POST", "/api/ingest", { feedUrl: "http://127.0.0.1:9/feed.xml" });
    assert.equal(res.status, 202);
    const job = await waitJob(s, res.body.id);
    assert.equal(job.state, "done");
    assert.equal(job.items[0].ok, false);
    assert.match(job.items[0].error.code, /blocked|fetch/);
  });

  test("bad inputs: empty text, bad date, wrong content type, unknown job", async () => {
    isError(await s.call("POST", "/api/ingest", { text: "   " }), 400, "invalid_input");
    isError(await s.call("POST", "/api/ingest", { text: "x", published: "yesterday" }), 400, "invalid_input");
    isError(await s.call("POST", "/api/ingest", { feedUrl: "ftp://example.org/feed" }), 400, "invalid_input");
    isError(await s.call("POST", "/api/ingest", "text", { "content-type": "text/plain" }), 415, "unsupported_media_type");
    isError(await s.call("GET", "/api/ingest/no-such-job"), 404, "not_found");
  });
});

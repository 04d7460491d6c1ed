import assert from "node:assert/strict";
import { execFile, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { reply, startLocalServer } from "../ingest/local-test-server.js";
import { DOCUMENT_COUNT, ESTONIA_HTML, RSS_FEED, writeCorpus } from "./ingest-fixtures.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const bin = join(root, "bin", "attrib");
const tmp = mkdtempSync(join(tmpdir(), "attrib-ingest-"));
const corpus = writeCorpus(join(tmp, "corpus"));
const db = join(tmp, "kb.db");
const attrib = (...args: string[]) => {
  const env = { ...process.env };
  delete env.ATTRIB_DB;
  return spawnSync(bin, args, { encoding: "utf8", cwd: root, env });
};
const json = (...args: string[]) => {
  const r = attrib(...args, "--format", "json");
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
};

after(() => rmSync(tmp, { recursive: true, force: true }));

describe("attrib ingest into SQLite, then queries", () => {
  let firstStats: Record<string, unknown>;

  it("ingests a txt, an md, an html, a jsonl and an RSS file, flagging the French article", () => {
    const r = attrib("ingest", corpus.txt, corpus.md, corpus.html, corpus.jsonl, corpus.feed, "--db", db, "--published", "2023-03-13");
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /\r/, "no progress bar when stderr is not a terminal");
    assert.match(r.stderr, new RegExp(`ingest: ${DOCUMENT_COUNT} item\\(s\\).*: ${DOCUMENT_COUNT - 1} stored with \\d+ event\\(s\\), 0 already stored, 1 not English`));
    firstStats = json("stats", "--db", db);
    assert.equal(firstStats.documents, DOCUMENT_COUNT);
    const byType = firstStats.eventsByType as Record<string, number>;
    for (const type of ["attack", "attribution", "denial", "sanction", "diplomatic"]) assert.ok(byType[type]! > 0, `some ${type} event: ${JSON.stringify(byType)}`);
    assert.ok((firstStats.incidents as number) > 0 && (firstStats.actors as number) > 0 && (firstStats.claims as number) > 0);

    const french = json("search", "hôpitaux", "--db", db);
    assert.deepEqual(french.map((h: { documentId: string }) => h.documentId), ["wire-fr"], "the French article is stored");
    const russia = json("actor", "Russia", "--db", db);
    assert.ok(!JSON.stringify(russia).includes("wire-fr"), "but nothing was extracted from it");
  });

  it("adds nothing when the same inputs are ingested again", () => {
    const r = attrib("ingest", corpus.txt, corpus.md, corpus.html, corpus.jsonl, corpus.feed, "--db", db, "--published", "2023-03-13");
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, new RegExp(`0 stored with 0 event\\(s\\), ${DOCUMENT_COUNT} already stored`));
    assert.deepEqual(json("stats", "--db", db), firstStats);
  });

  it("merges the attack reported by the text file and the web page into one incident with its claim", () => {
    const incidents = json("incidents", "--db", db, "--victim", "Estonian Parliament");
    assert.equal(incidents.length, 1, JSON.stringify(incidents));
    const [incident] = incidents;
    assert.deepEqual(incident.sources.map((s: { documentId: string }) => s.documentId).sort(), [
      ...json("search", "parliament", "--db", db).map((h: { documentId: string }) => h.documentId),
    ].sort());
    assert.equal(incident.sources.length, 2);
    assert.deepEqual(incident.accused.map((a: { name: string }) => a.name), ["Russia"]);
    assert.deepEqual(json("incidents", "--db", db, "--accused", "Russia", "--since", "2023-03").map((i: { id: string }) => i.id), [incident.id]);
    assert.deepEqual(json("incidents", "--db", db, "--since", "2024-01-01"), []);

    const dossier = json("incident", incident.id, "--db", db);
    const dated = dossier.timeline.filter((e: { date?: unknown }) => e.date).map((e: { date: { value: string } }) => e.date.value);
    assert.deepEqual(dated, [...dated].sort(), "timeline in date order");
    const claim = dossier.timeline.find((e: { type: string }) => e.type === "attribution");
    assert.equal(claim.evidence[0].quote, "Estonia blamed Russia for the cyberattack on Friday.");
    assert.deepEqual(dossier.status.attributedBy.governments.map((c: { attributor: string; accused: string }) => `${c.attributor} → ${c.accused}`), ["Estonia (EE) → Russia (RU)"]);
    assert.equal(dossier.status.attributedBy.governments[0].sources, 2);

    const table = attrib("incident", incident.id, "--db", db);
    assert.equal(table.status, 0, table.stderr);
    assert.match(table.stdout, /Attributed by {2}governments: Estonia \(EE\) → Russia \(RU\) \(firm/);
    assert.match(table.stdout, /2023-03-03 +attack\/disruption +Estonian Parliament \(EE\)/);
    assert.match(table.stdout, /“Estonia blamed Russia for the cyberattack on Friday\.”/);

    const csv = attrib("incident", incident.id, "--db", db, "--format", "csv");
    assert.match(csv.stdout, /^date,event,who,hedged,review,sources,evidence,event id\r\n/);
    assert.equal(csv.stdout.trim().split("\r\n").length, dossier.timeline.length + 1);
  });

  it("answers actor, actors, dyad and search questions", () => {
    const profile = json("actor", "russia", "--db", db);
    assert.ok(profile.asAccused.some((c: { attributor: { name: string } }) => c.attributor.name === "Estonia"));
    assert.ok(profile.denials.length >= 1);
    const states = json("actors", "--kind", "state", "--db", db).map((a: { name: string }) => a.name);
    for (const name of ["Estonia", "Russia", "Lithuania", "China"]) assert.ok(states.includes(name), `${name} in ${states}`);
    assert.ok(json("actors", "--kind", "company", "--db", db).every((a: { kind: string }) => a.kind === "company"));
    const dyad = json("dyad", "Estonia", "Russia", "--db", db);
    assert.ok(dyad.claims.length >= 1);
    assert.ok(dyad.timeline.some((e: { type: string }) => e.type === "attribution"));
    const hits = json("search", "Helsinki water", "--db", db);
    assert.equal(hits[0]?.title, "Finland condemns attack on Helsinki water utility");
    const csv = attrib("actors", "--db", db, "--format", "csv");
    assert.match(csv.stdout, /^name,kind,country,aliases,id\r\n/);
    const stats = attrib("stats", "--db", db);
    assert.match(stats.stdout, new RegExp(`documents +${DOCUMENT_COUNT}\\n`));
  });

  it("answers an unknown incident or actor with one line and exit code 1", () => {
    for (const args of [["incident", "inc-nope"], ["actor", "Atlantis"], ["dyad", "Estonia", "Atlantis"]]) {
      const r = attrib(...args, "--db", db);
      assert.equal(r.status, 1, args.join(" "));
      assert.equal(r.stdout, "");
      assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
      assert.match(r.stderr, /^attrib: no (incident|actor)/);
    }
  });
});

describe("attrib ingest of a directory and of odd inputs", () => {
  it("reads a directory recursively, reports a bad file by name and reason, and exits 1", () => {
    const dir = join(tmp, "dir-run");
    const paths = writeCorpus(dir);
    writeFileSync(join(dir, "broken.txt"), Buffer.from([0x78, 0x00, 0x79]));
    const dirDb = join(tmp, "dir.db");
    const r = attrib("ingest", paths.dir, "--db", dirDb, "--published", "2023-03-13");
    assert.equal(r.status, 1);
    assert.match(r.stderr, /attrib: .*broken\.txt: .*NUL/);
    assert.match(r.stderr, new RegExp(`ingest: ${DOCUMENT_COUNT + 1} item\\(s\\).*, 1 failed`));
    assert.equal(json("stats", "--db", dirDb).documents, DOCUMENT_COUNT);
  });

  it("reads any file as a feed with --feed, and takes the database from ATTRIB_DB", () => {
    const feed = join(tmp, "baltic.feed-data");
    copyFileSync(corpus.feed, feed);
    const envDb = join(tmp, "env.db");
    const r = spawnSync(bin, ["ingest", "--feed", feed], { encoding: "utf8", cwd: root, env: { ...process.env, ATTRIB_DB: envDb } });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(json("stats", "--db", envDb).documents, 2);
  });

  it("refuses a bad --published before reading anything", () => {
    const r = attrib("ingest", corpus.txt, "--db", join(tmp, "never.db"), "--published", "2023-02-30");
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--published: expected a date/);
    assert.equal(existsSync(join(tmp, "never.db")), false);
  });
});

describe("attrib ingest of URLs", () => {
  // The server runs in this process, so the CLI must run without blocking it (no spawnSync).
  const run = (...args: string[]) =>
    promisify(execFile)(bin, args, { cwd: root, encoding: "utf8" }).then(
      (r) => ({ status: 0, stderr: r.stderr }),
      (e: { code: number; stderr: string }) => ({ status: e.code, stderr: e.stderr }),
    );

  it("fetches an article page and a feed from a local server only with --allow-private", async () => {
    const server = await startLocalServer({
      "/parliament-sites-hit": reply(ESTONIA_HTML),
      "/baltic.rss": reply(RSS_FEED, { "content-type": "application/rss+xml" }),
    });
    try {
      const urlDb = join(tmp, "urls.db");
      const urls = [`${server.url}/parliament-sites-hit`, `${server.url}/baltic.rss`];
      const refused = await run("ingest", ...urls, "--db", urlDb);
      assert.equal(refused.status, 1);
      assert.equal(refused.stderr.split("\n").filter((l) => l.startsWith("attrib: http://127.0.0.1")).length, 2, refused.stderr);
      assert.match(refused.stderr, /ingest: 2 item\(s\).*, 2 failed/);

      const fetched = await run("ingest", ...urls, "--db", urlDb, "--allow-private");
      assert.equal(fetched.status, 0, fetched.stderr);
      assert.match(fetched.stderr, /: 3 stored with \d+ event\(s\)/);
      assert.equal(json("stats", "--db", urlDb).documents, 3);
    } finally {
      await server.close();
    }
  });
});

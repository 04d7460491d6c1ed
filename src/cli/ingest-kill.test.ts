/**
 * Kill-safety: an ingest killed with SIGKILL mid-run leaves only whole documents, and the next run
 * completes the batch without duplicates.
 */
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import BetterSqlite3 from "better-sqlite3";
import { extract } from "../extraction/extract.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const bin = join(root, "bin", "attrib");
const tmp = mkdtempSync(join(tmpdir(), "attrib-kill-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

const TOTAL = 400;
const COUNTRIES: [string, string][] = [
  ["Estonia", "Estonian"], ["Latvia", "Latvian"], ["Lithuania", "Lithuanian"], ["Poland", "Polish"], ["Finland", "Finnish"],
  ["Norway", "Norwegian"], ["Denmark", "Danish"], ["Germany", "German"], ["Czechia", "Czech"], ["Romania", "Romanian"],
];
const ACCUSED = ["Russia", "China", "Iran", "North Korea", "Belarus"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Generated reports: each a different attack (country, date) and who was blamed for it. */
function generatedDocuments(): { id: string; title: string; published: string; text: string }[] {
  return Array.from({ length: TOTAL }, (_, i) => {
    const [country, adjective] = COUNTRIES[i % COUNTRIES.length]!;
    const accused = ACCUSED[Math.floor(i / COUNTRIES.length) % ACCUSED.length]!;
    const year = 2010 + Math.floor(i / 120);
    const month = Math.floor(i / 10) % 12;
    const day = 1 + (i % 28);
    const text =
      `Hackers disrupted the websites of the ${adjective} parliament on ${day} ${MONTHS[month]} ${year}, officials said.\n` +
      `${country} blamed ${accused} for the cyberattack on Friday.\nThis is report number ${i + 1} in the series.`;
    const published = `${year}-${String(month + 1).padStart(2, "0")}-${String(Math.min(day + 3, 28)).padStart(2, "0")}`;
    return { id: `gen-${i + 1}`, title: `Report ${i + 1}`, published, text };
  });
}

function countDocuments(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const raw = new BetterSqlite3(db, { readonly: true, fileMustExist: true });
    try {
      return (raw.prepare("select count(*) as n from documents").get() as { n: number }).n;
    } finally {
      raw.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

/** Every stored document has all the events its extraction yields, each with roles and evidence. */
function assertConsistent(db: string): number {
  const raw = new BetterSqlite3(db, { readonly: true });
  try {
    const docs = raw.prepare("select id, title, published, language, text, extraction_version from documents").all() as {
      id: string; title: string; published: string; language: string; text: string; extraction_version: string | null;
    }[];
    const events = raw.prepare("select id from events where document_id = ?");
    for (const d of docs) {
      assert.ok(d.extraction_version, `${d.id} carries its extraction version`);
      const expected = extract({ id: d.id, title: d.title, published: d.published, language: d.language, text: d.text }).events.length;
      assert.ok(expected > 0, `${d.id}: the generated text yields events`);
      assert.equal(events.all(d.id).length, expected, `${d.id}: every event of the document is stored`);
    }
    const bare = raw
      .prepare("select count(*) as n from events e where not exists (select 1 from evidence_spans s where s.event_id = e.id) or not exists (select 1 from event_roles r where r.event_id = e.id)")
      .get() as { n: number };
    assert.equal(bare.n, 0, "no event without evidence or roles");
    return docs.length;
  } finally {
    raw.close();
  }
}

test("an ingest killed with SIGKILL leaves whole documents, and the rerun completes without duplicates", { timeout: 180_000 }, async () => {
  const input = join(tmp, "generated.jsonl");
  writeFileSync(input, generatedDocuments().map((d) => JSON.stringify(d)).join("\n") + "\n");
  const db = join(tmp, "kill.db");

  const child = spawn(bin, ["ingest", input, "--db", db], { cwd: root, stdio: "ignore" });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
  let stored = 0;
  for (let waited = 0; stored < 25 && waited < 120_000; waited += 50) {
    await sleep(50);
    stored = countDocuments(db);
  }
  child.kill("SIGKILL");
  assert.equal(await exited, "SIGKILL", "the ingest was still running when killed");

  const afterKill = assertConsistent(db);
  assert.ok(afterKill >= 25 && afterKill < TOTAL, `killed mid-run: ${afterKill} of ${TOTAL} documents stored`);

  const rerun = spawnSync(bin, ["ingest", input, "--db", db], { encoding: "utf8", cwd: root });
  assert.equal(rerun.status, 0, rerun.stderr);
  assert.match(rerun.stderr, new RegExp(`${TOTAL - afterKill} stored with \\d+ event\\(s\\), ${afterKill} already stored`));
  assert.equal(assertConsistent(db), TOTAL);

  const raw = new BetterSqlite3(db, { readonly: true });
  try {
    const hashes = raw.prepare("select count(distinct content_hash) as n, count(*) as total from documents").get() as { n: number; total: number };
    assert.deepEqual(hashes, { n: TOTAL, total: TOTAL }, "no document stored twice");
    const pending = raw.prepare("select count(*) as n from store_meta where key = 'relink_pending'").get() as { n: number };
    assert.equal(pending.n, 0, "the rerun regrouped incidents over every document");
    const grouped = raw.prepare("select count(distinct e.document_id) as n from incident_events l join events e on e.id = l.event_id").get() as { n: number };
    assert.equal(grouped.n, TOTAL, "every document's attack belongs to an incident");
  } finally {
    raw.close();
  }
});

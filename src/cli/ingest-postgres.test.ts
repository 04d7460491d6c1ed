/**
 * The ingest and query commands against PostgreSQL: a fresh database created for the run and dropped
 * after. PostgreSQL missing fails the test unless ATTRIB_SKIP_PG=1 (as the storage suite does).
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { PG_BASE } from "../store/store-harness.js";
import { DOCUMENT_COUNT, writeCorpus } from "./ingest-fixtures.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const bin = join(root, "bin", "attrib");

const admin = new pg.Pool({ connectionString: `${PG_BASE}postgres`, max: 1, connectionTimeoutMillis: 3000 });
let unreachable: string | undefined;
try {
  await admin.query("select 1");
} catch (error) {
  unreachable = `PostgreSQL is unreachable at ${PG_BASE}postgres (${(error as Error).message})`;
  await admin.end();
}
const skip = unreachable && process.env.ATTRIB_SKIP_PG === "1" ? `${unreachable}; skipped because ATTRIB_SKIP_PG=1` : false;

describe("attrib ingest into PostgreSQL", { skip }, () => {
  const name = `attrib_cli_${process.pid}_${Date.now()}`;
  const url = `${PG_BASE}${name}`;
  const tmp = mkdtempSync(join(tmpdir(), "attrib-pg-"));
  const corpus = writeCorpus(tmp);
  const attrib = (...args: string[]) => spawnSync(bin, [...args, "--db", url], { encoding: "utf8", cwd: root });
  const stats = () => {
    const r = attrib("stats", "--format", "json");
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout);
  };

  before(async () => {
    if (unreachable) assert.fail(`${unreachable}. Start it, set ATTRIB_TEST_PG, or set ATTRIB_SKIP_PG=1 to skip.`);
    await admin.query(`create database ${name}`);
  });
  after(async () => {
    rmSync(tmp, { recursive: true, force: true });
    if (unreachable) return;
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  it("stores the corpus once, and answers the same questions as SQLite", () => {
    const first = attrib("ingest", tmp, "--published", "2023-03-13");
    assert.equal(first.status, 0, first.stderr);
    const counts = stats();
    assert.equal(counts.documents, DOCUMENT_COUNT);
    assert.ok(counts.events > 0 && counts.incidents > 0 && counts.claims > 0);

    const again = attrib("ingest", tmp, "--published", "2023-03-13");
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stderr, new RegExp(`${DOCUMENT_COUNT} already stored`));
    assert.deepEqual(stats(), counts);

    const list = attrib("incidents", "--victim", "Estonian Parliament", "--format", "json");
    const [incident] = JSON.parse(list.stdout);
    assert.equal(incident.sources.length, 2);
    const dossier = attrib("incident", incident.id);
    assert.equal(dossier.status, 0, dossier.stderr);
    assert.match(dossier.stdout, /“Estonia blamed Russia for the cyberattack on Friday\.”/);
    const hits = JSON.parse(attrib("search", "Helsinki water", "--format", "json").stdout);
    assert.equal(hits[0]?.title, "Finland condemns attack on Helsinki water utility");
    const missing = attrib("actor", "Atlantis");
    assert.equal(missing.status, 1);
  });
});

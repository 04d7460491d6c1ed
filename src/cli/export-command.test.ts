import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { StixValidator, type StixBundle } from "../stix/index.js";
import { openStore } from "../store/index.js";
import { articleA, articleB, eventsA, eventsB, extractionOf } from "../store/store-fixtures.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const bin = join(root, "bin", "attrib");
const schemas = join(root, "..", "shared", "stix2.1-schemas", "schemas");
const tmp = mkdtempSync(join(tmpdir(), "attrib-export-cli-"));
const db = join(tmp, "store.db");
const attrib = (args: string[]) => spawnSync(bin, args, { encoding: "utf8", cwd: root });
let incidentId = "";

before(async () => {
  // Two invented reports of one invented incident (fictional states XA, XB), written through the store API.
  const store = await openStore(db);
  await store.saveExtraction(articleA, extractionOf(articleA, eventsA()));
  await store.saveExtraction(articleB, extractionOf(articleB, eventsB()));
  incidentId = (await store.listIncidents())[0]!.id;
  await store.close();
});
after(() => rmSync(tmp, { recursive: true, force: true }));

test("export --format stix writes a bundle of the store to stdout", { skip: !existsSync(schemas) && `${schemas} is absent` }, () => {
  const r = attrib(["export", "--format", "stix", "--db", db]);
  assert.equal(r.status, 0, r.stderr);
  const bundle = JSON.parse(r.stdout) as StixBundle;
  assert.equal(bundle.type, "bundle");
  assert.deepEqual(new StixValidator(schemas).validateBundle(bundle).objects, []);
  const reports = bundle.objects.filter((o) => o.type === "report").map((o) => o.name).sort();
  assert.deepEqual(reports, [articleA.title, articleB.title].sort());
  assert.equal(attrib(["export", "--db", db]).stdout, r.stdout, "stix is the default and the output is stable");
});

test("export --format csv --table claims|responses|incidents: one row per item, spreadsheet-safe", () => {
  const claims = attrib(["export", "--format", "csv", "--table", "claims", "--db", db]);
  assert.equal(claims.status, 0, claims.stderr);
  const lines = claims.stdout.split("\r\n");
  assert.equal(lines[0], "incident,incident_first_seen,receiver,receiver_country,attributor,attributor_country,attribution_type,accused,accused_country,attribution_date,hedged,sources");
  assert.equal(lines.length, 3, "header, one claim, final empty line");
  assert.match(lines[1]!, /,2021-03(-14)?,Ministry of Ports,XA,Syldavia,XA,state,Borduria,XB,2021-03-15,firm,https:\/\/coastal-post.example\/wiper; https:\/\/harbour-times.example\/ports-hack$/);
  const responses = attrib(["export", "--format", "csv", "--table", "responses", "--db", db]).stdout.split("\r\n").filter(Boolean);
  assert.deepEqual(responses.slice(1).map((l) => l.split(",").slice(0, 2).join(",")).sort(), ["diplomatic,expel_diplomats", "sanction,"]);
  const incidents = attrib(["export", "--format", "csv", "--db", db]).stdout.split("\r\n").filter(Boolean);
  assert.equal(incidents.length, 2);
  assert.match(incidents[1]!, /Ministry of Ports,XA,wiper,Borduria,/);
});

test("--since and --incident narrow the export; bad values are refused", () => {
  const since = attrib(["export", "--format", "csv", "--table", "responses", "--since", "2021-04-01", "--db", db]);
  assert.equal(since.status, 0, since.stderr);
  assert.deepEqual(since.stdout.split("\r\n").filter(Boolean).slice(1).map((l) => l.split(",")[0]), ["sanction"], "only the April article");
  const one = attrib(["export", "--incident", incidentId, "--db", db]);
  assert.equal(one.status, 0, one.stderr);
  assert.equal((JSON.parse(one.stdout) as StixBundle).objects.filter((o) => o.type === "incident").length, 1);

  const badDate = attrib(["export", "--since", "last week", "--db", db]);
  assert.equal(badDate.status, 2);
  assert.match(badDate.stderr, /--since: expected a date as YYYY-MM-DD/);
  const unknown = attrib(["export", "--incident", "nope", "--db", db]);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /no incident with id nope/);
  assert.equal(unknown.stdout, "", "nothing half-written on stdout");
  const badTable = attrib(["export", "--format", "csv", "--table", "people", "--db", db]);
  assert.notEqual(badTable.status, 0);
  assert.match(badTable.stderr, /Allowed choices are incidents, claims, responses/);
});

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const bin = join(root, "bin", "attrib");
const shared = join(root, "..", "shared");
const attrib = (args: string[], input?: string) => spawnSync(bin, args, { encoding: "utf8", input, cwd: root });
const tmp = mkdtempSync(join(tmpdir(), "attrib-cli-"));
const file = (name: string, content: string | Buffer) => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};

test("extract reads a text file and prints the schema's JSON", () => {
  const p = file("a.txt", "Estonia blamed Russia for the cyberattack on Friday.\n");
  const r = attrib(["extract", p, "--published", "2023-03-13"]);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.document.id, "a");
  assert.equal(out.document.published, "2023-03-13");
  const a = out.events.find((e: { type: string }) => e.type === "attribution");
  assert.equal(a.accused.name, "Russia");
  assert.deepEqual(a.date, { value: "2023-03-10", precision: "day" });
  assert.ok(a.evidence[0].end > a.evidence[0].start);
});

test("extract reads stdin and prints a table for people", () => {
  const r = attrib(["extract", "-", "--format", "table", "--title", "Test"], "Germany expelled two Russian diplomats over the hack.");
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /diplomatic\/expel_diplomats\s+Germany \(DE\) → Russia \(RU\)/);
});

test("a JSONL batch reports a bad line and goes on with the rest", () => {
  const p = file("b.jsonl", [
    JSON.stringify({ id: "one", text: "Poland blamed Belarus for the cyberattack." }),
    "{not json",
    JSON.stringify({ id: "two", text: "" }),
    JSON.stringify({ id: "three", text: "Canada blamed China for the hack." }),
  ].join("\n"));
  const r = attrib(["extract", p, "--format", "jsonl"]);
  assert.equal(r.status, 1);
  const ids = r.stdout.trim().split("\n").map((l) => JSON.parse(l).document.id);
  assert.deepEqual(ids, ["one", "three"]);
  assert.match(r.stderr, /b\.jsonl:2: not valid JSON/);
  assert.match(r.stderr, /b\.jsonl:3: has an empty text/);
});

test("bad inputs give a one-line error naming the input and a non-zero exit", () => {
  const cases: [string[], RegExp][] = [
    [["extract", file("empty.txt", "")], /empty\.txt: is empty/],
    [["extract", file("bin.txt", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]))], /bin\.txt: looks binary/],
    [["extract", join(tmp, "missing.txt")], /missing\.txt: no such file/],
    [["extract", file("ok.txt", "Text."), "--published", "12/09/2022"], /--published: expected a date as YYYY-MM-DD/],
    [["extract", file("latin1.txt", Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x68, 0x61, 0x63, 0x6b]))], /latin1\.txt: is not valid UTF-8/],
  ];
  for (const [args, message] of cases) {
    const r = attrib(args);
    assert.notEqual(r.status, 0, args.join(" "));
    assert.match(r.stderr, message);
    assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
  }
});

test("help explains every option", () => {
  const r = attrib(["extract", "--help"]);
  for (const opt of ["--published", "--title", "--id", "--format"]) assert.match(r.stdout, new RegExp(opt));
});

test("the seed article scores 100 with the shared scorer", { skip: !existsSync(join(shared, "eval", "score.mjs")) && "../shared is absent" }, () => {
  const r = attrib(["extract", join(shared, "corpus", "seed-article.jsonl"), "--format", "jsonl"]);
  assert.equal(r.status, 0, r.stderr);
  const pred = file("seed.pred.jsonl", r.stdout);
  const score = spawnSync(process.execPath, [join(shared, "eval", "score.mjs"), join(shared, "corpus", "seed-article.gold.jsonl"), pred, "--json"], { encoding: "utf8" });
  const result = JSON.parse(score.stdout);
  assert.equal(result.overall.f1, 1, score.stdout);
  assert.equal(result.overall.fp, 0);
  assert.equal(result.dateAccuracy, 1);
});

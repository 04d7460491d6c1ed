import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { actorMatches, score } from "./score.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const shared = join(root, "..", "shared");
const sharedScorer = join(shared, "eval", "score.mjs");

test("actors match by alias, and a state stands for its bodies", () => {
  assert.ok(actorMatches({ name: "Ministry of Intelligence and Security", kind: "government", country: "IR", aliases: ["MOIS"] }, { name: "MOIS", kind: "government", country: "IR" }, "accused"));
  assert.ok(actorMatches({ name: "GRU", kind: "government", country: "RU" }, { name: "Russia", kind: "state", country: "RU" }, "accused"));
  assert.ok(!actorMatches({ name: "GRU", kind: "government", country: "RU" }, { name: "FSB", kind: "government", country: "RU" }, "accused"));
  assert.ok(!actorMatches({ name: "hackers", kind: "group" }, { name: "Chinese hackers", kind: "group" }, "accused"));
  assert.ok(actorMatches({ name: "unspecified", kind: "unspecified" }, undefined, "attributor"));
});

test("one pairing per gold event; extra predictions are spurious", () => {
  const gold = new Map([["d", [{ type: "denial", denier: { name: "Iran", kind: "state" as const, country: "IR" } }]]]);
  const pred = new Map([["d", [
    { type: "denial", denier: { name: "Iran", kind: "state" as const, country: "IR" } },
    { type: "denial", denier: { name: "Tehran", kind: "state" as const, country: "IR" } },
  ]]]);
  const r = score(gold, pred);
  assert.deepEqual([r.overall.tp, r.overall.fp, r.overall.fn], [1, 1, 0]);
});

test("attrib eval gives the same figures as ../shared/eval/score.mjs", { skip: !existsSync(sharedScorer) && "../shared is absent" }, () => {
  const tmp = mkdtempSync(join(tmpdir(), "attrib-eval-"));
  for (const [gold, docs] of [
    [join(shared, "corpus", "attribution-dev", "gold.jsonl"), join(shared, "corpus", "attribution-dev", "documents.jsonl")],
    [join(root, "samples", "gold.jsonl"), join(root, "samples", "articles.jsonl")],
  ] as const) {
    const ours = spawnSync(join(root, "bin", "attrib"), ["eval", "--gold", gold, "--docs", docs, "--format", "json"], { encoding: "utf8" });
    assert.equal(ours.status, 0, ours.stderr);
    const extracted = spawnSync(join(root, "bin", "attrib"), ["extract", docs, "--format", "jsonl"], { encoding: "utf8" });
    const pred = join(tmp, "pred.jsonl");
    writeFileSync(pred, extracted.stdout);
    const theirs = spawnSync(process.execPath, [sharedScorer, gold, pred, "--json"], { encoding: "utf8" });
    const { misses: _m, ...theirFigures } = JSON.parse(theirs.stdout);
    assert.deepEqual(JSON.parse(ours.stdout), theirFigures);
  }
});

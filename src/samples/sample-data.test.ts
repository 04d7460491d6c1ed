import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import type { Country } from "world-countries";
import { DIPLOMATIC_ACTIONS, EVENT_TYPES, KEY_ROLES, LEGAL_ACTIONS, rolesOf } from "../domain/index.js";
import { SAMPLES_DIR, loadSampleArticles, loadSampleGold } from "./sample-data.js";

const articles = loadSampleArticles();
const gold = loadSampleGold();
const textOf = new Map(articles.map((a) => [a.id, a.text]));
const publishedOf = new Map(articles.map((a) => [a.id, a.published ?? ""]));
// world-countries is CommonJS; its typed default export does not survive NodeNext interop.
const countries = createRequire(import.meta.url)("world-countries") as Country[];
const ISO2 = new Set(countries.map((c) => c.cca2));

const isCalendarDate = (v: string) => {
  const [y, m = "01", d = "01"] = v.split("-");
  const date = new Date(`${y}-${m}-${d}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(`${y}-${m}-${d}`);
};

test("14 to 18 articles with ids, urls and dates in the agreed shape", () => {
  assert.ok(articles.length >= 14 && articles.length <= 18, `${articles.length} articles`);
  assert.equal(new Set(articles.map((a) => a.id)).size, articles.length, "duplicate ids");
  for (const a of articles) {
    const slug = a.id.replace(/^sample-/, "");
    assert.match(a.id, /^sample-[a-z0-9-]+$/);
    assert.equal(a.url, `https://example.org/attrib-samples/${slug}`);
    assert.ok(a.title && a.title.length > 10, `${a.id}: title`);
    assert.ok(a.published && /^\d{4}-\d{2}-\d{2}$/.test(a.published) && isCalendarDate(a.published), `${a.id}: published`);
    const words = a.text.split(/\s+/).filter(Boolean).length;
    assert.ok(words >= 150 && words <= 400, `${a.id}: ${words} words`);
    assert.ok(a.text.includes("\n") && !a.text.includes("\n\n"), `${a.id}: paragraphs are separated by one newline`);
    assert.equal(a.text, a.text.trim(), `${a.id}: stray whitespace`);
  }
});

test("every article has exactly one gold line, and every gold line an article", () => {
  assert.deepEqual(gold.map((g) => g.id).sort(), articles.map((a) => a.id).sort());
});

test("every evidence span lies inside its text and starts and ends on non-space", () => {
  for (const g of gold) {
    const text = textOf.get(g.id) ?? "";
    g.events.forEach((e, i) => {
      assert.ok(e.evidence.length > 0, `${g.id} #${i}: no evidence`);
      for (const { start, end } of e.evidence) {
        assert.ok(start >= 0 && start < end && end <= text.length, `${g.id} #${i}: span ${start}-${end} outside text`);
        const quoted = text.slice(start, end);
        assert.equal(quoted, quoted.trim(), `${g.id} #${i}: span has edge whitespace`);
        assert.ok(!quoted.includes("\n"), `${g.id} #${i}: span crosses a paragraph`);
      }
    });
  }
});

test("events have their key roles, a valid action and plausible actors", () => {
  for (const g of gold) {
    g.events.forEach((e, i) => {
      const where = `${g.id} #${i} (${e.type})`;
      for (const role of KEY_ROLES[e.type]) assert.ok(e[role], `${where}: missing ${role}`);
      if (e.type === "diplomatic") assert.ok((DIPLOMATIC_ACTIONS as readonly string[]).includes(e.action ?? ""), where);
      else if (e.type === "legal") assert.ok((LEGAL_ACTIONS as readonly string[]).includes(e.action ?? ""), where);
      else assert.equal(e.action, undefined, `${where}: action only on diplomatic and legal events`);
      for (const [role, actor] of rolesOf(e)) {
        if (actor.country) assert.ok(ISO2.has(actor.country), `${where}: ${role} country ${actor.country}`);
        if (actor.kind === "state") assert.ok(actor.country, `${where}: state ${actor.name} without country`);
      }
    });
  }
});

test("event dates are calendar dates of the stated precision, never after publication", () => {
  const lengthOf = { year: 4, month: 7, day: 10 } as const;
  for (const g of gold) {
    const published = publishedOf.get(g.id) ?? "";
    for (const e of g.events) {
      if (!e.date) continue;
      const { value, precision } = e.date;
      assert.equal(value.length, lengthOf[precision], `${g.id}: ${value} is not of precision ${precision}`);
      assert.ok(isCalendarDate(value), `${g.id}: ${value}`);
      assert.ok(value <= published.slice(0, value.length), `${g.id}: ${value} after publication ${published}`);
    }
  }
});

test("the samples cover every event type", () => {
  const seen = new Set(gold.flatMap((g) => g.events.map((e) => e.type)));
  assert.deepEqual([...seen].sort(), [...EVENT_TYPES].sort());
});

test("articles.jsonl and gold.jsonl are what samples/build.mjs makes of the sources", () => {
  // Offsets are computed from quotes in samples/source; a hand edit of the JSONL would drift.
  execFileSync(process.execPath, [`${SAMPLES_DIR}build.mjs`, "--check"], { stdio: "pipe" });
});

test("the shared scorer accepts the gold as both gold and prediction", (t) => {
  const scorer = new URL("../../../shared/eval/score.mjs", import.meta.url);
  if (!existsSync(scorer)) return t.skip("../shared/eval/score.mjs not found (shared contract absent)");
  const out = execFileSync(process.execPath, [scorer.pathname, `${SAMPLES_DIR}gold.jsonl`, `${SAMPLES_DIR}gold.jsonl`], {
    encoding: "utf8",
  });
  assert.match(out, /micro F1: 100\.0/);
});

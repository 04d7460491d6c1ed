import assert from "node:assert/strict";
import { test } from "node:test";
import type { Analysis, EventCandidate } from "../analysis.js";
import { assemble } from "./assemble.js";

const sentences = [0, 1, 2].map((i) => ({ index: i, paragraph: 0, start: i * 10, end: i * 10 + 9, tokenStart: 0, tokenEnd: 0 }));
const US = { name: "United States", kind: "state" as const, country: "US" };
const TREASURY = { name: "Department of the Treasury", kind: "government" as const, country: "US" };
const IRAN = { name: "Iran", kind: "state" as const, country: "IR" };
const MOIS = { name: "Ministry of Intelligence and Security", kind: "government" as const, country: "IR" };
const run = (candidates: EventCandidate[]) =>
  assemble.run({ article: { id: "t", text: "x".repeat(30) }, sentences, mentions: [], candidates } as Analysis).events!;
const c = (sentence: number, fields: Partial<EventCandidate>): EventCandidate =>
  ({ type: "sanction", roles: {}, sentence, trigger: 0, confidence: 0.8, ...fields }) as EventCandidate;

test("a state and its bodies merge: the state where it acts, the body where it is targeted", () => {
  const events = run([
    c(0, { roles: { imposer: US, target: IRAN } }),
    c(2, { roles: { imposer: TREASURY, target: MOIS }, date: { value: "2022-09-09", precision: "day" } }),
  ]);
  assert.equal(events.length, 1);
  assert.equal(events[0]!.imposer!.name, "United States");
  assert.equal(events[0]!.target!.name, "Ministry of Intelligence and Security");
  assert.deepEqual(events[0]!.evidence, [{ start: 0, end: 9 }, { start: 20, end: 29 }]);
  assert.deepEqual(events[0]!.date, { value: "2022-09-09", precision: "day" });
});

test("two mentions on different days of one month give the month", () => {
  const events = run([
    c(0, { type: "denial", roles: { denier: IRAN }, date: { value: "2022-09-05", precision: "day" } }),
    c(1, { type: "denial", roles: { denier: IRAN }, date: { value: "2022-09-06", precision: "day" } }),
  ]);
  assert.deepEqual(events[0]!.date, { value: "2022-09", precision: "month" });
});

test("different bodies of one state stay apart", () => {
  const gru = { name: "GRU", kind: "government" as const, country: "RU" };
  const fsb = { name: "FSB", kind: "government" as const, country: "RU" };
  assert.equal(run([c(0, { roles: { imposer: US, target: gru } }), c(0, { roles: { imposer: US, target: fsb } })]).length, 2);
});

test("a state-level victim yields to a finer victim of that state", () => {
  const police = { name: "Albanian State Police", kind: "government" as const, country: "AL" };
  const events = run([
    c(0, { type: "attack", roles: { victim: { name: "Albania", kind: "state", country: "AL" } } }),
    c(1, { type: "attack", roles: { victim: police } }),
  ]);
  assert.deepEqual(events.map((e) => e.victim!.name), ["Albanian State Police"]);
});

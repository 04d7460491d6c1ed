import assert from "node:assert/strict";
import { test } from "node:test";
import { runStages } from "../stage.js";
import { findDates, lastWeekend } from "./find-dates.js";
import { segment } from "./segment.js";

// Monday 12 September 2022.
const published = new Date("2022-09-12T12:00:00Z");
const datesIn = (text: string) =>
  runStages([segment, findDates], { article: { id: "t", text }, published }).dates!.map((d) => ({
    text: text.slice(d.start, d.end),
    value: d.date.value,
    precision: d.date.precision,
    role: d.role,
  }));

test("weekdays resolve to the latest such day on or before publication", () => {
  const d = datesIn("The ministry spoke on Saturday. Officials met on Wednesday. Police said on Monday.");
  assert.deepEqual(d.map((x) => x.value), ["2022-09-10", "2022-09-07", "2022-09-12"]);
  assert.ok(d.every((x) => x.precision === "day"));
});

test("a month name alone means the latest such month, at month precision", () => {
  assert.deepEqual(datesIn("The hack began in July.")[0], { text: "July", value: "2022-07", precision: "month", role: "point" });
  assert.equal(datesIn("The breach happened in December.")[0]!.value, "2021-12");
});

test("a day and month without a year after the publication date fall in the previous year", () => {
  assert.equal(datesIn("It was filed on Nov 27.")[0]!.value, "2021-11-27");
  assert.equal(datesIn("It was filed on July 15.")[0]!.value, "2022-07-15");
});

test("bare years are dates, and 'since' marks the start of a period", () => {
  const d = datesIn("The agency has since 2007 targeted banks, and was hacked in 2015.");
  assert.deepEqual(d.map((x) => [x.value, x.precision, x.role]), [
    ["2007", "year", "since"],
    ["2015", "year", "point"],
  ]);
});

test("relative expressions give only the precision the text supports", () => {
  assert.deepEqual(datesIn("Last month the attack stopped.").map((x) => [x.value, x.precision]), [["2022-08", "month"]]);
  assert.deepEqual(datesIn("It was seen last week.").map((x) => x.value), []);
  assert.deepEqual(datesIn("Sanctions came a day after the attack.").map((x) => x.value), []);
});

test("without a publication date nothing is resolved", () => {
  const a = runStages([segment, findDates], { article: { id: "t", text: "It happened on Saturday." } });
  assert.deepEqual(a.dates, []);
});

test("'that December' takes the year last written; 'the same day' the day last given", () => {
  const d = datesIn("In October 2016 officials spoke, and that December the envoys left. Talks ended on Friday. Britain agreed on the same day.");
  assert.deepEqual(d.map((x) => x.value), ["2016-10", "2016-12", "2022-09-09", "2022-09-09"]);
});

test("a span of years dates no single event", () => {
  assert.deepEqual(datesIn("They hacked firms between 2011 and 2018.").map((x) => x.role), ["since", "until"]);
});

test("'over the weekend' is the month of the last Saturday and Sunday, and nothing when they straddle two months", () => {
  assert.deepEqual(datesIn("The system was down over the weekend.").map((x) => [x.value, x.precision]), [["2022-09", "month"]]);
  assert.deepEqual(lastWeekend(new Date("2022-10-03T12:00:00Z")), { value: "2022-10", precision: "month" }, "Saturday 1 and Sunday 2 October");
  assert.equal(lastWeekend(new Date("2022-05-02T12:00:00Z")), undefined, "Saturday 30 April and Sunday 1 May");
});

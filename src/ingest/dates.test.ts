import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { normalizeDate } from "./dates.js";
import { isCalendarDate } from "./source.js";

describe("normalizeDate", () => {
  const cases: Array<[string | undefined, string | undefined]> = [
    ["2022-09-12", "2022-09-12"],
    ["2022-09-12T23:30:00-04:00", "2022-09-12"], // the publisher's day, not UTC's
    ["2022-09-12 08:00", "2022-09-12"],
    ["Mon, 12 Sep 2022 23:30:00 -0400", "2022-09-12"],
    ["12 Sep 22 10:00 GMT", "2022-09-12"],
    ["Tue, 5 March 2019 10:00:00 GMT", "2019-03-05"],
    ["September 12, 2022", "2022-09-12"],
    ["2023-02-30", undefined],
    ["31 Foo 2020", undefined],
    ["yesterday", undefined],
    ["", undefined],
    [undefined, undefined],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected}`, () => assert.equal(normalizeDate(input), expected));
  }
});

describe("isCalendarDate", () => {
  it("accepts real days written YYYY-MM-DD only", () => {
    assert.equal(isCalendarDate("2024-02-29"), true);
    assert.equal(isCalendarDate("2023-02-29"), false);
    assert.equal(isCalendarDate("2023-2-1"), false);
    assert.equal(isCalendarDate("2023-01-01T00:00"), false);
  });
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { eventDateStart, stixId, toStixTimestamp, uuidv5 } from "./ids.js";

test("uuidv5 matches RFC 4122 v5 values computed independently (Python's uuid.uuid5)", () => {
  assert.equal(uuidv5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org"), "886313e1-3b8a-5372-9b90-0c9aee199e5d");
  assert.equal(uuidv5("6ba7b811-9dad-11d1-80b4-00c04fd430c8", "https://example.org/ünïcode"), "291f4008-d1b7-56a8-bd05-917517dfebcb");
});

test("stix ids are <type>--uuidv5(Attrib namespace, '<type>|<key>') and stable across releases", () => {
  // Golden values from Python: uuid.uuid5(UUID('f2ccd2b6-9fae-4de9-8ea4-9610adac9f1e'), 'report|d1') etc.
  assert.equal(stixId("report", "d1"), "report--7f3966ac-410d-5101-be79-db642680e740");
  assert.equal(stixId("location", "country:IR"), "location--209bb0e1-35ef-5d20-b997-51f71394feda");
});

test("timestamps: dates become UTC midnight with milliseconds, date-times are normalized, junk is undefined", () => {
  assert.equal(toStixTimestamp("2022-09-12"), "2022-09-12T00:00:00.000Z");
  assert.equal(toStixTimestamp("2022-09-12T10:15:00+02:00"), "2022-09-12T08:15:00.000Z");
  assert.equal(toStixTimestamp("next Tuesday"), undefined);
  assert.equal(toStixTimestamp(undefined), undefined);
  assert.equal(eventDateStart({ value: "2022-07", precision: "month" }), "2022-07-01T00:00:00.000Z");
  assert.equal(eventDateStart({ value: "2021", precision: "year" }), "2021-01-01T00:00:00.000Z");
});

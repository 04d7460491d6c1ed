import { test } from "node:test";
import assert from "node:assert/strict";
import { CSV_COLUMNS, csvField, defuseFormula, toCsv } from "./csv.js";
import { inventedInput } from "../stix/fixtures/invented-example.js";

/** A minimal RFC 4180 reader written for the test, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(field), (field = "");
    else if (ch === "\r" && text[i + 1] === "\n") row.push(field), rows.push(row), (row = []), (field = ""), i++;
    else field += ch;
  }
  assert.equal(field + row.join(""), "", "text must end with CRLF");
  return rows;
}

test("csvField quotes only when needed and doubles quotes (RFC 4180)", () => {
  assert.equal(csvField("Iran"), "Iran");
  assert.equal(csvField("Treasury, US"), '"Treasury, US"');
  assert.equal(csvField('called it "baseless"'), '"called it ""baseless"""');
  assert.equal(csvField("line one\nline two"), '"line one\nline two"');
  assert.equal(csvField(""), "");
});

test("incidents table: one row per incident with receiver, dates and the accused", () => {
  const text = toCsv("incidents", inventedInput());
  assert.ok(text.startsWith("incident,first_seen,last_seen,receiver,receiver_country,attack_type,initiators_accused,initiator_countries,attributed_by,sources\r\n"));
  assert.deepEqual(parseCsv(text).slice(1), [[
    "Cyberattack on Albanian government services (2022-07)", "2022-07", "2022-09-09", "Albanian government services", "AL",
    "disruption", "Iran; Homeland Justice; Ministry of Intelligence and Security", "IR", "Albania; Northlight Security; United States",
    "https://news.example.org/world/tirana-tehran; https://news.example.org/us/treasury-mois",
  ]]);
});

test("claims table: incident and receiver, attributor and accused with countries, attribution type, date, hedged/firm", () => {
  const rows = parseCsv(toCsv("claims", inventedInput()));
  assert.deepEqual(rows[0], [...CSV_COLUMNS.claims]);
  const incident = ["Cyberattack on Albanian government services (2022-07)", "2022-07", "Albanian government services", "AL"];
  assert.deepEqual(rows.slice(1), [
    [...incident, "Albania", "AL", "state", "Iran", "IR", "2022-09-07", "firm", "https://news.example.org/world/tirana-tehran"],
    [...incident, "Northlight Security", "", "company", "Homeland Justice", "IR", "", "hedged", "https://news.example.org/world/tirana-tehran"],
    [...incident, "United States", "US", "state", "Ministry of Intelligence and Security", "IR", "", "firm", "https://news.example.org/us/treasury-mois"],
  ]);
});

test("responses table: quoting survives titles with commas and quotes used as sources", () => {
  const input = inventedInput();
  for (const d of input.documents) delete d.url; // sources fall back to titles, which need quoting
  const text = toCsv("responses", input);
  assert.ok(text.includes('"Treasury targets Iranian ministry, citing ""reckless"" hack"'));
  assert.deepEqual(parseCsv(text), [
    ["type", "action", "actor", "actor_country", "target", "target_country", "date", "sources"],
    ["diplomatic", "sever_relations", "Albania", "AL", "Iran", "IR", "2022-09-07", "Tirana breaks with Tehran over summer cyberattack"],
    ["diplomatic", "expel_diplomats", "Albania", "AL", "Iran", "IR", "2022-09-07", "Tirana breaks with Tehran over summer cyberattack"],
    ["sanction", "", "US Department of the Treasury", "US", "Ministry of Intelligence and Security", "IR", "2022-09-09",
      'Treasury targets Iranian ministry, citing "reckless" hack'],
    ["condemnation", "", "NATO", "", "Iran", "IR", "", 'Treasury targets Iranian ministry, citing "reckless" hack'],
  ]);
});

test("an empty input gives just the header row", () => {
  assert.equal(toCsv("responses", { documents: [], incidents: [] }), "type,action,actor,actor_country,target,target_country,date,sources\r\n");
});

test("cells that a spreadsheet would run as formulas are defused with a leading apostrophe", () => {
  for (const risky of ["=HYPERLINK(\"http://evil.example\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])
    assert.equal(defuseFormula(risky), `'${risky}`);
  for (const plain of ["Iran", "2022-09-07", "APT-28", "a=b", "", "'quoted"]) assert.equal(defuseFormula(plain), plain);

  const input = inventedInput();
  input.documents[0]!.events[1] = { ...input.documents[0]!.events[1]!, type: "diplomatic", action: "expel_diplomats", actor: { name: "=cmd|' /C calc'!A0", kind: "state" } };
  delete input.documents[0]!.url;
  input.documents[0]!.title = "@news, =2+2";
  const rows = parseCsv(toCsv("responses", input));
  const row = rows.find((r) => r[2]?.includes("cmd"));
  assert.equal(row?.[2], "'=cmd|' /C calc'!A0");
  assert.equal(row?.[7], "'@news, =2+2");
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { COUNTRY_CODES } from "./countries.js";
import { companies } from "./companies.js";
import type { KnownActor } from "./entry.js";
import { formKey } from "./forms.js";
import { genericBodies } from "./generic-bodies.js";
import { governmentBodies } from "./government-bodies.js";
import { organizations } from "./organizations.js";

/** Acronyms shorter than 3 characters that are allowed as aliases. */
const SHORT_ACRONYMS = new Set(["EU", "UN", "G7"]);

function find(list: readonly KnownActor[], name: string): KnownActor {
  const actor = list.find((a) => a.name === name);
  assert.ok(actor, `missing ${name}`);
  return actor;
}

function checkList(label: string, list: readonly KnownActor[], kind: KnownActor["kind"]) {
  test(`${label}: kind, country codes, unique names and forms, no tiny aliases`, () => {
    const seen = new Map<string, string>();
    for (const actor of list) {
      assert.equal(actor.kind, kind, actor.name);
      if (actor.country !== undefined) assert.ok(COUNTRY_CODES.has(actor.country), `${actor.name}: ${actor.country}`);
      for (const form of [actor.name, ...actor.aliases]) {
        assert.ok(form.length >= 3 || SHORT_ACRONYMS.has(form), `${actor.name}: short alias "${form}"`);
        assert.equal(form, form.trim(), `${actor.name}: untrimmed "${form}"`);
        const key = formKey(form);
        const other = seen.get(key);
        assert.ok(other === undefined || other === actor.name, `"${form}" names both ${other} and ${actor.name}`);
        seen.set(key, actor.name);
      }
    }
    assert.equal(new Set(list.map((a) => a.name)).size, list.length, "duplicate canonical names");
  });
}

checkList("government bodies", governmentBodies, "government");
checkList("companies", companies, "company");
checkList("organizations", organizations, "organization");

test("no form is claimed by two curated lists", () => {
  const owner = new Map<string, string>();
  for (const [label, list] of [["government", governmentBodies], ["company", companies], ["organization", organizations]] as const) {
    for (const actor of list) {
      for (const form of [actor.name, ...actor.aliases]) {
        const prev = owner.get(formKey(form));
        assert.ok(prev === undefined || prev.startsWith(label), `"${form}" is in ${prev} and ${label}`);
        owner.set(formKey(form), `${label}:${actor.name}`);
      }
    }
  }
});

test("government bodies carry the state they serve", () => {
  const mois = find(governmentBodies, "Ministry of Intelligence and Security");
  assert.equal(mois.country, "IR");
  assert.ok(mois.aliases.includes("MOIS"));
  assert.equal(find(governmentBodies, "Islamic Revolutionary Guard Corps").country, "IR");
  assert.equal(find(governmentBodies, "Reconnaissance General Bureau").country, "KP");
  assert.equal(find(governmentBodies, "Ministry of State Security").country, "CN");
  assert.equal(find(governmentBodies, "Albanian State Police").country, "AL");
  const dod = find(governmentBodies, "Department of Defense");
  assert.equal(dod.country, "US");
  assert.ok(dod.aliases.includes("Pentagon"));
  assert.ok(find(governmentBodies, "Department of the Treasury").aliases.includes("US Treasury"));
  assert.equal(find(governmentBodies, "National Cyber Security Centre").country, "GB", "NCSC defaults to the UK one");
  // Two bodies of one state stay distinct actors.
  assert.notEqual(find(governmentBodies, "GRU").name, find(governmentBodies, "Federal Security Service").name);
  assert.equal(find(governmentBodies, "GRU").country, "RU");
  assert.equal(find(governmentBodies, "Federal Security Service").country, "RU");
});

test("companies and organizations", () => {
  assert.equal(find(companies, "Kaspersky").country, "RU");
  assert.ok(find(companies, "Kaspersky").aliases.includes("Kaspersky Lab"));
  assert.equal(find(companies, "ESET").country, "SK");
  assert.equal(find(companies, "Check Point").country, "IL");
  assert.ok(find(companies, "Palo Alto Networks").aliases.includes("Unit 42"));
  assert.ok(find(companies, "Google").aliases.includes("Threat Analysis Group"));
  assert.equal(find(organizations, "NATO").country, undefined);
  assert.ok(find(organizations, "European Union").aliases.includes("EU"));
  assert.equal(find(organizations, "Democratic National Committee").country, "US");
  assert.equal(find(organizations, "Europol").kind, "organization");
});

test("generic bodies: lower-case forms, each form once, titles flagged", () => {
  const seen = new Set<string>();
  for (const body of genericBodies) {
    assert.equal(body.kind, "government");
    for (const form of body.forms) {
      assert.equal(form, form.toLowerCase(), form);
      assert.ok(!seen.has(form), `"${form}" listed twice`);
      seen.add(form);
    }
  }
  const byForm = (form: string) => genericBodies.find((b) => b.forms.includes(form));
  assert.equal(byForm("foreign ministry")?.label, "Ministry of Foreign Affairs");
  assert.equal(byForm("ministry of foreign affairs")?.label, "Ministry of Foreign Affairs");
  assert.equal(byForm("foreign ministry")?.title, undefined);
  assert.equal(byForm("foreign ministry spokesperson")?.title, true);
  assert.equal(byForm("spokesperson")?.title, true);
  assert.equal(byForm("state police")?.title, undefined);
  assert.equal(byForm("attorney general")?.title, true);
});

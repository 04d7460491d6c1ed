import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { countryCodeOf, GroupFileError, parseGroupFile } from "./group-files.js";
import { mispGalaxy, stixBundle } from "./fixtures/group-files.js";

const SHARED_GALAXY = "../shared/knowledge/misp-galaxy/threat-actor.json";

test("a MISP galaxy file gives groups with aliases, country from meta.country or the suspected sponsor", () => {
  const { format, groups, skipped } = parseGroupFile(JSON.stringify(mispGalaxy));
  assert.equal(format, "misp-galaxy");
  assert.deepEqual(groups, [
    // Vendor notes are trimmed here; junk such as "Russia" or "G1" is kept as data and cleaned before recognition.
    { name: "Mossy Kettle", aliases: ["MK-77", "Kettle Team", "Russia", "G1", "Group 12"], country: "RU", sponsor: "Russian Federation" },
    { name: "Amber Lynx", aliases: ["Lynx Unit"], country: "KP" },
    { name: "Pale Orchid", aliases: [], country: "KR", sponsor: "Korea (Republic of)" },
    { name: "Quiet Ferret", aliases: [] },
    { name: "Ash Harrier", aliases: ["Harrier Crew"] },
  ]);
  assert.deepEqual(skipped, ["[Unnamed group]: placeholder, not a group name"]);
});

test("a STIX bundle gives intrusion sets and non-state threat actors; country through located-at or the attributed state", () => {
  const { format, groups, skipped } = parseGroupFile(JSON.stringify(stixBundle));
  assert.equal(format, "stix-bundle");
  assert.deepEqual(groups, [
    { name: "Copper Wren", aliases: ["CW-9", "Wren Cluster"], country: "IR", sponsor: "Iran" },
    { name: "Slate Marten", aliases: [] },
    { name: "Tin Sparrow Collective", aliases: ["TSC"], country: "VN" },
  ]);
  assert.deepEqual(skipped.sort(), ["Dull Moth: revoked or deprecated", "Old Heron: revoked or deprecated"]);
});

test("files that are neither are refused with a reason", () => {
  assert.throws(() => parseGroupFile("{not json"), (e: unknown) => e instanceof GroupFileError && /not JSON/.test(e.message));
  assert.throws(() => parseGroupFile('{"type":"threat-actor"}'), /MISP galaxy cluster file .* or a STIX 2.1 bundle/);
  assert.throws(() => parseGroupFile("[1,2]"), GroupFileError);
});

test("country names in MISP's directory order resolve to ISO codes", () => {
  assert.equal(countryCodeOf("Iran (Islamic Republic of)"), "IR");
  assert.equal(countryCodeOf("Korea (Democratic People's Republic of)"), "KP");
  assert.equal(countryCodeOf("Russian Federation"), "RU");
  assert.equal(countryCodeOf("US"), "US");
  assert.equal(countryCodeOf("Atlantis"), undefined);
});

test("the shared MISP threat-actor galaxy imports with countries and sponsors", { skip: !existsSync(SHARED_GALAXY) && `${SHARED_GALAXY} is absent` }, () => {
  const { groups, skipped } = parseGroupFile(readFileSync(SHARED_GALAXY, "utf8"));
  assert.ok(groups.length > 900, `${groups.length} groups`);
  assert.ok(skipped.every((s) => s.includes("placeholder")), skipped.join("; "));
  const byName = new Map(groups.map((g) => [g.name, g]));
  assert.equal(byName.get("APT1")?.country, "CN");
  assert.ok(byName.get("APT1")?.aliases.includes("Comment Crew"));
  assert.equal(byName.get("APT33")?.country, "IR");
  assert.ok(groups.every((g) => g.country === undefined || /^[A-Z]{2}$/.test(g.country)));
  assert.equal(new Set(groups.map((g) => g.name)).size, groups.length, "no name twice");
});

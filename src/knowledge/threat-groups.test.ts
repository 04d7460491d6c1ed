import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { COUNTRY_CODES } from "./countries.js";
import { formKey } from "./forms.js";
import { threatGroups } from "./threat-groups.js";

function group(name: string) {
  const g = threatGroups.find((x) => x.name === name);
  assert.ok(g, `missing ${name}`);
  return g;
}
const hasAlias = (name: string, alias: string) => group(name).aliases.some((a) => formKey(a) === formKey(alias));

test("vendor naming equivalences for APT28", () => {
  const apt28 = group("APT28");
  assert.equal(apt28.country, "RU");
  for (const alias of ["Fancy Bear", "Sofacy", "Pawn Storm", "Strontium", "Sednit", "Tsar Team", "Forest Blizzard"]) {
    assert.ok(hasAlias("APT28", alias), alias);
  }
});

test("state links", () => {
  assert.equal(group("Lazarus Group").country, "KP");
  assert.equal(group("APT29").country, "RU");
  assert.equal(group("Charming Kitten").country, "IR");
  assert.ok(hasAlias("OilRig", "APT34"));
  assert.ok(hasAlias("APT29", "Cozy Bear"));
});

test("no alias is tiny, numeric, an annotation, a campaign or shared by two groups", () => {
  const owner = new Map<string, string>();
  for (const g of threatGroups) {
    assert.equal(g.kind, "group");
    if (g.country !== undefined) assert.ok(COUNTRY_CODES.has(g.country), `${g.name}: ${g.country}`);
    for (const alias of g.aliases) {
      assert.ok(alias.length >= 3, `${g.name}: "${alias}"`);
      assert.ok(!/^\d+$/.test(alias) && !alias.includes(":"), `${g.name}: "${alias}"`);
      assert.ok(!/^operation\s/i.test(alias), `${g.name}: campaign "${alias}" in aliases`);
      assert.ok(!/^(group|team)\s*\d{1,3}$/i.test(alias), `${g.name}: "${alias}"`);
    }
    for (const form of [g.name, ...g.aliases]) {
      const prev = owner.get(formKey(form));
      assert.ok(prev === undefined || prev === g.name, `"${form}" in ${prev} and ${g.name}`);
      owner.set(formKey(form), g.name);
    }
  }
});

test("curated lists win: units and front companies are not group aliases", () => {
  assert.ok(!hasAlias("APT1", "PLA Unit 61398"));
  assert.ok(!threatGroups.some((g) => g.name === "Unit 8200"));
});

test("generator filters a hand-written galaxy", () => {
  const dir = mkdtempSync(join(tmpdir(), "attrib-galaxy-"));
  try {
    const cluster = (value: string, meta: object) => ({ value, meta });
    writeFileSync(join(dir, "threat-actor.json"), JSON.stringify({ values: [
      cluster("Velvet Weasel", { synonyms: ["Snake", "Group 5", "Operation Quiet Night", "AB", "12345", "Iran", "Subgroup: X", "WEASEL-7", "Shared Name"], "cfr-suspected-state-sponsor": "Iran (Islamic Republic of)" }),
      cluster("Tick", { country: "JP", synonyms: ["Shared Name"] }),
      cluster("[Unnamed group]", { synonyms: ["Placeholder Gang"] }),
      cluster("Operation Dusk", { synonyms: ["Dusk Hunters (VendorX)"] }),
      cluster("Operation Dawn", {}),
    ] }));
    writeFileSync(join(dir, "mitre-intrusion-set.json"), JSON.stringify({ values: [
      { value: "Velvet Weasel - G9999", meta: { synonyms: ["Velvet Weasel", "Mitre Ferret"] } },
    ] }));
    const out = join(dir, "out.json");
    const script = fileURLToPath(new URL("../../scripts/generate-threat-groups.mjs", import.meta.url));
    execFileSync(process.execPath, [script, dir, out], { stdio: "pipe" });
    const groups = JSON.parse(readFileSync(out, "utf8")) as Array<Record<string, unknown>>;
    const weasel = groups.find((g) => g["name"] === "Velvet Weasel");
    assert.deepEqual(weasel, {
      name: "Velvet Weasel",
      kind: "group",
      country: "IR",
      aliases: ["WEASEL-7", "Mitre Ferret"],
      contextAliases: ["Snake"],
      campaigns: ["Operation Quiet Night"],
    });
    const tick = groups.find((g) => g["name"] === "Tick");
    assert.deepEqual(tick, { name: "Tick", kind: "group", country: "JP", aliases: [], ambiguousName: true });
    assert.deepEqual(groups.find((g) => g["name"] === "Dusk Hunters"), { name: "Dusk Hunters", kind: "group", aliases: [], campaigns: ["Operation Dusk"] });
    assert.equal(groups.length, 3, "placeholder and campaign-only clusters are dropped");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

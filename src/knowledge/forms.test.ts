import { test } from "node:test";
import assert from "node:assert/strict";
import { foldDiacritics, requiresExactCase, uniqueForms } from "./forms.js";

test("foldDiacritics strips marks and curls", () => {
  assert.equal(foldDiacritics("Élysée"), "Elysee");
  assert.equal(foldDiacritics("Côte d\u2019Ivoire"), "Cote d'Ivoire");
});

test("uniqueForms keeps the first spelling of each case/diacritic class", () => {
  assert.deepEqual(uniqueForms(["Türkiye", "Turkiye", "TÜRKIYE", "Turkey", " "]), ["Türkiye", "Turkey"]);
});

test("acronyms and CamelCase need exact case; ordinary names do not", () => {
  for (const form of ["US", "U.S.", "MOIS", "TAG", "APT28", "DoD", "OilRig"]) assert.equal(requiresExactCase(form), true, form);
  for (const form of ["Iran", "Fancy Bear", "Ministry of Intelligence", "Kremlin"]) assert.equal(requiresExactCase(form), false, form);
});

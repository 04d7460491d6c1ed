import assert from "node:assert/strict";
import { test } from "node:test";
import { runStages } from "../stage.js";
import { recognizeActors } from "./recognize-actors.js";
import { resolveReferences } from "./resolve-references.js";
import { segment } from "./segment.js";

const resolved = (text: string) =>
  runStages([segment, recognizeActors, resolveReferences], { article: { id: "t", text } }).mentions!
    .filter((m) => m.source === "descriptor" || m.source === "pronoun" || m.source === "name" || m.source === "body")
    .map((m) => [m.text, m.actor?.name ?? null]);

test("a regional descriptor binds to the state of that region in focus", () => {
  assert.deepEqual(resolved("Serbia accused Iran of a hack. The Balkan nation said the hack was serious."), [["The Balkan nation", "Serbia"]]);
});

test("'its NATO ally' is not the state 'its' stands for, and is a NATO member", () => {
  const r = resolved("Norway was attacked. The US on Friday sanctioned Iran over the attack on its NATO ally.");
  assert.deepEqual(r.find(([t]) => t === "its NATO ally"), ["its NATO ally", "Norway"]);
});

test("'the group' binds to the threat group named last", () => {
  assert.deepEqual(resolved("APT10 was blamed. The group denied it."), [["The group", "APT10"], ["it", "APT10"]]);
});

test("a surname binds to the official introduced in full", () => {
  const r = resolved("Iranian foreign ministry spokesman Saeed Hosseini spoke. Hosseini said the claims were lies.");
  assert.deepEqual(r.find(([t]) => t === "Hosseini"), ["Hosseini", "Saeed Hosseini"]);
});

test("'the country's state police' takes the country in focus", () => {
  const r = runStages([segment, recognizeActors, resolveReferences], { article: { id: "t", text: "Latvia said a cyberattack hit the country's state police." } });
  const police = r.mentions!.find((m) => m.source === "body")!;
  assert.equal(police.actor!.country, "LV");
  assert.equal(police.actor!.name, "Latvian State Police");
});

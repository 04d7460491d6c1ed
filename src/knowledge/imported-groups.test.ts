import { test } from "node:test";
import assert from "node:assert/strict";
import { knownActorsFromImports, loadImportedGroups } from "./imported-groups.js";

test("imported groups are cleaned like the built-in table before the recognizer sees them", () => {
  const actors = knownActorsFromImports([
    { name: "Mossy Kettle", aliases: ["MK-77", "Kettle Team", "Russia", "Russian", "Kremlin", "G1", "1234", "Group 12", "Operation Frostbite", "Note: see report"], country: "RU" },
    { name: "Quiet Ferret", aliases: ["FBI", "Ferret Crew"] },
  ]);
  assert.deepEqual(actors, [
    { name: "Mossy Kettle", kind: "group", country: "RU", aliases: ["MK-77", "Kettle Team"] },
    { name: "Quiet Ferret", kind: "group", aliases: ["Ferret Crew"] },
  ]);
});

test("a group the built-in table knows keeps its built-in name and country and adds only new forms", () => {
  const actors = knownActorsFromImports([
    { name: "Fancy Bear", aliases: ["APT28", "Sednit", "Velvet Heron"], country: "XA" },
    { name: "APT33", aliases: ["Peach Sandstorm"] }, // nothing new: no entry at all
  ]);
  assert.deepEqual(actors, [{ name: "APT28", kind: "group", country: "RU", aliases: ["Velvet Heron"] }]);
});

test("a form two imported groups share is dropped from both; a group with no usable form is dropped", () => {
  const actors = knownActorsFromImports([
    { name: "Copper Wren", aliases: ["Shared Shadow"] },
    { name: "Slate Marten", aliases: ["shared shadow"] },
    { name: "Iran", aliases: ["G7"] },
  ]);
  assert.deepEqual(actors, [
    { name: "Copper Wren", kind: "group", aliases: [] },
    { name: "Slate Marten", kind: "group", aliases: [] },
  ]);
});

test("loadImportedGroups reads from anything that lists imported groups", async () => {
  const actors = await loadImportedGroups({ listImportedGroups: async () => [{ name: "Amber Lynx", aliases: ["Lynx Unit"], country: "KP" }] });
  assert.deepEqual(actors, [{ name: "Amber Lynx", kind: "group", country: "KP", aliases: ["Lynx Unit"] }]);
});

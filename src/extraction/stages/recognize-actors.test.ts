import assert from "node:assert/strict";
import { test } from "node:test";
import { runStages } from "../stage.js";
import { recognizeActors } from "./recognize-actors.js";
import { segment } from "./segment.js";

const mentionsIn = (text: string) =>
  runStages([segment, recognizeActors], { article: { id: "t", text } }).mentions!.map((m) => ({
    text: m.text, source: m.source, name: m.actor?.name, kind: m.actor?.kind, country: m.actor?.country, modifier: !!m.modifier,
  }));

test("countries by name, capital, seat of power and official name are states", () => {
  const ms = mentionsIn("Tehran and the Kremlin traded words with the Islamic Republic of Iran and Russia.");
  assert.deepEqual(ms.map((m) => [m.name, m.kind, m.country]), [
    ["Iran", "state", "IR"], ["Russia", "state", "RU"], ["Iran", "state", "IR"], ["Russia", "state", "RU"],
  ]);
});

test("a demonym alone is a modifier; with a head it makes an actor of that country", () => {
  const ms = mentionsIn("Iranian hackers hit Ukrainian government ministries, officials said.");
  assert.deepEqual(ms[0], { text: "Iranian hackers", source: "composite", name: "Iranian hackers", kind: "group", country: "IR", modifier: false });
  assert.equal(ms[1]!.kind, "government");
  assert.equal(ms[1]!.country, "UA");
  assert.equal(mentionsIn("An Iranian ship docked.")[0]!.modifier, true);
});

test("government bodies take their country from a possessive or a demonym", () => {
  const [body] = mentionsIn("Estonia's foreign ministry summoned the envoy.");
  assert.equal(body!.kind, "government");
  assert.equal(body!.country, "EE");
  assert.match(body!.name!, /Ministry of Foreign Affairs/);
});

test("a title with a name is an official of that government", () => {
  const [official] = mentionsIn("Russian foreign ministry spokeswoman Anna Petrova spoke.");
  assert.deepEqual([official!.name, official!.kind, official!.country, official!.source], ["Anna Petrova", "government", "RU", "official"]);
});

test("threat groups and their aliases come from the galaxy with their country", () => {
  const ms = mentionsIn("Researchers tied Fancy Bear to the Lazarus Group.");
  const bear = ms.find((m) => m.text === "Fancy Bear")!;
  assert.equal(bear.kind, "group");
  assert.equal(bear.country, "RU");
  assert.equal(ms.find((m) => m.text === "Lazarus Group")!.country, "KP");
});

test("ordinary capitalized words at a sentence start are not names", () => {
  assert.deepEqual(mentionsIn("Hackers stole data."), []);
});

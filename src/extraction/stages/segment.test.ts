import assert from "node:assert/strict";
import { test } from "node:test";
import { runStages } from "../stage.js";
import { segment } from "./segment.js";

const analyse = (text: string) => runStages([segment], { article: { id: "t", text } });

test("a newline ends a sentence even without punctuation", () => {
  const a = analyse("Ministers met in the capital\nThe talks ended. Nobody spoke.");
  assert.deepEqual(
    a.sentences!.map((s) => a.article.text.slice(s.start, s.end)),
    ["Ministers met in the capital", "The talks ended.", "Nobody spoke."],
  );
  assert.deepEqual(a.sentences!.map((s) => s.paragraph), [0, 1, 1]);
});

test("tokens keep exact character offsets, lemmas and POS", () => {
  const text = "Officials  blamed Moscow’s hackers.";
  const a = analyse(text);
  for (const t of a.tokens!) assert.equal(text.slice(t.start, t.end), t.text);
  const blamed = a.tokens!.find((t) => t.text === "blamed")!;
  assert.equal(blamed.lemma, "blame");
  assert.equal(blamed.pos, "VERB");
});

test("an empty or blank text gives no sentences", () => {
  assert.deepEqual(analyse("").sentences, []);
  assert.deepEqual(analyse(" \n\n  ").sentences, []);
});

test("tokens do not depend on what was read before (wink caches odd forms like \"victim's'\")", () => {
  // A stray closing quote makes wink cache "victim's" as one word; later texts must still split it.
  analyse("Hackers could take control of a victim's' computer.");
  const words = analyse("They encrypt the victim's files.").tokens!.map((t) => [t.text, t.pos]);
  assert.deepEqual(words.slice(3, 6), [["victim", "NOUN"], ["'s", "PART"], ["files", "NOUN"]]);
});

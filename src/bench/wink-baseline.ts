import { existsSync, readFileSync } from "node:fs";
import { wink } from "../extraction/nlp.js";

/**
 * The floor under extraction's speed: wink-nlp alone (sentences, tokens, POS, lemmas) over the same
 * corpus, in a fresh process, first and second pass. Run by run.ts in a child process so that its
 * cache warming does not flatter extraction's first pass.
 */
const corpus = process.argv[2];
if (!corpus || !existsSync(corpus)) {
  console.error(`wink-baseline: ${corpus ?? "(no path)"} not found`);
  process.exit(2);
}
const texts = readFileSync(corpus, "utf8").split("\n").filter((l) => l.trim()).map((l) => String((JSON.parse(l) as { text?: unknown }).text ?? ""));
const nlp = wink();
const pass = () => {
  const t = performance.now();
  for (const text of texts)
    for (const para of text.split("\n")) {
      if (!para.trim()) continue;
      nlp.readDoc(para).sentences().each((s) => {
        const items = s.tokens();
        items.out();
        items.out(nlp.its.pos);
        items.out(nlp.its.lemma);
      });
    }
  return texts.length / ((performance.now() - t) / 1000);
};
const first = pass();
const second = pass();
console.log(`wink-nlp alone (reference): ${first.toFixed(0)} documents/s first pass, ${second.toFixed(0)} documents/s second pass`);

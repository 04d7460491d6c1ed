import { createRequire } from "node:module";

// wink-nlp and its model are CommonJS; one instance per process, because creating a second
// instance from the same model object corrupts the model's NER data.
const require = createRequire(import.meta.url);

export interface WinkToken {
  out(f?: unknown): string;
}
interface WinkItems<T> {
  each(cb: (item: T, index: number) => void): void;
  length(): number;
  out(f?: unknown): string[];
}
interface WinkSentence {
  out(): string;
  tokens(): WinkItems<WinkToken>;
}
export interface WinkDoc {
  sentences(): WinkItems<WinkSentence>;
  tokens(): WinkItems<WinkToken>;
}
export interface Wink {
  readDoc(text: string): WinkDoc;
  its: { pos: unknown; lemma: unknown; value: unknown; precedingSpaces: unknown; type: unknown; uniqueId: unknown };
}

let instance: Wink | undefined;
let lexiconSize = 0;
const commonCache = new Map<string, boolean>();

export function wink(): Wink {
  if (!instance) {
    const winkNLP = require("wink-nlp") as (model: unknown, pipe?: string[]) => Wink;
    const model = require("wink-eng-lite-web-model") as unknown;
    // Only the steps we use: sentence boundaries, POS (needed for lemmas too).
    instance = winkNLP(model, ["sbd", "pos"]);
    // Out-of-vocabulary words get ids from the lexicon's end on; a nonsense word shows where that is.
    lexiconSize = Number(instance.readDoc("qzxqvjwk").tokens().out(instance.its.uniqueId)[0]);
  }
  return instance;
}

/**
 * Whether a lower-case word is in the model's English lexicon ("forensic", "late"), so that a
 * capitalized sentence opener is not taken for a name. Stable whatever was read before, since
 * words outside the lexicon always get ids past its end.
 */
export function isCommonWord(lower: string): boolean {
  let known = commonCache.get(lower);
  if (known === undefined) {
    const nlp = wink();
    const ids = nlp.readDoc(lower).tokens().out(nlp.its.uniqueId);
    known = ids.length === 1 && Number(ids[0]) < lexiconSize;
    if (commonCache.size < 100_000) commonCache.set(lower, known);
  }
  return known;
}

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
  its: { pos: unknown; lemma: unknown; value: unknown; precedingSpaces: unknown; type: unknown };
}

let instance: Wink | undefined;

export function wink(): Wink {
  if (!instance) {
    const winkNLP = require("wink-nlp") as (model: unknown, pipe?: string[]) => Wink;
    const model = require("wink-eng-lite-web-model") as unknown;
    // Only the steps we use: sentence boundaries, POS (needed for lemmas too).
    instance = winkNLP(model, ["sbd", "pos"]);
  }
  return instance;
}

import type { Article, Extraction } from "../domain/index.js";

/** Placeholder until the pipeline lands: the public entry point other modules build on. */
export function extract(article: Article): Extraction {
  const { text: _text, ...document } = article;
  return { document, events: [] };
}

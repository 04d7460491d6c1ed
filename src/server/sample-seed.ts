import { extract, EXTRACTOR_VERSION } from "../extraction/extract.js";
import { loadSampleArticles } from "../samples/sample-data.js";
import type { Store } from "../store/index.js";

/** Fills an empty store with the project's sample articles, so a first `serve` shows a populated app. Returns how many were loaded. */
export async function loadSamplesIfEmpty(store: Store): Promise<number> {
  if ((await store.stats()).documents > 0) return 0;
  const articles = loadSampleArticles();
  for (const article of articles) await store.saveExtraction(article, extract(article), { extractionVersion: EXTRACTOR_VERSION, relink: false });
  await store.relink();
  return articles.length;
}

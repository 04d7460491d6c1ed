/**
 * Test-only: fills a store the way `attrib ingest` does (extract, save without relinking, relink once),
 * from JSONL files of {id, title, published, url, text} documents.
 */
import { existsSync, readFileSync } from "node:fs";
import { articleSchema, type Article } from "../domain/index.js";
import { EXTRACTOR_VERSION, extract } from "../extraction/extract.js";
import type { Store } from "../store/index.js";

export const SHARED = "../shared";
export const DEV_CORPUS = `${SHARED}/corpus/attribution-dev/documents.jsonl`;
export const SEED = `${SHARED}/corpus/seed-article.jsonl`;
export const SEED_GOLD = `${SHARED}/corpus/seed-article.gold.jsonl`;
export const STIX_SCHEMAS = `${SHARED}/stix2.1-schemas/schemas`;

/** Why a test that needs ../shared cannot run, or false when it can. */
export function sharedMissing(...paths: string[]): string | false {
  const absent = paths.filter((p) => !existsSync(p));
  return absent.length > 0 ? `shared files absent (${absent.join(", ")}); run from a checkout next to ../shared` : false;
}

export function readJsonlArticles(path: string): Article[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const raw = JSON.parse(l) as Record<string, unknown>;
      // Some corpus lines carry an empty title: no title.
      if (raw.title === "") delete raw.title;
      const { id, title, published, url, text } = raw;
      return articleSchema.parse({ id, title, published, url, text });
    });
}

export async function loadArticles(store: Store, articles: readonly Article[]): Promise<void> {
  for (const article of articles) {
    const { document: _document, events } = extract(article);
    const { text: _text, ...document } = article;
    await store.saveExtraction(article, { document, events }, { extractionVersion: EXTRACTOR_VERSION, relink: false });
  }
  await store.relink();
}

import type { Article } from "../domain/index.js";
import { extract, EXTRACTOR_VERSION } from "../extraction/extract.js";
import type { SourceResult } from "../ingest/index.js";
import { contentHash, StoreError, type Store } from "../store/index.js";

/** What happened to one input item. */
export type ItemOutcome =
  | { kind: "stored"; origin: string; documentId: string; events: number; newVersion: boolean }
  /** Stored with its language, not extracted: the pipeline reads English only. */
  | { kind: "flagged"; origin: string; documentId: string; language: string }
  /** The same text is already stored: nothing written, nothing extracted. */
  | { kind: "unchanged"; origin: string }
  | { kind: "failed"; origin: string; reason: string };

export interface LoadSummary {
  items: number;
  stored: number;
  /** Of the stored: changed texts at the URL or id of a stored document, kept as its next version. */
  newVersions: number;
  flagged: number;
  unchanged: number;
  failed: number;
  /** Machine events written. */
  events: number;
  seconds: number;
}

export interface LoadOptions {
  /** Called after each item, for progress and logs. */
  onItem?: (outcome: ItemOutcome, summary: LoadSummary) => void;
  /**
   * Regroup incidents after this many new documents (and always at the end). Relinking reads every
   * event (~0.1 s for 1 000 documents), so relinking per document would make a bulk load quadratic.
   */
  relinkEvery?: number;
  extractionVersion?: string;
}

export const DEFAULT_RELINK_EVERY = 250;

/** Documents the extraction pipeline reads: English, or too short to tell ("und"), or unlabelled. */
export function isExtractable(language: string | undefined): boolean {
  return language === undefined || language === "en" || language === "und";
}

export function emptySummary(): LoadSummary {
  return { items: 0, stored: 0, newVersions: 0, flagged: 0, unchanged: 0, failed: 0, events: 0, seconds: 0 };
}

/**
 * Source results → language check → extraction → store, one transaction per document, so a killed
 * run leaves whole documents only; a rerun skips the texts already stored (content hash) before
 * extracting them. A bad item is reported and the batch goes on; a store that fails for any other
 * reason than the item's content (connection lost, disk full) ends the run with that error.
 */
export async function loadArticles(store: Store, results: AsyncIterable<SourceResult>, options: LoadOptions = {}): Promise<LoadSummary> {
  const summary = emptySummary();
  const started = performance.now();
  const relinkEvery = options.relinkEvery ?? DEFAULT_RELINK_EVERY;
  const version = options.extractionVersion ?? EXTRACTOR_VERSION;
  let sinceRelink = 0;
  for await (const result of results) {
    const outcome = result.ok ? await loadOne(store, result.article, result.origin, version) : failed(result.origin, result.error.message);
    summary.items++;
    if (outcome.kind === "stored") {
      summary.stored++;
      if (outcome.newVersion) summary.newVersions++;
      summary.events += outcome.events;
      sinceRelink++;
    } else summary[outcome.kind]++;
    summary.seconds = (performance.now() - started) / 1000;
    options.onItem?.(outcome, summary);
    if (sinceRelink >= relinkEvery) {
      await store.relink();
      sinceRelink = 0;
    }
  }
  // needsRelink() also catches the documents a killed earlier run stored without relinking.
  if (sinceRelink > 0 || (await store.needsRelink())) await store.relink();
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

async function loadOne(store: Store, article: Article, origin: string, version: string): Promise<ItemOutcome> {
  try {
    if (await store.hasDocumentHash(contentHash(article.text))) return { kind: "unchanged", origin };
    if (!isExtractable(article.language)) {
      const put = await store.putDocument(article);
      return { kind: "flagged", origin, documentId: put.id, language: article.language ?? "und" };
    }
    let extraction;
    try {
      extraction = extract(article);
    } catch (error) {
      return failed(origin, `extraction failed: ${(error as Error).message}`);
    }
    const saved = await store.saveExtraction(article, extraction, { relink: false, extractionVersion: version });
    return { kind: "stored", origin, documentId: saved.id, events: saved.written, newVersion: saved.status === "new-version" };
  } catch (error) {
    if (error instanceof StoreError && error.code === "invalid_input") return failed(origin, error.message);
    throw error;
  }
}

/** Failure with the reason only (source errors start with their origin; that part is dropped). */
function failed(origin: string, message: string): ItemOutcome {
  const reason = message.startsWith(`${origin}: `) ? message.slice(origin.length + 2) : message;
  return { kind: "failed", origin, reason };
}

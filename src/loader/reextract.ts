import type { Article } from "../domain/index.js";
import { extract, EXTRACTOR_VERSION } from "../extraction/extract.js";
import type { Store } from "../store/index.js";
import { DEFAULT_RELINK_EVERY, isExtractable } from "./load-articles.js";

export interface ReextractOptions {
  /** Re-extract every English document, not only those made by another extractor version. */
  all?: boolean;
  extractionVersion?: string;
  relinkEvery?: number;
  onDocument?: (done: { id: string; events: number; kept: number } | { id: string; error: string }, progress: ReextractSummary) => void;
}

export interface ReextractSummary {
  /** Current documents in the store. */
  documents: number;
  /** Documents re-extracted. */
  reextracted: number;
  /** Documents left alone: already at this version, or not English. */
  skipped: number;
  failed: number;
  /** Machine events written. */
  events: number;
  /** Events a person added or reviewed, kept as they were. */
  kept: number;
  seconds: number;
}

/**
 * Runs the current pipeline again over stored documents. saveExtraction replaces the untouched machine
 * events of each document in one transaction and keeps what a person reviewed, so an interrupted run
 * can simply be started again: finished documents carry the new version and are skipped.
 */
export async function reextract(store: Store, options: ReextractOptions = {}): Promise<ReextractSummary> {
  const version = options.extractionVersion ?? EXTRACTOR_VERSION;
  const started = performance.now();
  const docs = await store.listDocuments();
  const summary: ReextractSummary = { documents: docs.length, reextracted: 0, skipped: 0, failed: 0, events: 0, kept: 0, seconds: 0 };
  let sinceRelink = 0;
  for (const ref of docs) {
    if (!isExtractable(ref.language) || (!options.all && ref.extractionVersion === version)) {
      summary.skipped++;
      continue;
    }
    const stored = await store.getDocument(ref.id);
    if (!stored) continue; // superseded meanwhile by a concurrent ingest
    const { id, title, published, url, language, text } = stored.document;
    const article: Article = { id, text, ...(title ? { title } : {}), ...(published ? { published } : {}), ...(url ? { url } : {}), ...(language ? { language } : {}) };
    try {
      const saved = await store.saveExtraction(article, extract(article), { relink: false, extractionVersion: version });
      summary.reextracted++;
      summary.events += saved.written;
      summary.kept += saved.kept;
      sinceRelink++;
      summary.seconds = (performance.now() - started) / 1000;
      options.onDocument?.({ id, events: saved.written, kept: saved.kept }, summary);
    } catch (error) {
      summary.failed++;
      summary.seconds = (performance.now() - started) / 1000;
      options.onDocument?.({ id, error: (error as Error).message }, summary);
    }
    if (sinceRelink >= (options.relinkEvery ?? DEFAULT_RELINK_EVERY)) {
      await store.relink();
      sinceRelink = 0;
    }
  }
  if (sinceRelink > 0 || (await store.needsRelink())) await store.relink();
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

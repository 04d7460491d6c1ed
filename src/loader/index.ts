/** Runs articles through the language check and extraction into the store: bulk ingest and re-extraction. */
export { loadArticles, isExtractable, emptySummary, DEFAULT_RELINK_EVERY, type ItemOutcome, type LoadOptions, type LoadSummary } from "./load-articles.js";
export { reextract, type ReextractOptions, type ReextractSummary } from "./reextract.js";

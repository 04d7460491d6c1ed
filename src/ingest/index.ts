export { readSources, SOURCES, FILE_SOURCES } from "./read-sources.js";
export {
  resolveIngestOptions,
  isCalendarDate,
  type IngestOptions,
  type ResolvedIngestOptions,
  type Source,
  type SourceResult,
} from "./source.js";
export { IngestError, type IngestErrorCode } from "./ingest-error.js";
export { detectLanguage } from "./language.js";
export { htmlToArticle, htmlFragmentToText } from "./html-source.js";
export { textToArticle } from "./text-source.js";
export { parseFeed, type FeedItem } from "./feed-items.js";
export { fetchDocument, type FetchedDocument } from "./url-fetch.js";
export { isBlockedAddress } from "./blocked-addresses.js";
export { normalizeDate } from "./dates.js";

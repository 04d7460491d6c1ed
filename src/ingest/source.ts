import type { Article } from "../domain/index.js";
import { IngestError } from "./ingest-error.js";

/** One input's outcome: a batch reports every item and goes on past bad ones. */
export type SourceResult =
  | { ok: true; article: Article; origin: string }
  | { ok: false; origin: string; error: IngestError };

export interface IngestOptions {
  /** Publication date (YYYY-MM-DD) for articles whose source gives none. */
  published?: string;
  /** Largest file or HTTP body read, in bytes (default 20 MB for files, 10 MB for bodies). */
  maxBytes?: number;
  /** Largest HTTP body, in bytes (default 10 MB); overrides maxBytes for URLs. */
  maxBodyBytes?: number;
  /** Per-URL time limit in milliseconds, DNS and body included (default 15 000). */
  timeoutMs?: number;
  /** Redirects followed per URL (default 5). */
  maxRedirects?: number;
  /** Allow fetching loopback, private and link-local addresses (off by default: SSRF guard). */
  allowPrivate?: boolean;
  /** Fetch the linked page of feed items that carry no full text. */
  fetchLinks?: boolean;
}

export interface ResolvedIngestOptions {
  published: string | undefined;
  maxFileBytes: number;
  maxBodyBytes: number;
  timeoutMs: number;
  maxRedirects: number;
  allowPrivate: boolean;
  fetchLinks: boolean;
}

export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_REDIRECTS = 5;

/**
 * Fills defaults and validates options. Throws RangeError on a bad option: that is a caller
 * mistake affecting the whole batch, not one input.
 */
export function resolveIngestOptions(options: IngestOptions = {}): ResolvedIngestOptions {
  if (options.published !== undefined && !isCalendarDate(options.published)) {
    throw new RangeError(`published: expected a date as YYYY-MM-DD, found "${options.published}"`);
  }
  return {
    published: options.published,
    maxFileBytes: positive("maxBytes", options.maxBytes) ?? DEFAULT_MAX_FILE_BYTES,
    maxBodyBytes: positive("maxBodyBytes", options.maxBodyBytes) ?? positive("maxBytes", options.maxBytes) ?? DEFAULT_MAX_BODY_BYTES,
    timeoutMs: positive("timeoutMs", options.timeoutMs) ?? DEFAULT_TIMEOUT_MS,
    maxRedirects: nonNegative("maxRedirects", options.maxRedirects) ?? DEFAULT_MAX_REDIRECTS,
    allowPrivate: options.allowPrivate ?? false,
    fetchLinks: options.fetchLinks ?? false,
  };
}

/** True for an existing calendar day written YYYY-MM-DD (rejects 2023-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function positive(name: string, value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name}: expected a positive number, found ${value}`);
  return value;
}

function nonNegative(name: string, value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name}: expected a whole number >= 0, found ${value}`);
  return value;
}

/**
 * A kind of input (text file, HTML file, JSONL, feed, URL). read-sources picks the first source
 * that accepts an input; a source yields one result per article or per failure, never throws.
 */
export interface Source {
  readonly name: string;
  accepts(input: string): boolean;
  read(input: string, options: ResolvedIngestOptions): AsyncIterable<SourceResult>;
}

export function success(article: Article, origin: string): SourceResult {
  return { ok: true, article, origin };
}

export function failure(error: IngestError): SourceResult {
  return { ok: false, origin: error.origin, error };
}

import { existsSync } from "node:fs";
import { createDirectorySource } from "./directory-source.js";
import { feedSource } from "./feed-source.js";
import { htmlSource } from "./html-source.js";
import { IngestError, toIngestError } from "./ingest-error.js";
import { jsonlSource } from "./jsonl-source.js";
import { failure, resolveIngestOptions, type IngestOptions, type Source, type SourceResult } from "./source.js";
import { textSource } from "./text-source.js";
import { urlSource } from "./url-source.js";

/** Sources for single files, chosen by extension. */
export const FILE_SOURCES: readonly Source[] = [textSource, htmlSource, jsonlSource, feedSource];
/** Every source, in the order inputs are matched against them. */
export const SOURCES: readonly Source[] = [urlSource, createDirectorySource(FILE_SOURCES), ...FILE_SOURCES];

/**
 * Reads files, directories, feeds and URLs into articles, in input order, one result per
 * article or per failure: a bad input never stops the batch. Throws (RangeError) only for
 * invalid options, before reading anything.
 */
export async function* readSources(inputs: readonly string[], options: IngestOptions = {}): AsyncGenerator<SourceResult> {
  const resolved = resolveIngestOptions(options);
  for (const input of inputs) {
    // "ftp://host/a.txt" must not be taken for a file path ending in .txt.
    const source = isOtherUrl(input) ? undefined : SOURCES.find((candidate) => candidate.accepts(input));
    if (!source) {
      yield failure(unreadable(input));
      continue;
    }
    try {
      yield* source.read(input, resolved);
    } catch (error) {
      // Sources report their own failures; this only catches bugs, which still must not end the batch.
      yield failure(toIngestError(error, input));
    }
  }
}

function isOtherUrl(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input) && !/^https?:\/\//i.test(input);
}

function unreadable(input: string): IngestError {
  if (isOtherUrl(input)) {
    return new IngestError("unsupported_type", input, "only http and https URLs are fetched");
  }
  if (!existsSync(input)) return new IngestError("not_found", input, "no such file or directory");
  return new IngestError(
    "unsupported_type",
    input,
    "unknown file type; expected .txt .md .html .htm .jsonl .xml .rss .atom, a directory or an http(s) URL",
  );
}

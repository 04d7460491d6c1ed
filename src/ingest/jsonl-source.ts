import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { extname } from "node:path";
import type { Article } from "../domain/index.js";
import { fileArticleId } from "./article-id.js";
import { normalizeDate } from "./dates.js";
import { decodeText } from "./decode-text.js";
import { IngestError, toIngestError } from "./ingest-error.js";
import { detectLanguage } from "./language.js";
import { tooLarge } from "./read-file.js";
import { failure, success, type ResolvedIngestOptions, type Source } from "./source.js";

const EXTENSIONS = new Set([".jsonl", ".ndjson"]);

/**
 * JSON Lines, one article per line: {"id","title","published","url","text"} (extra fields
 * ignored). Streamed line by line; a bad line yields an error naming file:line and the rest go on.
 * The text is kept exactly as given, since gold annotations index into it.
 */
export const jsonlSource: Source = {
  name: "jsonl",
  accepts: (input) => EXTENSIONS.has(extname(input).toLowerCase()),
  async *read(path, options) {
    let lineCount = 0;
    let sawContent = false;
    try {
      const info = await stat(path);
      if (info.size > options.maxFileBytes) throw tooLarge(path, info.size, options.maxFileBytes);
      if (info.size === 0) throw new IngestError("empty", path, "file is empty");
      for await (const line of readLines(path, options.maxFileBytes)) {
        lineCount++;
        const origin = `${path}:${lineCount}`;
        try {
          const text = decodeText(line, origin);
          if (text.trim() === "") continue;
          sawContent = true;
          yield success(parseArticleLine(text, origin, path, options), origin);
        } catch (error) {
          sawContent = true;
          yield failure(toIngestError(error, origin));
        }
      }
      if (!sawContent) yield failure(new IngestError("empty", path, "no JSON lines, only blank ones"));
    } catch (error) {
      yield failure(toIngestError(error, path));
    }
  },
};

/** Lines as raw bytes (decoded per line, so one bad line does not spoil the file); at most maxBytes read. */
async function* readLines(path: string, maxBytes: number): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let total = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) throw tooLarge(path, total, maxBytes);
    let start = 0;
    for (let newline = chunk.indexOf(10); newline !== -1; newline = chunk.indexOf(10, start)) {
      pending.push(chunk.subarray(start, newline));
      yield stripCarriageReturn(Buffer.concat(pending));
      pending = [];
      start = newline + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length > 0) yield stripCarriageReturn(Buffer.concat(pending));
}

function stripCarriageReturn(line: Buffer): Buffer {
  return line.length > 0 && line[line.length - 1] === 13 ? line.subarray(0, -1) : line;
}

function parseArticleLine(line: string, origin: string, path: string, options: ResolvedIngestOptions): Article {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new IngestError("bad_json", origin, `invalid JSON: ${(error as Error).message}`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new IngestError("bad_json", origin, `expected a JSON object, found ${Array.isArray(value) ? "an array" : typeof value}`);
  }
  const record = value as Record<string, unknown>;
  const text = record.text;
  if (typeof text !== "string") throw new IngestError("bad_json", origin, `expected a "text" string, found ${describe(text)}`);
  if (text.trim() === "") throw new IngestError("empty", origin, `"text" is empty`);

  const id = record.id;
  if (id !== undefined && typeof id !== "string" && typeof id !== "number") {
    throw new IngestError("bad_json", origin, `expected "id" to be a string, found ${describe(id)}`);
  }
  const article: Article = {
    id: id === undefined || id === "" ? fileArticleId(path, text) : String(id),
    text,
  };
  const title = optionalString(record, "title", origin);
  if (title) article.title = title;
  const publishedRaw = optionalString(record, "published", origin);
  const published = normalizeDate(publishedRaw);
  if (publishedRaw && !published) throw new IngestError("bad_json", origin, `"published" is not a date: "${publishedRaw}"`);
  if (published ?? options.published) article.published = published ?? options.published;
  const url = optionalString(record, "url", origin);
  if (url) article.url = url;
  article.language = optionalString(record, "language", origin) || detectLanguage(text);
  return article;
}

function optionalString(record: Record<string, unknown>, key: string, origin: string): string | undefined {
  const value = record[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw new IngestError("bad_json", origin, `expected "${key}" to be a string, found ${describe(value)}`);
  return value.trim() || undefined;
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  return Array.isArray(value) ? "an array" : typeof value;
}

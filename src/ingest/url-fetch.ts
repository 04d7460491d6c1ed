import { assertPublicHost } from "./blocked-addresses.js";
import { charsetFromContentType, decodeText, sniffDeclaredCharset } from "./decode-text.js";
import { IngestError } from "./ingest-error.js";
import { tooLarge } from "./read-file.js";
import type { ResolvedIngestOptions } from "./source.js";

export type FetchedKind = "html" | "text" | "feed";

export interface FetchedDocument {
  /** Address after redirects. */
  url: string;
  kind: FetchedKind;
  contentType: string;
  text: string;
}

const KINDS: Record<string, FetchedKind> = {
  "text/html": "html",
  "application/xhtml+xml": "html",
  "text/plain": "text",
  "application/rss+xml": "feed",
  "application/atom+xml": "feed",
  "application/rdf+xml": "feed",
  "application/feed+xml": "feed",
  "application/xml": "feed",
  "text/xml": "feed",
};

const HEADERS = {
  accept: "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8",
  "user-agent": "attrib-ingest/0.1 (news reader for research)",
};

/**
 * Fetches a text document over http(s) with the SSRF and resource guards this tool needs:
 * every hop's host is resolved and refused if internal (unless allowPrivate); redirects are
 * followed by hand and capped; one deadline covers DNS, connection and body; the body is
 * streamed and cut off past maxBodyBytes; only HTML, plain text and RSS/Atom/XML are accepted.
 * Throws IngestError (fetch_failed, timeout, too_large, blocked_address, unsupported_type,
 * binary, bad_encoding, empty).
 *
 * Known gap: the address checked is resolved separately from the one fetch connects to, so a
 * DNS server answering differently within milliseconds (rebinding) is not stopped.
 */
export async function fetchDocument(url: string, options: ResolvedIngestOptions, origin = url): Promise<FetchedDocument> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener("abort", () => reject(new IngestError("timeout", origin, `no complete answer within ${options.timeoutMs} ms`)));
  });
  aborted.catch(() => {}); // only observed when raced

  try {
    let current = parseHttpUrl(url, origin);
    for (let redirects = 0; ; redirects++) {
      if (!options.allowPrivate) await Promise.race([assertPublicHost(current.hostname, origin), aborted]);
      const response = await fetch(current, { redirect: "manual", signal: controller.signal, headers: HEADERS });
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (redirects >= options.maxRedirects) {
          throw new IngestError("fetch_failed", origin, `more than ${options.maxRedirects} redirects (last to ${location})`);
        }
        current = parseHttpUrl(new URL(location, current).href, origin);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new IngestError("fetch_failed", origin, `HTTP ${response.status} ${response.statusText} from ${current.href}`);
      }
      return await readDocument(response, current.href, options, origin);
    }
  } catch (error) {
    if (timedOut) throw new IngestError("timeout", origin, `no complete answer within ${options.timeoutMs} ms`, { cause: error });
    if (error instanceof IngestError) throw error;
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message ?? (error as Error).message;
    throw new IngestError("fetch_failed", origin, `request failed: ${detail}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

async function readDocument(response: Response, url: string, options: ResolvedIngestOptions, origin: string): Promise<FetchedDocument> {
  const contentType = response.headers.get("content-type") ?? "";
  const mediaType = contentType.split(";")[0]!.trim().toLowerCase();
  let kind = KINDS[mediaType];
  if (mediaType && !kind) {
    await response.body?.cancel();
    throw new IngestError("unsupported_type", origin, `content type "${mediaType}" is not HTML, plain text or an RSS/Atom feed`);
  }
  const declaredLength = Number(response.headers.get("content-length"));
  if (declaredLength > options.maxBodyBytes) {
    await response.body?.cancel();
    throw tooLarge(origin, declaredLength, options.maxBodyBytes);
  }
  const bytes = await readBodyLimited(response, options.maxBodyBytes, origin);
  if (bytes.length === 0) throw new IngestError("empty", origin, "empty response body");
  const text = decodeText(bytes, origin, charsetFromContentType(contentType) ?? (kind === "text" ? undefined : sniffDeclaredCharset(bytes)));
  kind ??= sniffKind(text, origin);
  return { url, kind, contentType: mediaType, text };
}

async function readBodyLimited(response: Response, maxBytes: number, origin: string): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw new IngestError("too_large", origin, `response body is over the limit of ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Kind of an answer sent without a Content-Type, from its first markup. */
function sniffKind(text: string, origin: string): FetchedKind {
  const head = text.slice(0, 1024).trimStart().toLowerCase();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:rdf)[\s>]/.test(head)) return "feed";
  if (/^(<!doctype html|<html|<head|<body)/.test(head)) return "html";
  throw new IngestError("unsupported_type", origin, "no content type, and the body is neither HTML nor a feed");
}

function parseHttpUrl(value: string, origin: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new IngestError("fetch_failed", origin, `not a valid URL: "${value}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new IngestError("unsupported_type", origin, `only http and https URLs are fetched, not ${url.protocol}`);
  }
  return url;
}

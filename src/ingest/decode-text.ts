import { IngestError } from "./ingest-error.js";

/** Share of control bytes (other than tab, newlines, form feed, escape) above which bytes are not text. */
const MAX_CONTROL_SHARE = 0.05;
/** Share of invalid UTF-8 above which undeclared bytes are called binary rather than mis-encoded. */
const MAX_INVALID_SHARE = 0.1;
const SAMPLE_BYTES = 64 * 1024;

/**
 * Decodes bytes to text, refusing what is not text. The encoding comes from a byte-order mark,
 * else the declared charset (HTTP header, meta or XML declaration), else UTF-8.
 * Throws IngestError 'binary' (NUL or control bytes, mostly invalid UTF-8) or 'bad_encoding'
 * (unknown charset, or bytes that do not match it).
 */
export function decodeText(bytes: Uint8Array, origin: string, declaredCharset?: string): string {
  const bom = byteOrderMark(bytes);
  if (!bom) assertLooksLikeText(bytes, origin);
  const label = bom ?? normalizeCharset(declaredCharset) ?? "utf-8";

  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new IngestError("bad_encoding", origin, `unknown character encoding "${label}"`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    if (label !== "utf-8" || declaredCharset) {
      throw new IngestError("bad_encoding", origin, `bytes are not valid ${label}`);
    }
    const decoded = new TextDecoder("utf-8").decode(bytes);
    const invalid = decoded.match(/\uFFFD/g)?.length ?? 0;
    if (invalid / decoded.length > MAX_INVALID_SHARE) {
      throw new IngestError("binary", origin, "not text: most bytes are not valid UTF-8");
    }
    throw new IngestError(
      "bad_encoding",
      origin,
      `not valid UTF-8 (${invalid} invalid byte sequence${invalid === 1 ? "" : "s"}); convert it to UTF-8`,
    );
  }
}

function assertLooksLikeText(bytes: Uint8Array, origin: string): void {
  // The whole buffer, not a sample: later stages may rely on text never holding NUL.
  if (bytes.indexOf(0) !== -1) throw new IngestError("binary", origin, "not text: contains NUL bytes");
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let control = 0;
  for (const byte of sample) {
    // 9-13 are tab and line breaks, 27 is ESC (ANSI colours in logs): all fine in text.
    if (byte < 32 && !(byte >= 9 && byte <= 13) && byte !== 27) control++;
  }
  if (sample.length > 0 && control / sample.length > MAX_CONTROL_SHARE) {
    throw new IngestError("binary", origin, "not text: too many control bytes");
  }
}

function byteOrderMark(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

function normalizeCharset(charset: string | undefined): string | undefined {
  const label = charset?.trim().replace(/^["']|["']$/g, "").toLowerCase();
  if (!label) return undefined;
  // A UTF-16 label on bytes without a BOM is a mislabelled ASCII-compatible page (HTML spec rule).
  if (label.startsWith("utf-16") || label === "unicode") return "utf-8";
  return label;
}

/** The charset parameter of a Content-Type header value. */
export function charsetFromContentType(contentType: string | null | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? "");
  return match?.[2];
}

/** Charset declared inside a document's first bytes: HTML <meta charset>, http-equiv, or the XML declaration. */
export function sniffDeclaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const xml = /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return xml[1];
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9._:-]+)/i.exec(head);
  return meta?.[1];
}

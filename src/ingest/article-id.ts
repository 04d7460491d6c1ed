import { createHash } from "node:crypto";
import { basename, extname } from "node:path";

/** First 12 hex digits of SHA-256: short, and collisions stay negligible at corpus scale. */
export function shortHash(value: string): string {
  return createHash("sha256").update(value).digest("hex").slice(0, 12);
}

/** Lowercase ASCII words joined by "-", at most 40 characters. */
export function slug(value: string): string {
  const words = value
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return words.slice(0, 40).replace(/-+$/, "") || "doc";
}

/** Id of an article read from a file: file name plus content hash, so it is stable across machines and runs. */
export function fileArticleId(path: string, text: string): string {
  const name = basename(path, extname(path));
  return `${slug(name)}-${shortHash(text)}`;
}

/** Id of an article identified by a URL (feed link, fetched page): stable however often it is fetched. */
export function urlArticleId(url: string): string {
  let host = "url";
  try {
    host = new URL(url).hostname;
  } catch {
    // not a URL (e.g. a feed guid): the hash alone identifies it
  }
  return `${slug(host)}-${shortHash(url)}`;
}

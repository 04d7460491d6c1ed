import { extname } from "node:path";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { Article } from "../domain/index.js";
import { fileArticleId, urlArticleId } from "./article-id.js";
import { decodeText, sniffDeclaredCharset } from "./decode-text.js";
import { readHtmlMetadata } from "./html-metadata.js";
import { domToText } from "./html-text.js";
import { IngestError, toIngestError } from "./ingest-error.js";
import { detectLanguage } from "./language.js";
import { readFileLimited } from "./read-file.js";
import { failure, success, type ResolvedIngestOptions, type Source } from "./source.js";

const EXTENSIONS = new Set([".html", ".htm", ".xhtml"]);
/** Navigation is never article text; removed before Readability so it cannot fall back to it. */
const NAVIGATION_SELECTOR = "nav, menu, [role=navigation]";
/** Page chrome also dropped when Readability finds no article and the whole body is used instead. */
const CHROME_SELECTOR = "header, footer, aside, [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true]";

/** Saved web pages: one article each. */
export const htmlSource: Source = {
  name: "html",
  accepts: (input) => EXTENSIONS.has(extname(input).toLowerCase()),
  async *read(path, options) {
    try {
      const bytes = await readFileLimited(path, options.maxFileBytes);
      const html = decodeText(bytes, path, sniffDeclaredCharset(bytes));
      yield success(htmlToArticle(html, { origin: path, options }), path);
    } catch (error) {
      yield failure(toIngestError(error, path));
    }
  },
};

export interface HtmlContext {
  /** File path or URL the HTML came from, for ids and messages. */
  origin: string;
  /** Address the page was fetched from: base for relative links and fallback url. */
  pageUrl?: string;
  options: ResolvedIngestOptions;
}

/**
 * The article in an HTML page: body text via Readability (boilerplate such as navigation,
 * ads and footers removed), one paragraph per line; metadata from meta tags, JSON-LD and <time>.
 * Throws IngestError 'empty' when no text is found.
 */
export function htmlToArticle(html: string, context: HtmlContext): Article {
  const document = parseHtmlDocument(html);
  const meta = readHtmlMetadata(document, context.pageUrl);
  removeAll(document, NAVIGATION_SELECTOR);
  const parsed = runReadability(document);
  const title = meta.title ?? (parsed?.title?.trim() || undefined);
  let text = parsed ? domToText(parseHTML(`<html><body>${parsed.content}</body></html>`).document.body) : "";
  if (!text) text = bodyTextWithoutChrome(html);
  text = withoutLeadingTitle(text, title);
  if (!text) throw new IngestError("empty", context.origin, "no article text found in the HTML");

  const id = context.pageUrl ? urlArticleId(meta.url ?? context.pageUrl) : fileArticleId(context.origin, text);
  const article: Article = { id, text, language: detectLanguage(text) };
  if (title) article.title = title;
  const published = meta.published ?? context.options.published;
  if (published) article.published = published;
  if (meta.url) article.url = meta.url;
  return article;
}

/** The headline repeated as the body's first line is metadata, not text (as in the JSONL corpora). */
function withoutLeadingTitle(text: string, title: string | undefined): string {
  const newline = text.indexOf("\n");
  if (!title || newline === -1) return text;
  return text.slice(0, newline).toLowerCase() === title.toLowerCase() ? text.slice(newline + 1) : text;
}

/** Text of an HTML fragment such as a feed item's content:encoded, one paragraph per line. */
export function htmlFragmentToText(html: string): string {
  const { document } = parseHTML(`<html><head></head><body>${html}</body></html>`);
  return domToText(document.body);
}

function runReadability(document: Document): { content: string; title?: string | null } | null {
  try {
    const parsed = new Readability(document, { keepClasses: false }).parse();
    return parsed?.content ? { content: parsed.content, title: parsed.title } : null;
  } catch {
    // Readability can fail on odd DOMs (linkedom is not a browser); the body fallback still works.
    return null;
  }
}

/**
 * A document with the html > head + body shape Readability expects. linkedom does not build
 * the implied elements of HTML5 parsing, so fragments and pages missing <html> or <body> are
 * rewrapped; meta tags end up in the body then, where metadata lookup still finds them.
 */
function parseHtmlDocument(html: string): Document {
  const { document } = parseHTML(html);
  const root = document.documentElement;
  if (root?.nodeName === "HTML" && document.body?.parentNode === root) return document;
  const inner = html.replace(/<!doctype[^>]*>|<\/?(?:html|head|body)(?:\s[^>]*)?>/gi, "");
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${inner}</body></html>`).document;
}

function bodyTextWithoutChrome(html: string): string {
  const document = parseHtmlDocument(html);
  removeAll(document, `${NAVIGATION_SELECTOR}, ${CHROME_SELECTOR}`);
  return domToText(document.body ?? document.documentElement ?? document);
}

function removeAll(document: Document, selector: string): void {
  for (const element of Array.from(document.querySelectorAll(selector))) element.remove();
}

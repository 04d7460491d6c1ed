import { normalizeDate } from "./dates.js";

/** What the page says about itself, read before Readability rewrites the document. */
export interface HtmlMetadata {
  title?: string;
  published?: string;
  url?: string;
}

/** Minimal element surface used here, satisfied by linkedom. */
interface El {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
interface Doc {
  querySelectorAll(selector: string): Iterable<El> & ArrayLike<El>;
  querySelector(selector: string): El | null;
}

/** Meta names carrying a publication date, best first. */
const DATE_META = [
  "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
  "publish-date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created", "date", "parsely-pub-date",
  "sailthru.date",
];

/**
 * Title, publication date and canonical URL. Dates: meta article:published_time and kin, then
 * JSON-LD datePublished, then <time datetime> marked as the publication time or inside <article>.
 * URLs: link rel=canonical, then og:url, resolved against pageUrl; only http(s) kept.
 */
export function readHtmlMetadata(document: Doc, pageUrl?: string): HtmlMetadata {
  const meta = metaContents(document);
  const jsonLd = readJsonLd(document);
  const result: HtmlMetadata = {};

  const title = meta.get("og:title") ?? jsonLd.headline ?? document.querySelector("title")?.textContent ?? document.querySelector("h1")?.textContent ?? undefined;
  if (title?.trim()) result.title = title.replace(/\s+/g, " ").trim();

  const published =
    firstDate(DATE_META.map((name) => meta.get(name))) ??
    normalizeDate(jsonLd.datePublished) ??
    firstDate(timeCandidates(document));
  if (published) result.published = published;

  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute("href");
  const url = absoluteHttpUrl(canonical, pageUrl) ?? absoluteHttpUrl(meta.get("og:url"), pageUrl) ?? absoluteHttpUrl(pageUrl);
  if (url) result.url = url;
  return result;
}

function metaContents(document: Doc): Map<string, string> {
  const map = new Map<string, string>();
  for (const element of Array.from(document.querySelectorAll("meta"))) {
    const key = element.getAttribute("property") ?? element.getAttribute("name") ?? element.getAttribute("itemprop");
    const content = element.getAttribute("content");
    if (key && content && !map.has(key.toLowerCase())) map.set(key.toLowerCase(), content.trim());
  }
  return map;
}

function firstDate(values: Array<string | null | undefined>): string | undefined {
  for (const value of values) {
    const date = normalizeDate(value);
    if (date) return date;
  }
  return undefined;
}

/** <time> elements likely to be the article's own date; sidebars list other stories' dates. */
function timeCandidates(document: Doc): Array<string | null> {
  const marked = Array.from(document.querySelectorAll("[itemprop=datePublished], time[pubdate]"));
  const inArticle = Array.from(document.querySelectorAll("article time[datetime]"));
  const all = Array.from(document.querySelectorAll("time[datetime]"));
  const candidates = [...marked, ...inArticle, ...(all.length === 1 ? all : [])];
  return candidates.map((el) => el.getAttribute("datetime") ?? el.getAttribute("content") ?? el.textContent);
}

interface JsonLdFacts {
  headline?: string;
  datePublished?: string;
}

/** Article facts from JSON-LD blocks, walking arrays and @graph; article-typed nodes win. */
function readJsonLd(document: Doc): JsonLdFacts {
  const nodes: Array<Record<string, unknown>> = [];
  for (const script of Array.from(document.querySelectorAll("script"))) {
    if (!/^\s*application\/ld\+json\s*$/i.test(script.getAttribute("type") ?? "")) continue;
    const source = (script.textContent ?? "").replace(/^\s*(<!--|<!\[CDATA\[)|(-->|\]\]>)\s*$/g, "");
    try {
      collectNodes(JSON.parse(source), nodes, 0);
    } catch {
      // Broken JSON-LD is common; the other metadata still counts.
    }
  }
  const isArticle = (node: Record<string, unknown>) =>
    [node["@type"]].flat().some((type) => typeof type === "string" && /Article|Posting|Report/i.test(type));
  const ordered = [...nodes.filter(isArticle), ...nodes.filter((node) => !isArticle(node))];
  const facts: JsonLdFacts = {};
  for (const node of ordered) {
    if (facts.datePublished === undefined && typeof node.datePublished === "string") facts.datePublished = node.datePublished;
    if (facts.headline === undefined && typeof node.headline === "string" && isArticle(node)) facts.headline = node.headline;
  }
  return facts;
}

function collectNodes(value: unknown, into: Array<Record<string, unknown>>, depth: number): void {
  if (depth > 8 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, into, depth + 1);
    return;
  }
  const node = value as Record<string, unknown>;
  into.push(node);
  if (node["@graph"] !== undefined) collectNodes(node["@graph"], into, depth + 1);
}

function absoluteHttpUrl(value: string | null | undefined, base?: string): string | undefined {
  if (!value?.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

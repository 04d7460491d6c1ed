import { DOMParser } from "linkedom";
import { normalizeDate } from "./dates.js";
import { htmlFragmentToText } from "./html-source.js";
import { domToText } from "./html-text.js";
import { IngestError } from "./ingest-error.js";
import { assertSafeWellFormedXml } from "./xml-check.js";

/** One RSS item or Atom entry, its texts already turned from HTML into lines of text. */
export interface FeedItem {
  title?: string;
  link?: string;
  /** guid / Atom id: identifies the item when it has no link. */
  guid?: string;
  published?: string;
  /** Full text from content:encoded or Atom <content>. */
  content?: string;
  /** Teaser from <description> or Atom <summary>. */
  summary?: string;
}

/** Minimal DOM element surface, satisfied by linkedom's XML documents. */
interface XmlElement {
  nodeName: string;
  nodeType: number;
  nodeValue: string | null;
  textContent: string | null;
  children: ArrayLike<XmlElement>;
  childNodes: ArrayLike<XmlElement>;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}

/**
 * Items of an RSS 2.0 / RSS 1.0 / Atom feed. Entity declarations and malformed XML are refused
 * first (IngestError 'bad_xml'); so is XML that is not a feed. Relative links resolve against baseUrl.
 */
export function parseFeed(xml: string, origin: string, baseUrl?: string): FeedItem[] {
  assertSafeWellFormedXml(xml, origin);
  const document = new DOMParser().parseFromString(xml, "text/xml") as unknown as { documentElement: XmlElement | null };
  const root = document.documentElement;
  const rootName = localName(root?.nodeName ?? "");
  if (!root || !["rss", "rdf", "feed"].includes(rootName)) {
    throw new IngestError("bad_xml", origin, `not an RSS or Atom feed (root element <${root?.nodeName ?? "none"}>)`);
  }
  if (rootName === "feed") return elements(root, "entry").map((entry) => readAtomEntry(entry, baseUrl));
  return Array.from(root.getElementsByTagName("item")).map((item) => readRssItem(item, baseUrl));
}

function readRssItem(item: XmlElement, baseUrl: string | undefined): FeedItem {
  const feedItem: FeedItem = {};
  assign(feedItem, "title", htmlText(child(item, "title")?.textContent));
  const guidElement = child(item, "guid");
  const guid = guidElement?.textContent?.trim();
  const guidIsLink = guidElement?.getAttribute("isPermaLink") !== "false";
  assign(feedItem, "link", resolveUrl(child(item, "link")?.textContent, baseUrl) ?? (guidIsLink ? resolveUrl(guid, baseUrl) : undefined));
  assign(feedItem, "guid", guid);
  const date = ["pubDate", "dc:date", "published", "updated"].map((name) => child(item, name)?.textContent);
  assign(feedItem, "published", date.map((value) => normalizeDate(value)).find(Boolean));
  assign(feedItem, "content", htmlText(child(item, "content:encoded")?.textContent));
  assign(feedItem, "summary", htmlText(child(item, "description")?.textContent));
  return feedItem;
}

function readAtomEntry(entry: XmlElement, baseUrl: string | undefined): FeedItem {
  const feedItem: FeedItem = {};
  assign(feedItem, "title", atomText(child(entry, "title")));
  const links = elements(entry, "link").filter((link) => (link.getAttribute("rel") ?? "alternate") === "alternate");
  const link = links.find((l) => /html/i.test(l.getAttribute("type") ?? "text/html")) ?? links[0];
  assign(feedItem, "link", resolveUrl(link?.getAttribute("href"), baseUrl));
  assign(feedItem, "guid", child(entry, "id")?.textContent?.trim());
  const date = ["published", "updated", "dc:date"].map((name) => child(entry, name)?.textContent);
  assign(feedItem, "published", date.map((value) => normalizeDate(value)).find(Boolean));
  const content = child(entry, "content");
  if (content && !content.getAttribute("src")) assign(feedItem, "content", atomText(content));
  assign(feedItem, "summary", atomText(child(entry, "summary")));
  return feedItem;
}

/** Atom text constructs: type text (plain), html (escaped markup) or xhtml (inline elements). */
function atomText(element: XmlElement | undefined): string | undefined {
  if (!element) return undefined;
  const type = (element.getAttribute("type") ?? "text").toLowerCase();
  if (type === "xhtml") return domToText(element).trim() || undefined;
  if (type === "html" || type.includes("html")) return htmlText(element.textContent);
  return element.textContent?.replace(/[ \t]+/g, " ").trim() || undefined;
}

/** HTML held as text (CDATA or escaped) turned into lines; also decodes HTML entities such as &nbsp;. */
function htmlText(value: string | null | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  return htmlFragmentToText(value) || undefined;
}

function child(parent: XmlElement, name: string): XmlElement | undefined {
  return elements(parent, name)[0];
}

/** Direct children by exact name, so an <atom:link> inside RSS is not taken for the item's <link>. */
function elements(parent: XmlElement, name: string): XmlElement[] {
  const wanted = name.toLowerCase();
  return Array.from(parent.children).filter((element) => element.nodeName.toLowerCase() === wanted);
}

function localName(name: string): string {
  return name.slice(name.indexOf(":") + 1).toLowerCase();
}

function resolveUrl(value: string | null | undefined, baseUrl: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  try {
    const url = new URL(value.trim(), baseUrl);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function assign<K extends keyof FeedItem>(item: FeedItem, key: K, value: FeedItem[K] | undefined): void {
  if (value) item[key] = value;
}

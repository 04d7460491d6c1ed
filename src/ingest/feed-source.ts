import { extname } from "node:path";
import type { Article } from "../domain/index.js";
import { fileArticleId, urlArticleId } from "./article-id.js";
import { decodeText, sniffDeclaredCharset } from "./decode-text.js";
import { parseFeed, type FeedItem } from "./feed-items.js";
import { htmlToArticle } from "./html-source.js";
import { IngestError, toIngestError } from "./ingest-error.js";
import { detectLanguage } from "./language.js";
import { readFileLimited } from "./read-file.js";
import { failure, success, type ResolvedIngestOptions, type Source, type SourceResult } from "./source.js";
import { textToArticle } from "./text-source.js";
import { fetchDocument } from "./url-fetch.js";

const EXTENSIONS = new Set([".xml", ".rss", ".atom"]);
/** Content at least this long (in characters of text) is taken as the full article, not a teaser. */
export const FULL_TEXT_MIN_CHARS = 500;

/** RSS and Atom feed files: one article per item. */
export const feedSource: Source = {
  name: "feed",
  accepts: (input) => EXTENSIONS.has(extname(input).toLowerCase()),
  async *read(path, options) {
    let xml: string;
    try {
      const bytes = await readFileLimited(path, options.maxFileBytes);
      xml = decodeText(bytes, path, sniffDeclaredCharset(bytes));
    } catch (error) {
      yield failure(toIngestError(error, path));
      return;
    }
    yield* feedToResults(xml, path, options);
  },
};

/**
 * Articles of a feed, one result per item. An item's text is its full content when it carries
 * some; otherwise its linked page when options.fetchLinks; otherwise its teaser. Feed metadata
 * (title, date, link) wins over the linked page's, being the publisher's own record.
 */
export async function* feedToResults(xml: string, origin: string, options: ResolvedIngestOptions, feedUrl?: string): AsyncGenerator<SourceResult> {
  let items: FeedItem[];
  try {
    items = parseFeed(xml, origin, feedUrl);
  } catch (error) {
    yield failure(toIngestError(error, origin));
    return;
  }
  if (items.length === 0) {
    yield failure(new IngestError("empty", origin, "feed has no items"));
    return;
  }
  for (const [index, item] of items.entries()) {
    const itemOrigin = `${origin}#${index + 1}`;
    try {
      yield success(await itemToArticle(item, itemOrigin, options), itemOrigin);
    } catch (error) {
      yield failure(toIngestError(error, itemOrigin));
    }
  }
}

async function itemToArticle(item: FeedItem, origin: string, options: ResolvedIngestOptions): Promise<Article> {
  const fullText = item.content && item.content.length >= FULL_TEXT_MIN_CHARS ? item.content : undefined;
  if (!fullText && options.fetchLinks && item.link) return articleFromLink(item, item.link, origin, options);

  const text = fullText ?? longest(item.content, item.summary);
  if (!text) {
    const hint = item.link ? "; fetch its link with fetchLinks (--fetch-links)" : "";
    throw new IngestError("empty", origin, `feed item has no text${hint}`);
  }
  const key = item.link ?? item.guid;
  const article: Article = { id: key ? urlArticleId(key) : fileArticleId(origin, text), text, language: detectLanguage(text) };
  return withItemMetadata(article, item, options);
}

async function articleFromLink(item: FeedItem, link: string, origin: string, options: ResolvedIngestOptions): Promise<Article> {
  const page = await fetchDocument(link, options, `${origin} (${link})`);
  let article: Article;
  if (page.kind === "html") {
    article = htmlToArticle(page.text, { origin: link, pageUrl: page.url, options });
  } else if (page.kind === "text") {
    article = textToArticle(page.text, { path: link, isMarkdown: false, options });
  } else {
    throw new IngestError("unsupported_type", origin, `linked page ${link} is a feed, not an article`);
  }
  return withItemMetadata({ ...article, id: urlArticleId(link), url: article.url ?? page.url }, item, options);
}

function withItemMetadata(article: Article, item: FeedItem, options: ResolvedIngestOptions): Article {
  const result = { ...article };
  if (item.title) result.title = item.title;
  const published = item.published ?? result.published ?? options.published;
  if (published) result.published = published;
  if (item.link) result.url = item.link;
  return result;
}

function longest(...texts: Array<string | undefined>): string | undefined {
  return texts.reduce<string | undefined>((best, text) => ((text?.length ?? 0) > (best?.length ?? 0) ? text : best), undefined);
}

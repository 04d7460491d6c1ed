import { urlArticleId } from "./article-id.js";
import { feedToResults } from "./feed-source.js";
import { htmlToArticle } from "./html-source.js";
import { toIngestError } from "./ingest-error.js";
import { failure, success, type Source } from "./source.js";
import { textToArticle } from "./text-source.js";
import { fetchDocument, type FetchedDocument } from "./url-fetch.js";

/** http(s) URLs: a page gives one article, a feed one per item. */
export const urlSource: Source = {
  name: "url",
  accepts: (input) => /^https?:\/\//i.test(input),
  async *read(url, options) {
    let page: FetchedDocument;
    try {
      page = await fetchDocument(url, options);
    } catch (error) {
      yield failure(toIngestError(error, url));
      return;
    }
    if (page.kind === "feed") {
      yield* feedToResults(page.text, url, options, page.url);
      return;
    }
    try {
      const article =
        page.kind === "html"
          ? htmlToArticle(page.text, { origin: url, pageUrl: page.url, options })
          : { ...textToArticle(page.text, { path: url, isMarkdown: false, options }), id: urlArticleId(page.url), url: page.url };
      yield success(article, url);
    } catch (error) {
      yield failure(toIngestError(error, url));
    }
  },
};

import type { Article, Extraction } from "../domain/index.js";
import type { Analysis } from "./analysis.js";
import { PIPELINE } from "./pipeline.js";
import { runStages } from "./stage.js";

/** Bumped whenever extraction output can change, so stores know which documents to re-extract. */
export const EXTRACTOR_VERSION = "1.1.0";

/** Reads one article and returns the events it asserts (shared/spec/events.md). */
export function extract(article: Article): Extraction {
  return { document: documentOf(article), events: analyse(article).events ?? [] };
}

/** The full analysis (tokens, mentions, dates, candidates, events), for tools that show their work. */
export function analyse(article: Article): Analysis {
  const published = article.published ? new Date(`${article.published.slice(0, 10)}T12:00:00Z`) : undefined;
  return runStages(PIPELINE, { article, ...(published && !Number.isNaN(published.getTime()) ? { published } : {}) });
}

function documentOf(article: Article): Extraction["document"] {
  const { text: _text, ...meta } = article;
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined && v !== "")) as Extraction["document"];
}

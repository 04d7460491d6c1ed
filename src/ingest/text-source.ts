import { extname } from "node:path";
import type { Article } from "../domain/index.js";
import { fileArticleId } from "./article-id.js";
import { normalizeDate } from "./dates.js";
import { decodeText } from "./decode-text.js";
import { IngestError, toIngestError } from "./ingest-error.js";
import { detectLanguage } from "./language.js";
import { readFileLimited } from "./read-file.js";
import { failure, success, type ResolvedIngestOptions, type Source } from "./source.js";

const EXTENSIONS = new Set([".txt", ".text", ".md", ".markdown"]);

/** Plain text and Markdown files: one article each. */
export const textSource: Source = {
  name: "text",
  accepts: (input) => EXTENSIONS.has(extname(input).toLowerCase()),
  async *read(path, options) {
    try {
      const text = decodeText(await readFileLimited(path, options.maxFileBytes), path);
      const isMarkdown = /^\.(md|markdown)$/i.test(extname(path));
      yield success(textToArticle(text, { path, isMarkdown, options }), path);
    } catch (error) {
      yield failure(toIngestError(error, path));
    }
  },
};

export interface TextContext {
  path: string;
  isMarkdown: boolean;
  options: ResolvedIngestOptions;
  url?: string;
}

/**
 * Builds an article from plain text or Markdown. Metadata comes only from the text itself
 * (front matter, a "# " heading as first line) or from options, never from file dates.
 */
export function textToArticle(raw: string, context: TextContext): Article {
  const { meta, body } = splitFrontMatter(raw.replace(/\r\n?/g, "\n"));
  let lines = body.split("\n");
  let title = meta.title;
  const firstLine = lines.findIndex((line) => line.trim() !== "");
  const heading = firstLine >= 0 ? /^#\s+(.+?)\s*#*\s*$/.exec(lines[firstLine]!) : null;
  if (heading) {
    title ??= heading[1];
    lines = lines.slice(firstLine + 1);
  }
  const paragraphs = joinParagraphs(lines, context.isMarkdown);
  const text = (context.isMarkdown ? paragraphs.map(stripMarkdown) : paragraphs).filter((p) => p !== "").join("\n");
  if (text === "") throw new IngestError("empty", context.path, "no text after the title");

  const article: Article = { id: fileArticleId(context.path, text), text, language: detectLanguage(text) };
  if (title) article.title = title;
  const published = normalizeDate(meta.date) ?? context.options.published;
  if (published) article.published = published;
  const url = meta.url ?? context.url;
  if (url) article.url = url;
  return article;
}

/** YAML-style front matter ("---" lines) with flat "key: value" pairs; other YAML is ignored. */
function splitFrontMatter(text: string): { meta: { title?: string; date?: string; url?: string }; body: string } {
  const match = /^\uFEFF?---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { meta: {}, body: text };
  const meta: { title?: string; date?: string; url?: string } = {};
  for (const line of match[1]!.split("\n")) {
    const pair = /^(\w+)\s*:\s*(.*?)\s*$/.exec(line);
    if (!pair) continue;
    const key = pair[1]!.toLowerCase();
    const value = pair[2]!.replace(/^(["'])(.*)\1$/, "$2");
    if (!value) continue;
    if (key === "title") meta.title = value;
    else if (key === "date" || key === "published") meta.date = value;
    else if (key === "url" || key === "link") meta.url = value;
  }
  return { meta, body: text.slice(match[0].length) };
}

/** Inline and line-start Markdown syntax removed from one paragraph. */
function stripMarkdown(paragraph: string): string {
  return paragraph
    .replace(/<!--.*?-->/g, "")
    .replace(/^#{1,6}\s+(.*?)\s*#*$/, "$1")
    .replace(/^>\s?/, "")
    .replace(/^[-*+]\s+/, "")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/`([^`]+)`/g, "$1")
    .trim();
}

/**
 * One paragraph per line, as sentence splitting expects. When the text separates paragraphs
 * by blank lines, lines inside a paragraph are hard wraps and are joined with spaces; list
 * items, headings and quotes start paragraphs of their own, and a heading is never continued.
 */
function joinParagraphs(lines: string[], isMarkdown: boolean): string[] {
  const isSeparator = (line: string) =>
    line.trim() === "" || (isMarkdown && (/^\s*(```|~~~)/.test(line) || /^\s*([-*_])(\s*\1){2,}\s*$/.test(line)));
  // Blank lines count only between paragraphs, not at the start or end of the text.
  let lastContent = lines.length - 1;
  while (lastContent >= 0 && isSeparator(lines[lastContent]!)) lastContent--;
  const hasBlankSeparators = lines.some((line, i) => isSeparator(line) && i > 0 && i < lastContent && !isSeparator(lines[i - 1]!));
  const paragraphs: string[] = [];
  let open = false;
  for (const line of lines) {
    if (isSeparator(line)) {
      open = false;
      continue;
    }
    const content = line.trim().replace(/\s+/g, " ");
    const startsBlock = /^([-*+\u2022]\s|\d+[.)]\s|#|>)/.test(content);
    if (hasBlankSeparators && open && !startsBlock) {
      paragraphs[paragraphs.length - 1] += ` ${content}`;
    } else {
      paragraphs.push(content);
    }
    open = !content.startsWith("#");
  }
  return paragraphs;
}

#!/usr/bin/env node
// Builds samples/articles.jsonl and samples/gold.jsonl from the hand-written
// sources in samples/source/*.mjs. Sources give evidence as quoted text, so
// offsets are computed here, never typed by hand; a quote that is missing or
// occurs more than once in the article is an error.
//
//   node samples/build.mjs            write both files
//   node samples/build.mjs --check    fail if the committed files differ
//   node samples/build.mjs --table    print the per-article event counts (README)

import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const TYPES = ["attack", "attribution", "denial", "sanction", "diplomatic", "legal", "condemnation"];

export async function loadSources() {
  const files = readdirSync(join(here, "source")).filter((f) => f.endsWith(".mjs")).sort();
  const out = [];
  for (const f of files) out.push((await import(pathToFileURL(join(here, "source", f)).href)).default);
  return out;
}

function locate(text, quote, where) {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`${where}: quote not found: ${JSON.stringify(quote)}`);
  if (text.indexOf(quote, start + 1) >= 0) throw new Error(`${where}: quote occurs twice: ${JSON.stringify(quote)}`);
  return { start, end: start + quote.length };
}

export function buildOne(src) {
  const slug = src.slug;
  const text = src.paragraphs.map((p) => p.trim().replace(/\s+/g, " ")).join("\n");
  const article = {
    id: `sample-${slug}`,
    title: src.title,
    published: src.published,
    url: `https://example.org/attrib-samples/${slug}`,
    text,
  };
  const events = src.events.map((e, i) => {
    const { quotes, ...rest } = e;
    if (!quotes?.length) throw new Error(`${slug} event ${i}: no evidence quotes`);
    return { ...rest, evidence: quotes.map((q) => locate(text, q, `${slug} event ${i}`)) };
  });
  const gold = { id: article.id, events, ...(src.notes ? { notes: src.notes } : {}) };
  return { article, gold };
}

const toJsonl = (rows) => rows.map((r) => JSON.stringify(r)).join("\n") + "\n";

export function countsByType(events) {
  const c = Object.fromEntries(TYPES.map((t) => [t, 0]));
  for (const e of events) c[e.type] += 1;
  return c;
}

async function main(argv) {
  const built = (await loadSources()).map(buildOne);
  const articles = toJsonl(built.map((b) => b.article));
  const gold = toJsonl(built.map((b) => b.gold));
  if (argv.includes("--table")) {
    const head = ["article", "published", "words", ...TYPES, "total"];
    console.log(`| ${head.join(" | ")} |\n|${head.map(() => "---").join("|")}|`);
    for (const { article, gold: g } of built) {
      const c = countsByType(g.events);
      const words = article.text.split(/\s+/).filter(Boolean).length;
      console.log(`| ${article.id} | ${article.published} | ${words} | ${TYPES.map((t) => c[t]).join(" | ")} | ${g.events.length} |`);
    }
    return;
  }
  const paths = { articles: join(here, "articles.jsonl"), gold: join(here, "gold.jsonl") };
  if (argv.includes("--check")) {
    const stale = Object.entries({ articles, gold }).filter(([k, v]) => readFileSync(paths[k], "utf8") !== v);
    if (stale.length) {
      console.error(`stale: ${stale.map(([k]) => paths[k]).join(", ")}; run node samples/build.mjs`);
      process.exit(1);
    }
    console.log(`ok: ${built.length} articles, ${built.reduce((n, b) => n + b.gold.events.length, 0)} events`);
    return;
  }
  writeFileSync(paths.articles, articles);
  writeFileSync(paths.gold, gold);
  console.log(`wrote ${built.length} articles, ${built.reduce((n, b) => n + b.gold.events.length, 0)} events`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main(process.argv.slice(2));

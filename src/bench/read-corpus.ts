import { readFileSync } from "node:fs";
import { articleSchema, type Article } from "../domain/index.js";

/**
 * The articles of a documents.jsonl corpus, for benchmarks: a malformed `published` value (two CASIE lines
 * have one) is dropped rather than the article, so every bench measures the same documents.
 */
export function readCorpus(file: string): Article[] {
  const out: Article[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const raw = JSON.parse(line) as Record<string, unknown>;
    if (typeof raw.published === "string" && !/^\d{4}-\d{2}-\d{2}/.test(raw.published)) delete raw.published;
    const parsed = articleSchema.safeParse(raw);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

// Loads the project's own sample articles and their gold events (samples/ at the
// repository root): the app's demo data and a fixture for extraction tests.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { articleSchema, eventSchema, type Article, type CyberEvent } from "../domain/index.js";

/** samples/ seen from both src/samples and dist/samples. */
export const SAMPLES_DIR = fileURLToPath(new URL("../../samples/", import.meta.url));

const goldLineSchema = z.object({ id: z.string().min(1), events: z.array(eventSchema), notes: z.string().optional() });
export type SampleGold = z.infer<typeof goldLineSchema>;

function readJsonl<T>(file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(`${SAMPLES_DIR}${file}`, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, i) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`samples/${file}:${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

export function loadSampleArticles(): Article[] {
  return readJsonl("articles.jsonl", articleSchema);
}

export function loadSampleGold(): SampleGold[] {
  return readJsonl("gold.jsonl", goldLineSchema);
}

/** Gold events by article id. */
export function sampleGoldById(): Map<string, CyberEvent[]> {
  return new Map(loadSampleGold().map((g) => [g.id, g.events]));
}

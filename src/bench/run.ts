import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readCorpus } from "./read-corpus.js";
import { analyse } from "../extraction/extract.js";
import { runIngestBench } from "./ingest-bench.js";

/**
 * Extraction throughput, single process, over the CASIE development articles:
 * documents/s and tokens/s after a warm-up document (model loading is reported apart); then ingest
 * throughput into SQLite and query times on the result (ingest-bench.ts).
 */
const corpus = process.argv[2] ?? join(process.cwd(), "..", "shared", "corpus", "casie-dev", "documents.jsonl");
if (!existsSync(corpus)) {
  console.error(`bench: ${corpus} not found (pass a documents.jsonl path)`);
  process.exit(2);
}
const articles = readCorpus(corpus);
const t0 = performance.now();
analyse({ id: "warm-up", text: "Warm-up sentence about a cyberattack on Estonia.", published: "2020-01-01" });
const loadMs = performance.now() - t0;
/** One pass over the corpus: wall seconds, tokens and events. */
function pass(): { seconds: number; tokens: number; events: number } {
  let tokens = 0;
  let events = 0;
  const t = performance.now();
  for (const a of articles) {
    const r = analyse(a);
    tokens += r.tokens?.length ?? 0;
    events += r.events?.length ?? 0;
  }
  return { seconds: (performance.now() - t) / 1000, tokens, events };
}
const report = (label: string, r: ReturnType<typeof pass>) =>
  console.log(
    `extraction (${label}): ${(articles.length / r.seconds).toFixed(0)} documents/s, ${(r.tokens / r.seconds).toFixed(0)} tokens/s ` +
      `(${articles.length} documents, ${r.tokens} tokens, ${r.events} events in ${r.seconds.toFixed(2)} s, single process)`,
  );
console.log(`extraction: model and gazetteers load in ${loadMs.toFixed(0)} ms`);
// The first pass also fills wink-nlp's lexicon cache with the corpus's unknown words and warms the JIT;
// the second shows the rate a long-running ingest settles at.
report("first pass", pass());
report("second pass", pass());
// The reference: what wink-nlp alone manages on the same corpus, in a fresh process.
const baseline = spawnSync(process.execPath, [join(dirname(fileURLToPath(import.meta.url)), "wink-baseline.js"), corpus], { encoding: "utf8" });
process.stdout.write(baseline.stdout || baseline.stderr);

await runIngestBench(corpus);

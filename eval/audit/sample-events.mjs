#!/usr/bin/env node
// Draws a seeded random sample of extracted events for a manual precision audit.
//
// Usage:
//   node eval/audit/sample-events.mjs <predictions.jsonl> <documents.jsonl> [seed] [--n 50] [--context 0] [--json]
//
// predictions.jsonl: output of `bin/attrib extract ... --format jsonl`
//   (one line per document: { document: { id, ... }, events: [...] }).
// documents.jsonl:   the input corpus (one line per document: { id, published, text, ... }).
// seed:              integer seed for the PRNG (default 20261128).
// --n N:             sample size (default 50; capped at the number of events).
// --context C:       also print C characters of document text either side of the evidence.
// --json:            print the sample as JSON lines instead of text blocks.
//
// Events are flattened in file order (document order, then event order within the
// document) and identified by (doc id, index). The sample is drawn without
// replacement by a partial Fisher-Yates shuffle driven by mulberry32, so the same
// seed and the same predictions file always give the same sample.
// Plain Node ESM, no dependencies.

import { readFileSync } from "node:fs";

const DEFAULT_SEED = 20261128;
const ROLE_FIELDS = ["victim", "attributor", "accused", "denier", "imposer", "actor", "target"];

function usage(msg) {
  if (msg) process.stderr.write(`sample-events: ${msg}\n`);
  process.stderr.write(
    "usage: node eval/audit/sample-events.mjs <predictions.jsonl> <documents.jsonl> [seed] [--n 50] [--context 0] [--json]\n",
  );
  process.exit(2);
}

function parseArgs(argv) {
  const positional = [];
  const opts = { n: 50, context: 0, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--n" || a === "--context") {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 0) usage(`${a} needs a non-negative integer`);
      opts[a.slice(2)] = v;
    } else if (a === "--json") {
      opts.json = true;
    } else if (a === "-h" || a === "--help") {
      usage();
    } else if (a.startsWith("--")) {
      usage(`unknown option ${a}`);
    } else {
      positional.push(a);
    }
  }
  if (positional.length < 2 || positional.length > 3) usage();
  const seed = positional[2] === undefined ? DEFAULT_SEED : Number(positional[2]);
  if (!Number.isInteger(seed)) usage("seed must be an integer");
  return { predPath: positional[0], docPath: positional[1], seed, ...opts };
}

function readJsonl(path) {
  const out = [];
  const lines = readFileSync(path, "utf8").split("\n");
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    try {
      out.push(JSON.parse(line));
    } catch (err) {
      throw new Error(`${path}:${i + 1}: invalid JSON (${err.message})`);
    }
  });
  return out;
}

// mulberry32: small, fast 32-bit PRNG; returns floats in [0, 1).
function mulberry32(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sampleIndices(total, n, rand) {
  const idx = Array.from({ length: total }, (_, i) => i);
  const k = Math.min(n, total);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rand() * (total - i));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx.slice(0, k);
}

function fmtActor(a) {
  if (!a || typeof a !== "object") return String(a);
  const parts = [a.name ?? "?", a.kind ?? "?"];
  if (a.country) parts.push(a.country);
  let s = parts.join(" / ");
  if (Array.isArray(a.aliases) && a.aliases.length) s += ` (aka ${a.aliases.join("; ")})`;
  return s;
}

function fmtDate(d) {
  if (!d) return "-";
  return `${d.value} (${d.precision})`;
}

function oneLine(s) {
  return s.replace(/\s+/g, " ").trim();
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const docs = new Map();
  for (const d of readJsonl(args.docPath)) docs.set(d.id, d);

  const flat = [];
  for (const rec of readJsonl(args.predPath)) {
    const docId = rec.document?.id ?? rec.id;
    (rec.events ?? []).forEach((event, index) => flat.push({ docId, index, event }));
  }

  const rand = mulberry32(args.seed);
  const picked = sampleIndices(flat.length, args.n, rand);

  if (!args.json) {
    process.stdout.write(
      `# ${flat.length} events in ${args.predPath}; sample of ${picked.length} with seed ${args.seed}\n\n`,
    );
  }

  picked.forEach((k, i) => {
    const { docId, index, event: e } = flat[k];
    const doc = docs.get(docId);
    const text = doc?.text ?? "";
    const roles = {};
    for (const f of ROLE_FIELDS) if (e[f] !== undefined) roles[f] = e[f];
    const evidence = (e.evidence ?? []).map(({ start, end }) => ({
      start,
      end,
      text: text.slice(start, end),
      before: args.context ? text.slice(Math.max(0, start - args.context), start) : undefined,
      after: args.context ? text.slice(end, end + args.context) : undefined,
    }));

    if (args.json) {
      process.stdout.write(
        JSON.stringify({
          n: i + 1,
          doc: docId,
          index,
          published: doc?.published,
          type: e.type,
          action: e.action ?? null,
          attackType: e.attackType ?? null,
          roles,
          date: e.date ?? null,
          hedged: e.hedged ?? null,
          evidence,
        }) + "\n",
      );
      return;
    }

    const lines = [];
    lines.push(`## ${i + 1}. ${docId} #${index}  (published ${doc?.published ?? "?"})`);
    lines.push(`type:    ${e.type}${e.action ? ` / ${e.action}` : ""}${e.attackType ? `  [attackType ${e.attackType}]` : ""}`);
    for (const [f, a] of Object.entries(roles)) lines.push(`${(f + ":").padEnd(9)}${fmtActor(a)}`);
    lines.push(`date:    ${fmtDate(e.date)}`);
    lines.push(`hedged:  ${e.hedged === undefined ? "-" : e.hedged}`);
    if (!doc) lines.push(`evidence: (document ${docId} not found in ${args.docPath})`);
    for (const ev of evidence) {
      lines.push(`evidence [${ev.start}-${ev.end}]: ${oneLine(ev.text)}`);
      if (args.context) {
        lines.push(`  before: ...${oneLine(ev.before)}`);
        lines.push(`  after:  ${oneLine(ev.after)}...`);
      }
    }
    process.stdout.write(lines.join("\n") + "\n\n");
  });
}

try {
  main();
} catch (err) {
  process.stderr.write(`sample-events: ${err.message}\n`);
  process.exit(1);
}

#!/usr/bin/env node
// Checks a gold file against the annotation contract (shared/spec/events.md) and the
// documents it annotates, so that a typo in hand-made gold cannot silently skew scores.
//
//   node eval/dev-gold/validate-gold.mjs GOLD.jsonl [DOCUMENTS.jsonl ...]
//
// Documents default to ../shared/corpus/casie-dev/documents.jsonl (relative to the repo).
// Exits 1 with one line per problem; prints a summary when the file is clean.

import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const KEY_ROLES = {
  attack: ["victim"],
  attribution: ["attributor", "accused"],
  denial: ["denier"],
  sanction: ["imposer", "target"],
  diplomatic: ["actor", "target"],
  legal: ["actor", "target"],
  condemnation: ["actor", "target"],
};
const ACTIONS = {
  diplomatic: ["sever_relations", "expel_diplomats", "recall_ambassador", "summon_ambassador", "close_embassy", "suspend_cooperation"],
  legal: ["indictment", "arrest", "extradition", "conviction", "warrant", "reward"],
};
const KINDS = ["state", "government", "company", "group", "person", "organization", "unspecified"];
const ATTACK_TYPES = ["intrusion", "data-theft", "ransomware", "wiper", "ddos", "defacement", "phishing", "espionage", "disruption", "leak", "other"];
const DATE_FORMAT = { year: /^\d{4}$/, month: /^\d{4}-\d{2}$/, day: /^\d{4}-\d{2}-\d{2}$/ };
// Longest run of words a gold line may share with its article outside actor names:
// longer runs would mean article sentences were copied into the repository.
const MAX_SHARED_WORDS = 6;

const here = dirname(fileURLToPath(import.meta.url));
const [goldPath, ...docPaths] = process.argv.slice(2);
if (!goldPath) {
  console.error("usage: node validate-gold.mjs GOLD.jsonl [DOCUMENTS.jsonl ...]");
  process.exit(2);
}
const defaultDocs = resolve(here, "../../../shared/corpus/casie-dev/documents.jsonl");
const sources = docPaths.length ? docPaths : [defaultDocs];
for (const p of sources) {
  if (!existsSync(p)) {
    console.error(`documents not found: ${p} (pass the documents file explicitly)`);
    process.exit(2);
  }
}

const docs = new Map();
for (const p of sources)
  for (const line of readFileSync(p, "utf8").split("\n"))
    if (line.trim()) {
      const d = JSON.parse(line);
      docs.set(d.id, d);
    }

const problems = [];
const counts = {};
const seen = new Set();
const words = (s) => String(s).toLowerCase().match(/[a-z0-9]+/g) ?? [];

function checkActor(where, a) {
  if (!a || typeof a !== "object") return problems.push(`${where}: missing actor`);
  if (!a.name) problems.push(`${where}: actor without name`);
  if (!KINDS.includes(a.kind)) problems.push(`${where}: bad kind ${a.kind}`);
  if (a.country !== undefined && !/^[A-Z]{2}$/.test(a.country)) problems.push(`${where}: bad country ${a.country}`);
  if (a.aliases !== undefined && !Array.isArray(a.aliases)) problems.push(`${where}: aliases not an array`);
}

function sharedRun(gold, text) {
  // Drop actor names/aliases (allowed), then look for long word runs copied from the text.
  const strip = JSON.parse(JSON.stringify(gold), (k, v) => (k === "name" || k === "aliases" ? undefined : v));
  const g = words(JSON.stringify(strip));
  const t = ` ${words(text).join(" ")} `;
  for (let i = 0; i + MAX_SHARED_WORDS < g.length; i++)
    if (t.includes(` ${g.slice(i, i + MAX_SHARED_WORDS + 1).join(" ")} `)) return g.slice(i, i + MAX_SHARED_WORDS + 1).join(" ");
  return null;
}

readFileSync(goldPath, "utf8").split("\n").forEach((line, n) => {
  if (!line.trim()) return;
  const at = `line ${n + 1}`;
  let gold;
  try {
    gold = JSON.parse(line);
  } catch (e) {
    return problems.push(`${at}: not JSON (${e.message})`);
  }
  const doc = docs.get(gold.id);
  if (!doc) return problems.push(`${at}: unknown document id ${gold.id}`);
  if (seen.has(gold.id)) problems.push(`${at}: duplicate id ${gold.id}`);
  seen.add(gold.id);
  if (!Array.isArray(gold.events)) return problems.push(`${at}: events is not an array`);
  const copied = sharedRun(gold, doc.text);
  if (copied) problems.push(`${at} ${gold.id}: copies article text ("${copied}")`);
  gold.events.forEach((e, i) => {
    const where = `${gold.id} event ${i} (${e.type})`;
    const roles = KEY_ROLES[e.type];
    if (!roles) return problems.push(`${where}: unknown type`);
    counts[e.type] = (counts[e.type] ?? 0) + 1;
    for (const r of roles) checkActor(`${where} ${r}`, e[r]);
    if (ACTIONS[e.type] && !ACTIONS[e.type].includes(e.action)) problems.push(`${where}: bad action ${e.action}`);
    if (e.attackType !== undefined && !ATTACK_TYPES.includes(e.attackType)) problems.push(`${where}: bad attackType ${e.attackType}`);
    if (e.date !== undefined && !DATE_FORMAT[e.date.precision]?.test(e.date.value ?? ""))
      problems.push(`${where}: date ${JSON.stringify(e.date)} does not fit its precision`);
    if (e.date?.value && e.date.value.slice(0, 10) > doc.published) problems.push(`${where}: date after publication`);
    if (!Array.isArray(e.evidence) || e.evidence.length === 0) problems.push(`${where}: no evidence`);
    for (const s of e.evidence ?? [])
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end <= s.start || s.end > doc.text.length)
        problems.push(`${where}: evidence ${JSON.stringify(s)} outside text of length ${doc.text.length}`);
  });
});

if (problems.length) {
  for (const p of problems) console.log(p);
  process.exit(1);
}
const total = Object.values(counts).reduce((a, b) => a + b, 0);
console.log(`ok: ${seen.size} documents, ${total} events ${JSON.stringify(counts)}`);

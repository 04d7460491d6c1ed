#!/usr/bin/env node
/**
 * Builds src/knowledge/data/threat-groups.json from the MISP galaxy in ../shared/knowledge/misp-galaxy/:
 * threat-actor.json (clusters: value, meta.synonyms, meta.country, meta["cfr-suspected-state-sponsor"])
 * plus extra synonyms from mitre-intrusion-set.json ("APT28 - G0007", meta.synonyms).
 *
 * Output: [{ name, kind: "group", country?, aliases, contextAliases?, campaigns?, ambiguousName? }], sorted by name.
 *
 * Country: meta.country when it is a valid ISO-2 code, else the suspected state sponsor's name
 * resolved through world-countries ("Iran (Islamic Republic of)" → IR). "Unknown" gives none.
 *
 * What is filtered out of `aliases`, and why (the recognizer matches aliases as plain surface forms):
 *  - aliases shorter than 3 characters, pure numbers: they match everywhere;
 *  - forms with ":" ("Subgroup: Bluenoroff"): annotations, not names;
 *  - "<Group|Team|Gang|Crew> <number>" ("Group 5", "Group 77"): vendor-internal labels that collide
 *    with ordinary prose ("group 5 of the study");
 *  - forms equal to a country name, demonym or capital ("Iran"): those are states, not groups;
 *  - a synonym shared by clusters with different canonical names: it cannot tell them apart;
 *  - "Operation …" / "… campaign" forms move to `campaigns`: a campaign is not an actor. A cluster
 *    named after an operation is renamed to its MITRE name or first actor alias, or dropped;
 *  - placeholder clusters ("[Unnamed group]"); vendor notes are trimmed ("APT-C-38 (QiAnXin)").
 * Single-word forms that are common English words ("Snake", "Cobalt", "LEAD", "Zinc") move to
 * `contextAliases`: they name the group only with context ("the Snake group", "Cobalt hackers").
 * "Common word" = the lower-cased form or its lemma is in the wink-eng-lite-web-model lexicon
 * (about 87k web-English tokens, already a dependency), except the RARE_WORD_NAMES allowlist of
 * dictionary words that in news practically only name these groups (Strontium, Hafnium, ...).
 * When a cluster's own name is such a word, the entry gets `ambiguousName: true` and the same rule.
 *
 * Usage: node scripts/generate-threat-groups.mjs [path/to/misp-galaxy] [output.json]
 */
import { createRequire } from "node:module";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const galaxyDir = resolve(process.argv[2] ?? join(root, "..", "shared", "knowledge", "misp-galaxy"));
const outFile = resolve(process.argv[3] ?? join(root, "src", "knowledge", "data", "threat-groups.json"));

const worldCountries = require("world-countries");
const threatActors = JSON.parse(readFileSync(join(galaxyDir, "threat-actor.json"), "utf8")).values;
const intrusionSets = JSON.parse(readFileSync(join(galaxyDir, "mitre-intrusion-set.json"), "utf8")).values;

/** Dictionary words that, in news about cyber operations, practically only name threat groups. */
const RARE_WORD_NAMES = new Set([
  "strontium", "hafnium", "nobelium", "neodymium", "promethium", "terbium", "gallium", "polonium",
  "bohrium", "yttrium", "thallium", "holmium", "copernicium", "sandworm", "dragonfly", "kimsuky",
  "turla", "sofacy", "sednit", "careto", "winnti", "naikon", "gamaredon", "carbanak",
  "gelsemium", "webworm", "antlion", "scandium", "technetium", "zirconium", "bismuth", "gadolinium",
  "barium", "seaborgium", "neptunium", "dubnium", "rubidium", "actinium", "hassium", "tantalum",
  "osmium", "lawrencium", "americium", "niobium", "cerium", "curium", "xenotime", "europium",
]);

const nlp = winkNLP(model);
const its = nlp.its;
const lexiconSize = (() => {
  // Out-of-vocabulary tokens get ids above the lexicon; a fresh nonsense token shows where that starts.
  const doc = nlp.readDoc("qzxqvjw");
  return doc.tokens().itemAt(0).out(its.uniqueId);
})();

/**
 * True when a single-token form is an ordinary English word according to the wink lexicon.
 * CamelCase forms ("OilRig", "BlackJack") are distinctive as written and never count as common.
 */
function isCommonWord(form) {
  if (/[a-z][A-Z]/.test(form)) return false;
  const lower = form.toLowerCase();
  if (RARE_WORD_NAMES.has(lower)) return false;
  const doc = nlp.readDoc(lower);
  if (doc.tokens().length() !== 1) return false;
  const token = doc.tokens().itemAt(0);
  if (token.out(its.uniqueId) < lexiconSize) return true;
  const lemma = token.out(its.lemma);
  return lemma !== lower && nlp.readDoc(lemma).tokens().itemAt(0).out(its.uniqueId) < lexiconSize;
}

function fold(text) {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Country forms: names, demonyms, capitals (simple version of src/knowledge/countries.ts). */
const countryByName = new Map();
const stateForms = new Set();
for (const c of worldCountries) {
  const names = [c.name.common, c.name.official, ...c.altSpellings.filter((a) => a.length > 2)];
  for (const n of names) {
    countryByName.set(fold(n), c.cca2);
    stateForms.add(fold(n));
  }
  for (const cap of c.capital) stateForms.add(fold(cap));
  for (const d of [c.demonyms.eng?.m, c.demonyms.eng?.f]) if (d) stateForms.add(fold(d));
}
const validCodes = new Set(worldCountries.map((c) => c.cca2));

function sponsorCountry(sponsor) {
  if (!sponsor || sponsor === "Unknown") return undefined;
  if (validCodes.has(sponsor)) return sponsor; // "US"
  // "Iran (Islamic Republic of)" → "Islamic Republic of Iran"
  const reordered = sponsor.replace(/^(.*)\s+\((.*)\)$/, "$2 $1");
  return countryByName.get(fold(sponsor)) ?? countryByName.get(fold(reordered));
}

/** "Operation Troy", "xHunt campaign", "Shadow Campaigns": campaigns, not actors. */
function isCampaign(form) {
  return /^(operation|op)\s/i.test(form) || /\bcampaigns?\b/i.test(form);
}

function isJunk(form) {
  if (form.length < 3) return true;
  if (/^\d+$/.test(form)) return true;
  if (form.includes(":")) return true;
  if (/^(group|team|gang|crew)[\s-]*\d{1,3}$/i.test(form)) return true;
  return stateForms.has(fold(form));
}

// 1. Collect clusters with their raw synonyms.
const groups = [];
const byKey = new Map();
/** "APT-C-38 (QiAnXin)" → "APT-C-38", "APT-Q-27," → "APT-Q-27": vendor notes and stray punctuation. */
function clean(form) {
  return form.trim().replace(/\s+\([^)]*\)$/, "").replace(/[,;]+$/, "").trim();
}

for (const v of threatActors) {
  if (v.value.trim().startsWith("[")) continue; // "[Unnamed group]", "[Vault 7/8]": placeholders
  const meta = v.meta ?? {};
  const code = validCodes.has(meta.country) ? meta.country : sponsorCountry(meta["cfr-suspected-state-sponsor"]);
  const existing = byKey.get(fold(v.value));
  const synonyms = (meta.synonyms ?? []).map(clean);
  if (existing) {
    existing.raw.push(...synonyms);
    existing.country ??= code;
    continue;
  }
  const group = { name: v.value.trim(), country: code, raw: synonyms };
  groups.push(group);
  byKey.set(fold(group.name), group);
}

// 2. MITRE intrusion sets: add synonyms to the cluster that shares a form with them.
for (const set of intrusionSets) {
  const forms = [set.value.replace(/\s+-\s+G\d{4}$/, ""), ...(set.meta?.synonyms ?? [])].map(clean);
  const keys = new Set(forms.map(fold));
  // The cluster sharing the most forms with the set: one shared vendor name ("IRIDIUM") can point
  // to a different cluster, the bulk of the names does not.
  let target;
  let best = 0;
  for (const g of groups) {
    const mine = new Set([g.name, ...g.raw].map(fold));
    const overlap = [...keys].filter((k) => mine.has(k)).length + (keys.has(fold(g.name)) ? 0.5 : 0);
    if (overlap > best) [target, best] = [g, overlap];
  }
  if (target) {
    target.raw.push(...forms);
    target.mitreName ??= forms[0];
  }
}

// 3. Which clusters claim each form (by canonical name or synonym).
const claims = new Map();
for (const g of groups) {
  for (const f of new Set([g.name, ...g.raw].map(fold))) {
    if (!claims.has(f)) claims.set(f, new Set());
    claims.get(f).add(g);
  }
}

/**
 * The one cluster a form belongs to: the cluster named so; else, when every claimant agrees on
 * the country (or has none), the best-documented claimant (most synonyms), since MISP then usually
 * holds a main entry and a vendor-specific duplicate; else none (the form cannot tell them apart).
 */
function owner(key) {
  const named = byKey.get(key);
  if (named) return named;
  const owners = [...(claims.get(key) ?? [])];
  if (owners.length === 1) return owners[0];
  const countries = new Set(owners.map((o) => o.country).filter(Boolean));
  if (countries.size > 1) return undefined;
  return owners.sort((a, b) => b.raw.length - a.raw.length)[0];
}

// 4. Filter.
const out = [];
for (const g of groups) {
  const seen = new Set([fold(g.name)]);
  const aliases = [];
  const contextAliases = [];
  const campaigns = [];
  for (const form of g.raw) {
    const key = fold(form);
    if (seen.has(key)) continue;
    seen.add(key);
    if (isJunk(form)) continue;
    if (owner(key) !== g) continue; // another cluster's name, or shared by clusters of different states
    if (isCampaign(form)) campaigns.push(form);
    else if (!/[\s\-_.]/.test(form) && !/\d/.test(form) && isCommonWord(form)) contextAliases.push(form);
    else aliases.push(form);
  }
  // A cluster named after an operation ("Operation C-Major") is named by its MITRE name
  // ("Transparent Tribe") when it has one, else by its first actor alias.
  let name = g.name;
  if (isCampaign(name)) {
    campaigns.unshift(name);
    const mitre = g.mitreName && aliases.indexOf(g.mitreName);
    const actorName = mitre !== undefined && mitre >= 0 ? aliases.splice(mitre, 1)[0] : aliases.shift();
    if (actorName === undefined) continue; // only campaign names: not an actor
    name = actorName;
  }
  const entry = { name, kind: "group" };
  if (g.country) entry.country = g.country;
  entry.aliases = aliases;
  if (contextAliases.length) entry.contextAliases = contextAliases;
  if (campaigns.length) entry.campaigns = campaigns;
  if (!/[\s\-_.]/.test(name) && !/\d/.test(name) && isCommonWord(name)) entry.ambiguousName = true;
  out.push(entry);
}
out.sort((a, b) => a.name.localeCompare(b.name));

mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify(out, null, 1) + "\n");
console.log(`wrote ${out.length} groups to ${outFile}`);

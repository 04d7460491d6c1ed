import type { ActorKind } from "../../domain/index.js";
import type { Token } from "../analysis.js";
import { isCommonWord } from "../nlp.js";

const MONTHS_AND_DAYS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
  "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
]);
// Capitalized words that are not names in news prose (headline case, sentence starts, products).
const NOT_NAMES = new Set([
  "i", "the", "a", "an", "this", "that", "these", "those", "it", "we", "they", "he", "she", "you", "mr", "mrs", "ms",
  "dr", "but", "and", "or", "if", "in", "on", "at", "for", "as", "so", "after", "before", "when", "while", "however",
  "according", "also", "meanwhile", "today", "yesterday", "internet", "web", "windows", "android", "ios", "linux",
  "email", "covid", "twitter", "facebook", "bitcoin", "tor", "vpn", "ceo", "cto", "ciso", "cve", "pdf", "ip",
  "http", "https", "url", "dns", "api", "ai", "rat", "trojan", "ransomware", "malware", "botnet", "cyber",
  "read", "more", "related", "update", "image", "photo", "source", "click", "here", "advertisement",
  "hackers", "hacker", "researchers", "officials", "police", "authorities", "attackers", "experts", "government",
  "security", "cybersecurity", "analysts", "investigators", "prosecutors", "victims", "users", "customers",
]);
const CONNECTORS = new Set(["of", "&", "de", "for", "and"]);
// Places that read like names of people or firms in news prose; they are no actors. US states carry
// their country, so that "prosecutors in New Jersey" can tell whose prosecutors they are.
const US_STATES = [
  "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
  "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
  "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
  "new hampshire", "new jersey", "new mexico", "north carolina", "north dakota", "ohio", "oklahoma",
  "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
  "vermont", "virginia", "west virginia", "wisconsin", "wyoming",
];
const REGIONS = [
  "silicon valley", "wall street", "europe", "asia", "africa", "latin america", "middle east", "eastern europe",
  "western europe", "southeast asia", "donetsk", "luhansk", "crimea", "bavaria", "catalonia",
];
// Provinces, states and nations of other federations, which news names as often as US states.
const OTHER_SUBDIVISIONS: [string, string][] = [
  ...["ontario", "quebec", "british columbia", "alberta", "manitoba", "saskatchewan", "nova scotia", "new brunswick", "newfoundland"].map((p) => [p, "CA"] as [string, string]),
  ...["new south wales", "victoria", "queensland", "tasmania", "western australia", "south australia"].map((p) => [p, "AU"] as [string, string]),
  ...["england", "scotland", "wales", "northern ireland"].map((p) => [p, "GB"] as [string, string]),
  ...["bavaria", "saxony", "hesse", "berlin-brandenburg"].map((p) => [p, "DE"] as [string, string]),
];
const PLACES = new Map<string, string | undefined>([
  ...US_STATES.map((p) => [p, "US"] as const), ...OTHER_SUBDIVISIONS, ...REGIONS.map((p) => [p, undefined] as const),
]);

/** Whether a name is a place, and the country it lies in when that is known. */
export function placeOf(text: string): { country?: string } | undefined {
  const key = text.toLowerCase().replace(/[.’']/g, "");
  if (!PLACES.has(key)) return undefined;
  const country = PLACES.get(key);
  return country ? { country } : {};
}

const COMPANY_WORDS = new Set([
  "inc", "corp", "corporation", "ltd", "llc", "plc", "gmbh", "co", "labs", "lab", "technologies", "technology",
  "systems", "security", "software", "networks", "solutions", "group", "holdings", "bank", "airlines", "airways",
  "motors", "media", "telecom", "communications", "energy", "health", "healthcare", "pharmaceuticals", "capital",
  "financial", "insurance", "entertainment", "pictures", "studios", "games", "partners", "associates", "consulting",
  "cybersecurity", "intelligence", "research", "digital", "electric", "power", "oil", "gas", "shipping", "exchange",
]);
const GOVERNMENT_WORDS = new Set([
  "department", "ministry", "agency", "police", "city", "county", "port", "council", "court", "office", "bureau",
  "administration", "commission", "authority", "service", "services", "directorate", "command", "army", "navy",
  "parliament", "senate", "congress", "municipality", "state", "government", "district", "attorney", "prosecutor",
]);
const ORGANIZATION_WORDS = new Set([
  "university", "college", "hospital", "institute", "foundation", "association", "committee", "party", "union",
  "federation", "organization", "organisation", "agency", "centre", "center", "clinic", "school", "church", "club",
  "league", "society", "campaign", "trust", "network", "alliance", "council", "board", "museum", "forum",
]);
const GROUP_WORDS = new Set(["group", "gang", "team", "crew", "collective", "hackers", "apt", "panda", "bear", "kitten", "spider", "chollima", "typhoon", "blizzard", "sandstorm", "sleet", "tempest"]);

/** A run of capitalized proper-name tokens ("Port of San Diego", "Faramarz Shahi Savandi"), or undefined. */
export function properNameEnd(tokens: readonly Token[], i: number, limit: number): number | undefined {
  const isName = (t: Token) =>
    (t.pos === "PROPN" || (t.pos === "NOUN" && /^[A-Z][a-z]+[A-Z]/.test(t.text)) || /^[A-Z][A-Za-z]*\d+[A-Za-z\d]*$/.test(t.text)) &&
    /^[A-Z0-9]/.test(t.text) && !MONTHS_AND_DAYS.has(t.lower.replace(/\.$/, "")) && !NOT_NAMES.has(t.lower);
  const first = tokens[i];
  // "Democratic Party", "Federal Reserve": a capitalized adjective opens a name when a name word follows.
  const adjectiveOpener = !!first && first.pos === "ADJ" && /^[A-Z][a-z]+$/.test(first.text) && !!tokens[i + 1] && i + 1 < limit && isName(tokens[i + 1]!) && i > 0 && tokens[i - 1]!.sentence === first.sentence;
  if (!first || (!isName(first) && !adjectiveOpener)) return undefined;
  let j = i + 1;
  while (j < limit) {
    const t = tokens[j]!;
    if (isName(t)) j++;
    else if (CONNECTORS.has(t.lower) && j + 1 < limit && isName(tokens[j + 1]!) && t.lower !== "and") j++;
    // "High-Tech Bridge": a hyphen with no space around it joins a name.
    else if (t.text === "-" && j + 1 < limit && t.start === tokens[j - 1]!.end && tokens[j + 1]!.start === t.end && isName(tokens[j + 1]!)) j++;
    else break;
  }
  // A lone capitalized ordinary word opening a sentence or quote ("Forensic analysis", "Late Friday").
  const opener = i === 0 || tokens[i - 1]!.sentence !== first.sentence || /^["“'‘(:—–-]$/.test(tokens[i - 1]!.text);
  if (j === i + 1 && opener && isCommonWord(first.lower)) return undefined;
  return j;
}

/** What kind of actor an unknown proper name most likely is, from its own words. */
export function kindOfName(words: readonly string[]): Exclude<ActorKind, "state" | "unspecified"> {
  const lower = words.map((w) => w.toLowerCase());
  const last = lower[lower.length - 1] ?? "";
  const firstWord = lower[0] ?? "";
  // "Product Security Incident Response Team": a vendor's or state's response team, not a threat group.
  if (lower.some((w) => /^(response|incident|emergency|security|research|readiness)$/.test(w)) && GROUP_WORDS.has(last)) return "organization";
  if (/^(apt|ta|unc|fin|temp|storm|dev)[-]?\d+$/.test(last) || GROUP_WORDS.has(last)) return "group";
  if (GOVERNMENT_WORDS.has(firstWord) || GOVERNMENT_WORDS.has(last)) return "government";
  if (ORGANIZATION_WORDS.has(last) || ORGANIZATION_WORDS.has(firstWord)) return "organization";
  if (COMPANY_WORDS.has(last)) return "company";
  if (words.length >= 2 && words.length <= 4 && words.every((w) => /^[A-Z][a-z'’-]+$/.test(w))) return "person";
  return "company";
}

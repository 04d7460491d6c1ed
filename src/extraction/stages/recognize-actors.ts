import type { Actor } from "../../domain/index.js";
import { leaders, type CountryEntry } from "../../knowledge/index.js";
import { required, type Mention, type Token } from "../analysis.js";
import { foldText } from "../recognize/form-index.js";
import { lexicon, type HeadEntry, type Lexicon } from "../recognize/lexicon.js";
import { kindOfName, placeOf, properNameEnd } from "../recognize/proper-names.js";
import type { Stage } from "../stage.js";

const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);
const UNSPECIFIED_HEADS = new Set([
  "officials", "authorities", "researchers", "experts", "investigators", "analysts", "sources", "prosecutors",
  "critics", "observers", "intelligence officials", "security researchers", "security experts", "security firms",
  "cybersecurity experts", "cybersecurity researchers", "cybersecurity firms", "security companies", "reports",
  "authors", "report", "study", "analysis", "the researchers",
]);
const PRONOUNS = new Set(["it", "its", "they", "their", "them", "he", "his", "him", "she", "her"]);
const DESCRIPTOR_NOUNS = new Set([
  "nation", "country", "state", "ally", "neighbour", "neighbor", "republic", "kingdom", "government", "regime",
  // group descriptors, bound to the group last named: "the group", "the hackers"
  "group", "hackers", "gang", "attackers", "crew", "collective", "apt", "actors", "actor",
]);
const DESCRIPTOR_DETERMINERS = new Set(["the", "its", "their", "this", "that"]);

// Words that can open a mention without being in any gazetteer.
const STARTERS = new Set([...UNSPECIFIED_HEADS, ...PRONOUNS, ...DESCRIPTOR_DETERMINERS, "city"]);
const titleCase = (s: string) => s.replace(/\b([a-z])/g, (c) => c.toUpperCase()).replace(/\b(Of|And|The|For)\b/g, (w) => w.toLowerCase());
const stateActor = (c: CountryEntry): Actor => ({ name: c.name, kind: "state", country: c.code });
const demonymOf = (c: CountryEntry) => c.demonyms[0] ?? c.name;

interface Ctx {
  readonly text: string;
  readonly folded: string;
  readonly tokens: readonly Token[];
  readonly lex: Lexicon;
  readonly limit: number;
  readonly sentence: number;
}

function surface(ctx: Ctx, i: number, j: number): string {
  return ctx.text.slice(ctx.tokens[i]!.start, ctx.tokens[j - 1]!.end);
}

function mention(ctx: Ctx, i: number, j: number, source: Mention["source"], actor: Actor | undefined, extra: Partial<Mention> = {}): Mention {
  let end = j;
  let possessive = false;
  if (end > i + 1 && POSSESSIVE.has(ctx.tokens[end - 1]!.lower)) {
    end -= 1;
    possessive = true;
  }
  return {
    tokenStart: i, tokenEnd: j, start: ctx.tokens[i]!.start, end: ctx.tokens[end - 1]!.end, sentence: ctx.sentence,
    source, text: surface(ctx, i, end), possessive, ...(actor ? { actor } : {}), ...extra,
  };
}

/**
 * A title's person name right after it ("spokesperson Nasser Kanaani", "spokesman, Nasser Kanaani,"),
 * as [end, name], with the known official when the name is in the gazetteer ("Prime Minister Edi Rama").
 */
function nameAfter(ctx: Ctx, j: number): [number, string, Actor?] | undefined {
  // An appositive name: "spokesman, Nasser Kanaani, said"
  if (ctx.tokens[j]?.text === "," && j + 1 < ctx.limit) {
    const inner = nameAfter(ctx, j + 1);
    if (inner && ctx.tokens[inner[0]]?.text === ",") return inner;
    return undefined;
  }
  const known = ctx.lex.names.matchAt(ctx.text, ctx.folded, ctx.tokens, j, ctx.limit);
  if (known) {
    if (known.value.type !== "actor" || known.value.actor.kind !== "government" || !/\s/.test(known.value.actor.name)) return undefined;
    return [known.tokenEnd, known.value.actor.name, known.value.actor];
  }
  const end = properNameEnd(ctx.tokens, j, ctx.limit);
  if (end === undefined || end - j > 4) return undefined;
  return [end, surface(ctx, j, end)];
}

/** A country (or demonym) followed by an optional possessive and a head: the composite mention, if any. */
function withHead(ctx: Ctx, i: number, j: number, country: CountryEntry | undefined, head: HeadEntry, headEnd: number): Mention | undefined {
  const label = surface(ctx, i, headEnd);
  if (head.type === "state") return country ? mention(ctx, i, headEnd, "country", stateActor(country)) : undefined;
  if (head.type === "descriptive") {
    if (!country) return undefined;
    return mention(ctx, i, headEnd, "composite", { name: label.replace(/^(the|a|an)\s+/i, ""), kind: head.kind, country: country.code });
  }
  const body = head.body;
  if (body.title) {
    const named = nameAfter(ctx, headEnd);
    const officeName = country ? `${demonymOf(country)} ${titleCase(body.label)}` : titleCase(body.label);
    const knownCountry = named?.[2]?.country;
    const actor: Actor = {
      name: named ? named[1] : officeName,
      kind: "government",
      ...(country ? { country: country.code } : knownCountry ? { country: knownCountry } : {}),
      aliases: [label],
    };
    return mention(ctx, i, named ? named[0] : headEnd, "official", actor, named ? {} : { titleOnly: true });
  }
  if (!country) return mention(ctx, i, headEnd, "body", undefined, { text: label, label: titleCase(body.label) });
  const folded = label.toLowerCase().replace(/[’]/g, "'");
  const headText = surface(ctx, j, headEnd).toLowerCase();
  const known =
    ctx.lex.bodyByCountryForm.get(`${country.code}|${folded}`) ??
    ctx.lex.bodyByCountryForm.get(`${country.code}|${demonymOf(country).toLowerCase()} ${headText}`) ??
    ctx.lex.bodyByCountryForm.get(`${country.code}|${country.name.toLowerCase()}'s ${headText}`);
  const actor: Actor = known ?? { name: `${demonymOf(country)} ${titleCase(body.label)}`, kind: "government", country: country.code };
  return mention(ctx, i, headEnd, "body", { ...actor, aliases: [label] });
}

const TITLE_WORDS = new Set(["chief", "officer", "executive", "director", "manager", "chairman", "chairwoman", "founder", "co-founder", "spokesperson", "spokesman", "spokeswoman", "vp"]);

// "surveillance company Gamma International", "law firm DLA Piper": the noun before an unknown name types it.
const KIND_BEFORE = new Map<string, Actor["kind"]>([
  ...["company", "firm", "vendor", "maker", "provider", "retailer", "airline", "operator", "giant", "startup", "bank", "lender", "insurer", "contractor", "manufacturer", "developer", "publisher", "broadcaster"].map((w) => [w, "company"] as const),
  ...["hospital", "university", "charity", "foundation", "organization", "organisation", "ngo", "newspaper", "party"].map((w) => [w, "organization"] as const),
]);

const GROUP_WORDS = /^(group|gang|hackers|collective|crew|actor|team|operation|apt|outfit|unit)$/;

/** "a ransomware gang called DarkSide", "a group it tracks as Electrum", "hackers calling themselves X". */
function namedGroup(tokens: readonly Token[], i: number): boolean {
  // "calling itself the Guardians of Peace": past an article to the naming word.
  if (/^(the|a)$/.test(tokens[i - 1]?.lower ?? "")) i -= 1;
  const w1 = tokens[i - 1]?.lower ?? "";
  const w2 = tokens[i - 2]?.lower ?? "";
  // "the hacktivist group Anonymous India", "hacking organization Anonymous"
  if (/^(group|gang|collective|organization|organisation|crew|outfit)$/.test(w1) && /^(hacking|hacker|hacktivist|activist|cyber|threat|ransomware|apt|espionage|criminal)$/.test(w2)) return true;
  const naming = /^(called|dubbed|named|nicknamed|itself|themselves)$/.test(w1) || (w1 === "as" && /^(known|tracks|tracked|identified|calls|referred)$/.test(w2));
  if (!naming) return false;
  for (let k = i - 2; k >= 0 && k >= i - 6; k--) if (GROUP_WORDS.test(tokens[k]!.lower)) return true;
  return false;
}

/** A word that names a group only in context: a group word beside it, or the group named before in full. */
function groupInContext(ctx: Ctx, i: number, end: number, actor: Actor, prior: readonly Mention[]): boolean {
  for (let k = Math.max(0, i - 3); k < Math.min(ctx.limit, end + 3); k++) {
    if (k >= i && k < end) continue;
    if (GROUP_WORDS.test(ctx.tokens[k]!.lower)) return true;
  }
  return prior.some((m) => m.actor?.name === actor.name && m.source === "gazetteer");
}

const CITY_BODY = /^(government|council|hall|officials|services|computers|systems|network|networks|employees|agencies|departments|websites?)$/;

/**
 * A city as a body ("the city of Atlanta", "Atlanta city government"): a local government that can be hit
 * or act, named "City of X"; its country is known only when a US state follows ("Newark, New Jersey").
 */
function cityAt(ctx: Ctx, i: number): Mention | undefined {
  const { tokens, limit } = ctx;
  let nameStart: number;
  let nameEnd: number | undefined;
  let end: number;
  if (tokens[i]!.lower === "city" && tokens[i + 1]?.lower === "of" && i + 2 < limit) {
    nameStart = i + 2;
    nameEnd = properNameEnd(tokens, nameStart, limit);
    if (nameEnd === undefined) return undefined;
    end = nameEnd;
  } else {
    nameStart = i;
    nameEnd = properNameEnd(tokens, i, limit);
    if (nameEnd === undefined || nameEnd + 1 >= limit || tokens[nameEnd]!.text !== "city" || !CITY_BODY.test(tokens[nameEnd + 1]!.lower)) return undefined;
    end = nameEnd + 1;
  }
  const name = surface(ctx, nameStart, nameEnd);
  if (placeOf(name) || ctx.lex.names.matchAt(ctx.text, ctx.folded, tokens, nameStart, limit)) return undefined;
  const state = tokens[nameEnd]?.text === "," && nameEnd + 1 < limit ? properNameEnd(tokens, nameEnd + 1, limit) : undefined;
  const inUS = state !== undefined && placeOf(surface(ctx, nameEnd + 1, state))?.country === "US";
  const possessive = end < limit && POSSESSIVE.has(tokens[end]!.lower);
  return mention(ctx, i, possessive ? end + 1 : end, "name", { name: `City of ${name}`, kind: "government", ...(inUS ? { country: "US" } : {}) });
}

let leaderSurnames: Map<string, string> | undefined;

/** "the Trump administration", "the Obama White House": a leader's surname before an office names the state. */
function administrationAt(ctx: Ctx, i: number): Mention | undefined {
  const { tokens, limit } = ctx;
  if (i + 1 >= limit || !/^(administration|government|white)$/.test(tokens[i + 1]!.lower) || tokens[i]!.pos !== "PROPN") return undefined;
  leaderSurnames ??= new Map(leaders.filter((l) => l.country).map((l) => [l.name.split(" ").pop()!, l.country!]));
  const code = leaderSurnames.get(tokens[i]!.text);
  const country = code ? ctx.lex.countryByCode.get(code) : undefined;
  if (!country) return undefined;
  const end = tokens[i + 1]!.lower === "white" && tokens[i + 2]?.lower === "house" ? i + 3 : i + 2;
  return mention(ctx, i, end, "country", { ...stateActor(country), aliases: [surface(ctx, i, end)] });
}

/** Tries, at token i, every way a mention can start; returns it or undefined. */
function mentionAt(ctx: Ctx, i: number, prior: readonly Mention[]): Mention | undefined {
  const { tokens, lex, text, folded, limit } = ctx;
  const tok = tokens[i]!;
  const name = lex.names.matchAt(text, folded, tokens, i, limit);
  if (name) {
    let j = name.tokenEnd;
    if (name.value.type === "actor") {
      const body = name.value.actor;
      // "Foreign Office minister Lord Ahmad", "FBI Director Christopher Wray": an official of that body.
      const title = body.kind === "government" && j < limit ? lex.heads.matchAt(text, folded, tokens, j, limit) : undefined;
      if (title && title.value.type === "body" && title.value.body.title) {
        const named = nameAfter(ctx, title.tokenEnd);
        if (named) {
          const actor: Actor = { name: named[1], kind: "government", ...(body.country ? { country: body.country } : {}), aliases: [surface(ctx, i, title.tokenEnd)] };
          return mention(ctx, i, named[0], "official", actor);
        }
      }
      const possessive = j < limit && POSSESSIVE.has(tokens[j]!.lower);
      return mention(ctx, i, possessive ? j + 1 : j, "gazetteer", name.value.actor);
    }
    const country = name.value.country;
    if (j < limit && POSSESSIVE.has(tokens[j]!.lower)) j++;
    const head = j < limit ? lex.heads.matchAt(text, folded, tokens, j, limit) : undefined;
    if (head) {
      const m = withHead(ctx, i, j, country, head.value, head.tokenEnd);
      if (m) return m;
    }
    if (name.value.type === "demonym") return mention(ctx, i, name.tokenEnd, "demonym", stateActor(country), { modifier: true });
    // "U.S. defense industry", "China-based": a country name used as a modifier is no actor on its own.
    const next = tokens[name.tokenEnd];
    const asModifier = j === name.tokenEnd && !!next && name.tokenEnd < limit &&
      (next.text === "-" || ((next.pos === "NOUN" || next.pos === "ADJ") && !/^(on|in|at)$/.test(next.lower)));
    // "a provider in Moscow", "hackers from Russia": where someone is, not the state acting.
    // ("customers in the U.K." too; but "agencies from the United States" speak for it.)
    const located = /^(in|from|near|across|throughout|inside)$/.test(tokens[i - 1]?.lower ?? "") || (tokens[i - 1]?.lower === "based" && tokens[i - 2]?.lower === "in") ||
      (tokens[i - 1]?.lower === "the" && tokens[i - 2]?.lower === "in");
    return mention(ctx, i, j, "country", { ...stateActor(country), aliases: [surface(ctx, i, name.tokenEnd)] }, asModifier || located ? { modifier: true } : {});
  }
  const contextual = lex.contextNames.matchAt(text, folded, tokens, i, limit);
  if (contextual && contextual.value.type === "actor" && groupInContext(ctx, i, contextual.tokenEnd, contextual.value.actor, prior)) {
    const j = contextual.tokenEnd;
    return mention(ctx, i, j < limit && POSSESSIVE.has(tokens[j]!.lower) ? j + 1 : j, "gazetteer", contextual.value.actor);
  }
  const head = lex.heads.matchAt(text, folded, tokens, i, limit);
  if (head) {
    const v = head.value;
    // "the government of Albania", "the foreign ministry of Iran"
    if (head.tokenEnd + 1 < limit && tokens[head.tokenEnd]!.lower === "of") {
      const of = lex.names.matchAt(text, folded, tokens, head.tokenEnd + 1, limit);
      if (of && of.value.type === "country") {
        const m = withHead(ctx, i, i, of.value.country, v, head.tokenEnd);
        if (m) return { ...m, tokenEnd: of.tokenEnd, end: tokens[of.tokenEnd - 1]!.end, text: surface(ctx, i, of.tokenEnd) };
      }
    }
    if (v.type === "body") return withHead(ctx, i, i, undefined, v, head.tokenEnd);
    const label = surface(ctx, i, head.tokenEnd).toLowerCase();
    if (UNSPECIFIED_HEADS.has(label)) return mention(ctx, i, head.tokenEnd, "descriptor", { name: label, kind: "unspecified" });
    // "the government", "the regime": the state in focus, bound by reference resolution.
    if (v.type === "state" && i > 0 && /^(the|its|their)$/.test(tokens[i - 1]!.lower)) return mention(ctx, i, head.tokenEnd, "descriptor", undefined);
  }
  if (UNSPECIFIED_HEADS.has(tok.lower)) return mention(ctx, i, i + 1, "descriptor", { name: tok.lower, kind: "unspecified" });
  // "the attack that paralyzed ...": after a noun, "that" is a relative pronoun, not a determiner.
  if (DESCRIPTOR_DETERMINERS.has(tok.lower) && !(tok.lower === "that" && /^(NOUN|PROPN)$/.test(tokens[i - 1]?.pos ?? ""))) {
    let j = i + 1;
    let namesState = false;
    while (j < limit && j < i + 4 && (tokens[j]!.pos === "ADJ" || tokens[j]!.pos === "PROPN" || tokens[j]!.pos === "NOUN") && !DESCRIPTOR_NOUNS.has(tokens[j]!.lower)) {
      const inner = lex.names.matchAt(text, folded, tokens, j, limit);
      // "the Lazarus Group" is a name, not "the group"; only an alliance may sit inside ("its NATO ally").
      if (inner && (inner.value.type !== "actor" || inner.value.actor.kind !== "organization")) namesState = true;
      j++;
    }
    if (!namesState && j < limit && DESCRIPTOR_NOUNS.has(tokens[j]!.lower) && !(tokens[j + 1] && /^(of|police|media|department|secretary|sponsored|backed)$/.test(tokens[j + 1]!.lower))) {
      const end = j + 1 < limit && POSSESSIVE.has(tokens[j + 1]!.lower) ? j + 2 : j + 1;
      return mention(ctx, i, end, "descriptor", undefined);
    }
  }
  // "IT" in capitals is information technology, not "it".
  if (PRONOUNS.has(tok.lower) && tok.text !== tok.text.toUpperCase()) return mention(ctx, i, i + 1, "pronoun", undefined, { possessive: /s$|r$/.test(tok.lower) && tok.lower !== "he" });
  const city = cityAt(ctx, i);
  if (city) return city;
  const administration = administrationAt(ctx, i);
  if (administration) return administration;
  const end = properNameEnd(tokens, i, limit);
  if (end !== undefined && !((prior[prior.length - 1]?.tokenEnd ?? 0) > i)) {
    const words = tokens.slice(i, end).map((t) => t.text);
    // A place is consumed whole ("New Jersey" must not leave "Jersey" behind) but names no actor; so is
    // an unknown name after "in" or "from" ("a grand jury in Atlanta").
    const place = placeOf(surface(ctx, i, end));
    // "CPS Chief Operating Officer Arnie Rivera": a name holding a title is an office, no organization.
    const titled = words.some((w) => TITLE_WORDS.has(w.toLowerCase()));
    if (place || titled || /^(in|from|near)$/.test(tokens[i - 1]?.lower ?? "")) {
      const country = place?.country ? lex.countryByCode.get(place.country) : undefined;
      return mention(ctx, i, end, "name", country ? stateActor(country) : undefined, { modifier: true });
    }
    const possessive = end < limit && POSSESSIVE.has(tokens[end]!.lower);
    const kind = namedGroup(tokens, i) ? "group" : KIND_BEFORE.get(tokens[i - 1]?.lower ?? "") ?? kindOfName(words);
    return mention(ctx, i, possessive ? end + 1 : end, "name", { name: surface(ctx, i, end), kind });
  }
  return undefined;
}

/**
 * Finds actor mentions: known names from the gazetteers, countries with their capitals, seats and
 * demonyms, government bodies and officials with their country, composites ("Iranian hackers"),
 * unknown proper names, and the descriptors and pronouns that reference resolution will bind.
 */
export const recognizeActors: Stage = {
  name: "recognize-actors",
  run(a) {
    const sentences = required(a, "sentences", "recognize-actors");
    const tokens = required(a, "tokens", "recognize-actors");
    const text = a.article.text;
    const folded = foldText(text);
    const lex = lexicon();
    const mentions: Mention[] = [];
    for (const s of sentences) {
      const ctx: Ctx = { text, folded, tokens, lex, limit: s.tokenEnd, sentence: s.index };
      let i = s.tokenStart;
      while (i < s.tokenEnd) {
        const t = tokens[i]!;
        // "(see Report: North Korea Seeks Bitcoins)": a link to another story names no actor of this one.
        if (t.text === "(" && tokens[i + 1]?.lower === "see") {
          while (i < s.tokenEnd && tokens[i]!.text !== ")") i++;
          continue;
        }
        const c = t.text.charCodeAt(0);
        // Most tokens start nothing: no capital, no gazetteer form, no determiner or pronoun.
        if ((c < 65 || c > 90) && !lex.starts.has(t.key) && !STARTERS.has(t.lower)) {
          i++;
          continue;
        }
        const m = mentionAt(ctx, i, mentions);
        if (m) {
          mentions.push(m);
          i = Math.max(m.tokenEnd, i + 1);
        } else i++;
      }
    }
    return { mentions };
  },
};

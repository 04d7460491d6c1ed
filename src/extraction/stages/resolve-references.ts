import type { Actor } from "../../domain/index.js";
import { required, type Mention, type Token } from "../analysis.js";
import { lexicon } from "../recognize/lexicon.js";
import { REGION_MEMBERS } from "../recognize/regions.js";
import type { Stage } from "../stage.js";

const isState = (m: Mention) => m.actor?.kind === "state" && !m.modifier;
const HUMAN = new Set(["he", "his", "him", "she", "her"]);

const SPANS = new WeakMap<readonly Mention[], Map<number, [number, number]> | null>();

/**
 * The mentions of one sentence among the first `before`, in text order. Mentions come sorted by
 * sentence, so each sentence's run is looked up rather than found by filtering the whole list.
 */
function ofSentence(mentions: readonly Mention[], sentence: number, before: number): Mention[] {
  let spans = SPANS.get(mentions);
  if (spans === undefined) {
    spans = new Map();
    for (let i = 0; i < mentions.length; i++) {
      const s = mentions[i]!.sentence;
      const span = spans.get(s);
      if (span && span[1] !== i) {
        spans = null; // not sorted after all: filter below
        break;
      }
      if (span) span[1] = i + 1;
      else spans.set(s, [i, i + 1]);
    }
    SPANS.set(mentions, spans);
  }
  if (!spans) return mentions.slice(0, before).filter((m) => m.sentence === sentence);
  const span = spans.get(sentence);
  return span ? mentions.slice(span[0], Math.min(span[1], before)) : [];
}

/** Mentions of sentences before `sentence`, nearest sentence first, each sentence in text order. */
function* earlierSentences(mentions: readonly Mention[], before: number, sentence: number): Generator<Mention[]> {
  const inSentence = ofSentence(mentions, sentence, before);
  if (inSentence.length) yield inSentence;
  for (let s = sentence - 1; s >= 0 && s >= sentence - 6; s--) {
    const ms = ofSentence(mentions, s, before);
    if (ms.length) yield ms;
  }
}

function descriptorFilter(m: Mention, tokens: readonly Token[]): (code: string) => boolean {
  const words = tokens.slice(m.tokenStart, m.tokenEnd).map((t) => t.lower);
  const phrase = words.join(" ");
  const sets = Object.entries(REGION_MEMBERS).filter(([k]) => ` ${phrase} `.includes(` ${k} `)).map(([, v]) => new Set(v));
  return (code) => sets.every((s) => s.has(code));
}

/** The state a descriptor ("the Balkan nation", "the country", "its NATO ally") refers to. */
function resolveDescriptor(mentions: readonly Mention[], index: number, tokens: readonly Token[]): Actor | undefined {
  const m = mentions[index]!;
  const fits = descriptorFilter(m, tokens);
  const possessor = /^(its|their)$/.test(tokens[m.tokenStart]!.lower);
  const inSentence = ofSentence(mentions, m.sentence, index);
  // "its ally": not the state that "its" stands for, which is the subject of the clause.
  const excluded = possessor ? inSentence.find((x) => x.actor?.country)?.actor?.country : undefined;
  for (const group of earlierSentences(mentions, index, m.sentence)) {
    // People and groups carry a nationality, not the state the article is about ("two Iranian men").
    const pick = group.find(
      (x) => !!x.actor?.country && x.source !== "pronoun" && x.actor.kind !== "person" && x.actor.kind !== "group" &&
        fits(x.actor.country) && x.actor.country !== excluded,
    );
    if (pick) return isState(pick) ? pick.actor : stateOf(pick.actor!.country!);
  }
  return undefined;
}

/** The state itself, for a mention that only carries its country ("Montenegro's government networks"). */
function stateOf(code: string): Actor | undefined {
  const c = lexicon().countryByCode.get(code);
  return c ? { name: c.name, kind: "state", country: c.code } : undefined;
}

function resolvePronoun(mentions: readonly Mention[], index: number, tokens: readonly Token[]): Actor | undefined {
  const m = mentions[index]!;
  const word = tokens[m.tokenStart]!.lower;
  const human = HUMAN.has(word);
  const plural = /^(they|them|their)$/.test(word);
  // "they" may be people or organizations; "it" is not a person, "he" and "she" are.
  const fits = (x: Mention) =>
    !!x.actor && x.actor.kind !== "unspecified" && !x.modifier &&
    (plural || (human ? x.actor.kind === "person" || x.source === "official" : x.actor.kind !== "person" && x.source !== "official"));
  const inSentence = ofSentence(mentions, m.sentence, index).filter(fits);
  // A possessive ("its embassy") refers to the nearest fitting actor; a subject pronoun after
  // "that" or "and" ("said that they had expelled") to the subject of the sentence.
  const recent = m.possessive ? inSentence[inSentence.length - 1] : inSentence[0];
  if (recent) return recent.actor;
  for (const group of earlierSentences(mentions, index, m.sentence)) {
    if (group[0]?.sentence === m.sentence) continue;
    const first = group.find(fits);
    if (first) return first.actor;
  }
  return undefined;
}

const GROUP_NOUNS = new Set(["group", "hackers", "gang", "attackers", "crew", "collective", "apt", "actors", "actor"]);

/** "the group", "the hackers": the threat group named last, within a few sentences. */
function resolveGroup(mentions: readonly Mention[], index: number): Actor | undefined {
  const m = mentions[index]!;
  for (let k = index - 1; k >= 0; k--) {
    const x = mentions[k]!;
    if (x.sentence < m.sentence - 5) break;
    if (x.actor?.kind === "group" && !x.modifier && x.source !== "descriptor") return x.actor;
  }
  return undefined;
}

/** A bare surname ("Kanaani said") naming a person or official introduced earlier in full. */
function resolveSurname(mentions: readonly Mention[], index: number, people: ReadonlyMap<string, Actor>): Actor | undefined {
  const m = mentions[index]!;
  return m.text.includes(" ") ? undefined : people.get(m.text);
}

/** Remembers a person or official by surname ("Kanaani"), and by the first name part as in Korean names ("Park"). */
function rememberPerson(m: Mention, people: Map<string, Actor>): void {
  const a = m.actor;
  if (!a || (a.kind !== "person" && m.source !== "official")) return;
  const parts = a.name.split(/\s+/);
  if (parts.length < 2) return;
  people.set(parts[parts.length - 1]!, a);
  if (!people.has(parts[0]!)) people.set(parts[0]!, a);
}

function bodyActor(country: string, label: string, surface: string): Actor {
  const lex = lexicon();
  const known = lex.bodyByCountryForm.get(`${country}|${label.toLowerCase()}`);
  if (known) return { ...known, aliases: [surface] };
  const entry = lex.countryByCode.get(country);
  const demonym = entry?.demonyms[0] ?? entry?.name ?? country;
  return { name: `${demonym} ${label}`, kind: "government", country, aliases: [surface] };
}

/**
 * "the World Anti-Doping Agency (Wada)": an acronym in brackets right after a name is that name, here and
 * wherever the article uses it again ("the IC's analysis"); "the city of Atlanta" makes "Atlanta" the city.
 */
function bindShortNames(mentions: Mention[], tokens: readonly Token[]): void {
  const shortNames = new Map<string, Actor>();
  mentions.forEach((m, i) => {
    const prev = mentions[i - 1];
    if (m.actor?.kind === "government" && m.actor.name.startsWith("City of ")) shortNames.set(m.actor.name.slice(8), m.actor);
    if (!m.actor || m.source !== "name") return;
    if (prev?.actor && tokens[m.tokenStart - 1]?.text === "(" && tokens[m.tokenEnd]?.text === ")" && prev.tokenEnd === m.tokenStart - 1) {
      m.actor = { ...prev.actor, aliases: [...(prev.actor.aliases ?? []), m.text] };
      shortNames.set(m.text, m.actor);
    } else if (shortNames.has(m.text)) m.actor = shortNames.get(m.text);
  });
}

/**
 * "A Chinese hacking group is thought to be behind ...", "the Russian hackers": a description is the one group
 * of that country the article names (before or after it), when it names exactly one.
 */
function bindDescribedGroups(mentions: Mention[]): void {
  const named = new Map<string, Map<string, Actor>>();
  for (const m of mentions) {
    const a = m.actor;
    if (!a || a.kind !== "group" || !a.country || m.modifier || (m.source !== "gazetteer" && m.source !== "name")) continue;
    const byName = named.get(a.country) ?? new Map<string, Actor>();
    byName.set(a.name, a);
    named.set(a.country, byName);
  }
  for (const m of mentions) {
    if (m.source !== "composite" || m.actor?.kind !== "group" || !m.actor.country) continue;
    const candidates = named.get(m.actor.country);
    if (candidates?.size === 1) {
      const group = [...candidates.values()][0]!;
      m.actor = { ...group, aliases: [...(group.aliases ?? []), m.text] };
    }
  }
}

/**
 * "Sony Pictures Entertainment ... the attack on Sony": a known company or organization named by the first
 * words of another one the article names is that other one.
 */
function bindShortCompanyNames(mentions: Mention[]): void {
  const full = new Map<string, Actor>();
  for (const m of mentions) {
    const a = m.actor;
    if (a && (a.kind === "company" || a.kind === "organization") && a.name.includes(" ") && !m.modifier) full.set(a.name, a);
  }
  if (!full.size) return;
  for (const m of mentions) {
    const a = m.actor;
    if (!a || (a.kind !== "company" && a.kind !== "organization") || m.modifier) continue;
    const longer = [...full.values()].filter((x) => x.kind === a.kind && x.name !== a.name && x.name.startsWith(`${a.name} `));
    if (longer.length === 1) m.actor = { ...longer[0]!, aliases: [...(longer[0]!.aliases ?? []), m.text] };
  }
}

/**
 * Binds descriptors, pronouns and surnames to the actors they stand for, and gives government
 * bodies named without a country ("the foreign ministry") the state in focus.
 */
export const resolveReferences: Stage = {
  name: "resolve-references",
  run(a) {
    const tokens = required(a, "tokens", "resolve-references");
    const mentions = required(a, "mentions", "resolve-references").map((m) => ({ ...m }));
    const people = new Map<string, Actor>();
    // Before pronouns take their antecedents' actors, and again once bodies have their countries.
    bindShortNames(mentions, tokens);
    bindDescribedGroups(mentions);
    mentions.forEach((m, i) => {
      rememberPerson(m, people);
      if (m.source === "descriptor" && !m.actor) {
        const head = tokens[m.tokenEnd - 1]!.lower === "'s" || tokens[m.tokenEnd - 1]!.lower === "’s" ? tokens[m.tokenEnd - 2]! : tokens[m.tokenEnd - 1]!;
        const actor = GROUP_NOUNS.has(head.lower) ? resolveGroup(mentions, i) : resolveDescriptor(mentions, i, tokens);
        if (actor) m.actor = { ...actor, aliases: [...(actor.aliases ?? []), m.text] };
      } else if (m.source === "pronoun") {
        const actor = resolvePronoun(mentions, i, tokens);
        if (actor) m.actor = actor;
      } else if (m.source === "name") {
        const actor = resolveSurname(mentions, i, people);
        if (actor) m.actor = actor;
      } else if (m.source === "official" && m.actor && !m.actor.country && !m.titleOnly) {
        // "Foreign Minister Urmas Paet": the title speaks for the state the article is about.
        const state = resolveDescriptor(mentions, i, tokens);
        if (state?.country) m.actor = { ...m.actor, country: state.country };
      } else if (m.source === "body" && !m.actor && !/^(foreign|other)$/.test(tokens[m.tokenStart - 1]?.lower ?? "")) {
        // ("foreign intelligence services" are another state's, whichever it is.)
        // "the country's state police": the possessor right before gives the country.
        const prev = mentions[i - 1];
        // ("Italy's tax police": one qualifying noun may stand between the possessor and the body.)
        const adjacent = prev && (prev.tokenEnd === m.tokenStart || (prev.tokenEnd === m.tokenStart - 1 && tokens[prev.tokenEnd]!.pos === "NOUN"));
        const owner = prev && prev.possessive && adjacent && prev.actor?.country ? prev : undefined;
        // "prosecutors in Vermont", "police in Moscow": the place after them.
        const next = mentions[i + 1];
        const place = next && tokens[m.tokenEnd]?.lower === "in" && next.tokenStart === m.tokenEnd + 1 ? next.actor?.country : undefined;
        const country = owner?.actor?.country ?? place ?? resolveDescriptor(mentions, i, tokens)?.country;
        if (owner) owner.modifier = true;
        if (country) m.actor = bodyActor(country, m.label ?? m.text, owner ? `${owner.text}'s ${m.text}` : m.text);
      }
    });
    bindShortNames(mentions, tokens);
    bindShortCompanyNames(mentions);
    // "Italian company Hacking Team", "surveillance company Gamma International": a description right before
    // a name is that name (which keeps its own country, or takes the description's).
    mentions.forEach((m, i) => {
      const next = mentions[i + 1];
      if (m.source !== "composite" || !m.actor || !next?.actor || next.tokenStart !== m.tokenEnd || next.actor.kind !== m.actor.kind) return;
      if (next.source !== "gazetteer" && next.source !== "name") return;
      next.actor = next.actor.country ? next.actor : { ...next.actor, country: m.actor.country! };
      m.actor = next.actor;
      m.modifier = true;
    });
    // "APT28, a suspected Russian hacking group,": a description in apposition is the name before it.
    mentions.forEach((m, i) => {
      const prev = mentions[i - 1];
      if (!prev?.actor || !m.actor || m.source !== "composite" || prev.actor.kind !== m.actor.kind) return;
      const between = tokens.slice(prev.tokenEnd, m.tokenStart).map((t) => t.lower).join(" ");
      if (/^, (a|an|the)( \S+){0,2}$/.test(between) && (!prev.actor.country || prev.actor.country === m.actor.country))
        m.actor = { ...prev.actor, aliases: [...(prev.actor.aliases ?? []), m.text] };
    });
    // "the UK's National Cyber Security Centre": the possessor only qualifies the body after it.
    mentions.forEach((m, i) => {
      const next = mentions[i + 1];
      if (m.possessive && next && next.tokenStart === m.tokenEnd && m.actor?.country && next.actor?.country === m.actor.country) m.modifier = true;
    });
    return { mentions };
  },
};

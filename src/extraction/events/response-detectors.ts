import type { Actor } from "../../domain/index.js";
import type { EventCandidate, Mention } from "../analysis.js";
import { candidate, isPassive, type Detector } from "./candidate.js";
import { lexicon } from "../recognize/lexicon.js";
import { named, usable } from "./mentions.js";
import type { SentenceView } from "./sentence-view.js";
import { conjoined } from "./speakers.js";

/** The state of a country code, by its news name ("Iran" for IR). */
function stateOf(code: string): Actor {
  const c = lexicon().countryByCode.get(code);
  return { name: c?.name ?? code, kind: "state", country: code };
}

const REASON_WORDS = new Set(["over", "for", "because", "after", "in", "following", "amid", "as", "which", "who", "that", "when", "accusing", "alleging", "related", "with"]);

/** Where the list of targets ends: at the reason ("over the hack", "in response to", "for ..."). */
function reasonAt(v: SentenceView, from: number): number {
  for (let k = from; k < v.end; k++) {
    const w = v.lower(k);
    if (REASON_WORDS.has(w) && !(w === "in" && v.lower(k + 1) !== "response" && v.lower(k + 1) !== "retaliation" && v.lower(k + 1) !== "connection")) return k;
    if (w === "on" && /^(charges?|counts?|suspicion)$/.test(v.lower(k + 1))) return k;
  }
  return v.end;
}

/** The one who acts: the clause subject, "by X" for a passive, or the speaker. */
function agentAt(v: SentenceView, i: number, exclude?: Mention): Actor | undefined {
  if (isPassive(v, i)) {
    for (let k = i + 1; k < Math.min(v.end, i + 4); k++)
      if (v.lower(k) === "by") return v.after(k, Math.min(v.end, k + 5), named)[0]?.actor;
  }
  const subject = v.subjectBefore(i, (m) => named(m) && m !== exclude);
  if (subject && !isPassive(v, i)) return subject.actor;
  const speaker = v.speaker?.actor;
  return speaker && speaker.kind !== "unspecified" ? speaker : undefined;
}

/** The agent and those acting with it: "Italian police, together with the FBI, arrested the two". */
function agentsAt(v: SentenceView, i: number, exclude?: Mention): Actor[] {
  const one = agentAt(v, i, exclude);
  if (!one || isPassive(v, i)) return one ? [one] : [];
  const subject = v.subjectBefore(i, (m) => named(m) && m !== exclude);
  if (!subject || subject.actor !== one) return [one];
  const together = conjoined(v, subject, named).map((m) => m.actor!);
  return together.length ? together : [one];
}

function targetsAfter(v: SentenceView, from: number, accept: (m: Mention) => boolean = named): Mention[] {
  return v.after(from, reasonAt(v, from + 1), accept);
}

const SANCTION_NOUNS = new Set(["sanctions", "sanction", "penalties", "restrictions", "measures"]);
const SANCTION_VERBS = new Set(["impose", "announce", "slap", "place", "levy", "introduce", "unveil", "approve", "adopt", "expand", "extend", "issue", "order", "authorize", "authorise"]);

/** Economic measures: "sanctioned X", "imposed sanctions on X", "froze the assets of X", "blacklisted X". */
export const detectSanctions: Detector = (v) => {
  const out: EventCandidate[] = [];
  for (let i = v.start; i < v.end; i++) {
    const lemma = v.lemma(i);
    let from = -1;
    if (lemma === "sanction" && v.tok(i)!.pos === "VERB") from = i;
    else if ((lemma === "blacklist" || lemma === "designate") && v.tok(i)!.pos === "VERB") from = i;
    else if (lemma === "freeze" && /\bassets\b/.test(v.words(i + 1, i + 5))) from = i;
    else if (SANCTION_VERBS.has(lemma) && SANCTION_NOUNS.has(v.lower(i + 1)) || SANCTION_VERBS.has(lemma) && SANCTION_NOUNS.has(v.lower(i + 2)) && /^(new|fresh|further|additional|economic|financial)$/.test(v.lower(i + 1))) from = i + 1;
    if (from < 0 || v.blocked(i)) continue;
    const passive = isPassive(v, i) && lemma !== "impose";
    const targets = passive ? [v.subjectBefore(i, named)].filter((m): m is Mention => !!m) : targetsAfter(v, from);
    const imposer = agentAt(v, i, targets[0]);
    if (!imposer || !(imposer.kind === "state" || imposer.kind === "government" || imposer.kind === "organization")) continue;
    const date = v.dateFor(i);
    for (const t of targets) {
      if (t.actor!.country && t.actor!.country === imposer.country && t.actor!.kind !== "person") continue;
      out.push(candidate(v, i, { type: "sanction", roles: { imposer, target: t.actor! }, ...(date ? { date } : {}), confidence: 0.8 }));
    }
  }
  return out;
};

const DIPLOMAT_WORDS = /\b(diplomats?|spies|officials|staff|envoys?|ambassadors?|personnel|officers|embassy)\b/;

/** The state whose diplomats or embassy are meant: "Russian diplomats", "its embassy staff", "Iran's ambassador". */
function ownerOf(v: SentenceView, from: number, to: number): Actor | undefined {
  const m = v.mentions.find((x) => x.tokenStart >= from && x.tokenStart < to && x.actor?.country && x.actor.kind !== "unspecified");
  if (!m) return undefined;
  return m.actor!.kind === "state" ? m.actor : stateOf(m.actor!.country!);
}

const DIPLOMATIC_LEMMAS = new Set(["sever", "cut", "break", "suspend", "downgrade", "expel", "order", "give", "recall", "summon", "close", "shut"]);

function diplomaticAction(v: SentenceView, i: number): [string, number] | undefined {
  const lemma = v.lemma(i);
  if (!DIPLOMATIC_LEMMAS.has(lemma)) return undefined;
  const next = v.words(i + 1, i + 5);
  if (/^(sever|cut|break|suspend|downgrade)$/.test(lemma) && /\b(ties|relations)\b/.test(next)) return ["sever_relations", i];
  if (lemma === "expel" && DIPLOMAT_WORDS.test(v.words(i + 1, i + 7))) return ["expel_diplomats", i];
  if (lemma === "give" && DIPLOMAT_WORDS.test(v.words(i + 1, i + 8)) && /\bto leave\b/.test(v.words(i + 1, i + 14))) return ["expel_diplomats", i];
  if (lemma === "order" && DIPLOMAT_WORDS.test(v.words(i + 1, i + 6)) && /\b(leave|out of|to depart)\b/.test(v.words(i + 1, i + 9))) return ["expel_diplomats", i];
  if (lemma === "recall" && /\b(ambassador|envoy)\b/.test(next)) return ["recall_ambassador", i];
  if (lemma === "summon" && /\b(ambassador|envoy|charge|chargé|diplomat)\b/.test(v.words(i + 1, i + 6))) return ["summon_ambassador", i];
  if ((lemma === "close" || lemma === "shut") && /\b(embassy|consulate|mission)\b/.test(v.words(i + 1, i + 5))) return ["close_embassy", i];
  if (lemma === "suspend" && /\b(cooperation|dialogue|talks)\b/.test(next)) return ["suspend_cooperation", i];
  return undefined;
}

/** Diplomatic measures: severed ties, expelled diplomats, recalled or summoned ambassadors, closed embassies. */
export const detectDiplomatic: Detector = (v) => {
  const out: EventCandidate[] = [];
  for (let i = v.start; i < v.end; i++) {
    const found = diplomaticAction(v, i);
    if (!found || v.blocked(i)) continue;
    const [action] = found;
    const actor = agentAt(v, i);
    if (!actor) continue;
    let target: Actor | undefined;
    const withAt = v.words(i, i + 8).split(" ").findIndex((w) => w === "with" || w === "from");
    if (withAt >= 0) target = v.after(i + withAt, Math.min(v.end, i + withAt + 6), named)[0]?.actor;
    target ??= ownerOf(v, i + 1, Math.min(v.end, i + 9));
    if (!target || target.country === actor.country) continue;
    const date = v.dateFor(i);
    out.push(candidate(v, i, { type: "diplomatic", action, roles: { actor, target }, ...(date ? { date } : {}), confidence: 0.8 }));
  }
  return out;
};

const LEGAL = new Map<string, string>([
  ["indict", "indictment"], ["charge", "indictment"], ["arrest", "arrest"], ["detain", "arrest"],
  ["extradite", "extradition"], ["convict", "conviction"], ["sentence", "conviction"], ["plead", "conviction"],
]);
const PLACE_BEFORE = new Set(["in", "from", "of", "near", "at"]);
const defendant = (v: SentenceView) => (m: Mention) =>
  named(m) && (m.actor!.kind === "person" || m.actor!.kind === "group" || m.actor!.kind === "government") &&
  m.source !== "official" &&
  // "Mason Sheppard, 19, of Bognor Regis": a name after "of" or "in" is a place, not a defendant.
  !(m.source === "name" && PLACE_BEFORE.has(v.lower(m.tokenStart - 1)));

/**
 * The prosecuting state when the sentence names only "authorities", "prosecutors" or "a grand jury": the
 * nearest government named before, else after, in the document (not the defendants' own).
 */
function prosecutorInContext(v: SentenceView, defendantsCountry?: string): Actor | undefined {
  const all = v.analysis.mentions!;
  const tokens = v.analysis.tokens!;
  // "Savandi, 27, of Shiraz, Iran": a state named as someone's home is no prosecutor.
  const home = (m: Mention) => tokens[m.tokenStart - 1]?.text === "," && tokens[m.tokenStart - 2]?.pos === "PROPN";
  const fits = (m: Mention) =>
    (m.actor?.kind === "government" || m.actor?.kind === "state") && !!m.actor.country && !m.modifier &&
    m.actor.country !== defendantsCountry && !home(m);
  // "prosecutors in Vermont", "a court in Moscow": the place says whose they are.
  const local = v.mentions.find((m) => m.modifier && m.actor?.country && m.actor.country !== defendantsCountry &&
    tokens[m.tokenStart - 1]?.lower === "in" && /^(prosecutors|authorities|police|court|officials|investigators|attorneys?)$/.test(tokens[m.tokenStart - 2]?.lower ?? ""));
  if (local) return lexicon().countryByCode.has(local.actor!.country!) ? { name: lexicon().countryByCode.get(local.actor!.country!)!.name, kind: "state", country: local.actor!.country! } : undefined;
  const near = all.filter((m) => m.sentence <= v.sentence.index + 1 && m.sentence >= v.sentence.index - 4 && fits(m));
  // A named body (the Justice Department, a US attorney's office) before a bare state.
  const pick = near.find((m) => m.actor!.kind === "government") ?? near[near.length - 1] ?? all.find((m) => m.sentence > v.sentence.index && fits(m));
  return pick?.actor;
}

const LEGAL_CONTEXT = /charg|indict|accus|arrest|extradit|convict|sentenc|prosecut|alleg|defendant|suspect|guilty/i;

/** People named in the document's legal sentences ("Faramarz Shahi Savandi and ..."), for "two Iranian men". */
function namedPeopleInLegalContext(v: SentenceView): Mention[] {
  const text = v.analysis.article.text;
  const sentences = v.analysis.sentences!;
  const seen = new Set<string>();
  const out: Mention[] = [];
  for (const m of v.analysis.mentions!) {
    // ("Hillary Clinton's campaign" was hit; its owner is nobody's defendant.)
    if (m.source !== "name" || m.actor?.kind !== "person" || !m.text.includes(" ") || m.possessive || seen.has(m.actor.name)) continue;
    const s = sentences[m.sentence]!;
    if (!LEGAL_CONTEXT.test(text.slice(s.start, s.end))) continue;
    seen.add(m.actor.name);
    out.push(m);
  }
  return out;
}

const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/**
 * "two Chinese nationals, Zhu Hua and Zhang Shilong": named people stand for the group they are
 * introduced as, and take its country.
 */
function namedDefendants(v: SentenceView, targets: Mention[]): Mention[] {
  let persons = targets.filter((t) => t.actor!.kind === "person" && t.source === "name");
  const composites = targets.filter((t) => t.source === "composite" && t.actor!.kind === "person");
  // "arrested the two", "the pair", "the suspects": the people named before.
  if (!targets.length) {
    const at = v.words(v.start, v.end).search(/\bthe (two|pair|suspects|men|defendants|hackers|three|duo)\b/);
    if (at >= 0) return namedPeopleInLegalContext(v).slice(0, 4);
  }
  if (!composites.length) return targets;
  if (!persons.length) {
    // Named elsewhere in the article: as many as the text counts ("two Iranian men").
    const count = NUMBER_WORDS[v.lower(composites[0]!.tokenStart - 1)] ?? NUMBER_WORDS[composites[0]!.text.split(" ")[0]!.toLowerCase()];
    const elsewhere = namedPeopleInLegalContext(v);
    if (!elsewhere.length || (count && elsewhere.length < count)) return targets;
    persons = count ? elsewhere.slice(0, count) : elsewhere;
  }
  const country = composites[0]!.actor!.country;
  const named = persons.map((p) => (p.actor!.country || !country ? p : { ...p, actor: { ...p.actor!, country } }));
  return [...targets.filter((t) => !persons.includes(t) && !composites.includes(t)), ...named];
}

/** Legal action: indictments and charges, arrests, extraditions, convictions, warrants, rewards. */
export const detectLegal: Detector = (v) => {
  const out: EventCandidate[] = [];
  for (let i = v.start; i < v.end; i++) {
    const lemma = v.lemma(i);
    let action = LEGAL.get(lemma);
    if (lemma === "charge" && v.lower(i - 1) === "in") action = undefined;
    // "indicted ... on charges of hacking X": the crime, not another charging; X is no defendant.
    if (lemma === "charge" && v.tok(i)!.pos === "NOUN" && /^(of|that)$/.test(v.lower(i + 1))) action = undefined;
    if (lemma === "plead" && v.lower(i + 1) !== "guilty") action = undefined;
    let from = i;
    if (/^(indictments?|complaints?|charges)$/.test(v.lower(i))) {
      // "returned an indictment Tuesday accusing X", "indictments against X"
      const k = [1, 2, 3].map((d) => i + d).find((x) => /^(against|of|accusing|charging)$/.test(v.lower(x)));
      if (k !== undefined && (v.lower(i) !== "charges" || v.lower(k) === "against")) {
        action = "indictment";
        from = k;
      }
    }
    if (v.lower(i) === "warrant" && v.lower(i + 1) === "for") action = "warrant";
    if (v.lower(i) === "reward" && /\binformation\b/.test(v.words(i + 1, i + 8))) action = "reward";
    if (!action || v.blocked(i) || !v.cyber) continue;
    const passive = isPassive(v, i);
    const accept = defendant(v);
    // "X pleaded guilty": the one who pleads is the defendant.
    const bySubject = passive || lemma === "plead";
    let targets = bySubject ? [v.subjectBefore(i, accept)].filter((m): m is Mention => !!m) : targetsAfter(v, from, accept);
    // Only a state or its bodies prosecute; "a grand jury in Atlanta" is no actor.
    const prosecutes = (a: Actor) => (a.kind === "state" || a.kind === "government") && !!a.country && !targets.some((t) => t.actor === a);
    let actors = agentsAt(v, i, targets[0]).filter(prosecutes);
    if (!actors.length) {
      const inContext = prosecutorInContext(v, targets[0]?.actor?.country);
      actors = inContext ? [inContext] : [];
    }
    // The prosecuting states' own bodies are not their defendants.
    targets = targets.filter((t) => !actors.some((p) => (t.actor!.kind === "government" && t.actor!.country === p.country) || t.actor === p));
    targets = namedDefendants(v, targets);
    if (targets.length === 0) continue;
    const date = v.dateFor(i);
    for (const actor of actors) for (const t of targets) {
      const roles = { actor, target: t.actor! };
      out.push(candidate(v, i, { type: "legal", action, roles, ...(date ? { date } : {}), confidence: 0.75 }));
      // Charging someone over a cyber operation is also the prosecuting state's attribution.
      if (action === "indictment" || action === "conviction")
        out.push(candidate(v, i, { type: "attribution", roles: { attributor: actor, accused: t.actor! }, ...(date ? { date } : {}), confidence: 0.7 }));
    }
  }
  return out;
};

/** Public condemnation of a named actor for a cyber operation. */
export const detectCondemnations: Detector = (v) => {
  const out: EventCandidate[] = [];
  if (!v.cyber) return out;
  for (let i = v.start; i < v.end; i++) {
    if (!/^(condemn|denounce)$/.test(v.lemma(i)) || v.blocked(i)) continue;
    const target = targetsAfter(v, i, (m) => named(m) && m.actor!.kind !== "company")[0];
    if (!target) continue;
    // "May and her Dutch counterpart, Mark Rutte, issued a joint statement condemning": one event per state.
    const date = v.dateFor(i);
    for (const actor of agentsAt(v, i, target)) {
      if (target.actor === actor) continue;
      out.push(candidate(v, i, { type: "condemnation", roles: { actor, target: target.actor! }, ...(date ? { date } : {}), confidence: 0.75 }));
    }
  }
  return out;
};


import { UNSPECIFIED, type Actor } from "../../domain/index.js";
import type { EventCandidate, Mention } from "../analysis.js";
import { candidate, isPassive, isReducedRelative, type Detector } from "./candidate.js";
import { named, ordinaryWordName, usable } from "./mentions.js";
import { isCyberText, type SentenceView } from "./sentence-view.js";
import { conjoined } from "./speakers.js";

const ACCUSABLE = new Set(["state", "government", "group", "person", "organization", "company"]);
const accusable = (m: Mention) =>
  named(m) && ACCUSABLE.has(m.actor!.kind) && !m.titleOnly && !ordinaryWordName(m) &&
  // An unknown single word ("Magnitude", "Forensic") is too weak to be blamed; a known or full name is not.
  !(m.source === "name" && !m.text.includes(" ") && m.actor!.kind !== "group" && m.actor!.kind !== "person");
const CYBER_REASON = /cyber|hack|breach|attack|intrusion|malware|ransomware|phishing|espionage|campaign|operation|leak|spy|compromis|incident|activity|activities|ddos|wiper|theft|heist/;
const DENIAL_LEMMAS = new Set(["deny", "reject", "dismiss", "refute", "rebuff"]);

const TOOL_WORDS = /\b(malware|tool|tools|code|ransomware|backdoor|trojan|implant|exploit|wiper|spyware|virus|worm|technique|techniques|infrastructure)\b/;

interface Pattern {
  /** Where the accused stands: after a preposition, as the object, or as the subject. */
  accused: "after-to" | "after-on" | "object" | "subject";
  /** Whether the one who speaks is the grammatical subject (active voice). */
  attributorIsSubject: boolean;
}

/** The accused mention for a pattern, searched in the trigger's clause. */
function findAccused(v: SentenceView, i: number, p: Pattern): Mention | undefined {
  if (p.accused === "subject") return v.subjectBefore(i, accusable);
  if (p.accused === "object") return v.after(i, Math.min(v.end, i + 10), (m) => accusable(m) && m.source !== "pronoun")[0];
  const prep = p.accused === "after-to" ? "to" : "on";
  for (let k = i + 1; k < Math.min(v.end, i + 14); k++) {
    if (v.lower(k) !== prep) continue;
    // "traced to computers in Russia" says where traffic came from, not who is to blame.
    if (/\b(computers|servers|addresses|machines|networks|infrastructure|ip)\b/.test(v.words(k + 1, k + 5))) return undefined;
    const after = v.after(k, Math.min(v.end, k + 8), accusable)[0];
    // "linked to a hacking campaign against Democratic Party members": the campaign's target, not its author.
    const targetOfOperation = after && CYBER_REASON.test(v.words(k + 1, after.tokenStart)) && /\b(against|on|targeting|at)$/.test(v.words(k + 1, after.tokenStart));
    if (after && !targetOfOperation) return after;
    if (targetOfOperation && !p.attributorIsSubject) return v.subjectBefore(i, accusable);
    // "The group has been tied to numerous attacks": the subject is the one blamed; after a noun
    // ("a server linked to the attack") that noun is, and it names no actor.
    const next = v.words(k + 1, k + 7);
    if (!p.attributorIsSubject && CYBER_REASON.test(next) && !/\b(group|hackers|actor|actors|gang|crew)\b/.test(next)) {
      if (isReducedRelative(v, i)) return v.mentions.find((m) => m.tokenEnd === i && accusable(m));
      return v.subjectBefore(i, accusable);
    }
    return undefined;
  }
  return undefined;
}

const RESEARCH = /\b(tests?|testing|research|researcher|researchers|proof-of-concept|proof of concept|study|experiments?|demonstration|audit|scan|scans)\b/;
const ASSERTIONS = new Set(["behind", "responsible", "by", "work"]);
const PATTERN_LEMMAS = new Set([
  "blame", "accuse", "attribute", "link", "tie", "connect", "trace", "track", "pin", "hold", "behind", "responsible",
  "name", "identify", "single", "by", "work", "accusations", "allegations", "claims", "linked", "tied",
]);

/** Whether the clause of token i opens with a relative pronoun standing for its object ("that X linked to Y"). */
function objectFronted(v: SentenceView, i: number): boolean {
  let k = i - 1;
  while (k > v.start && v.clause[k - 1 - v.start] === v.clause[i - v.start]) k--;
  return /^(that|which|whom)$/.test(v.lower(k)) && k < i - 1;
}

function patternAt(v: SentenceView, i: number): Pattern | undefined {
  const lemma = v.lemma(i);
  const w = v.lower(i);
  // Most tokens trigger nothing: decide that before building any strings.
  if (!PATTERN_LEMMAS.has(lemma) && !PATTERN_LEMMAS.has(w)) return undefined;
  const passive = isPassive(v, i) || isReducedRelative(v, i);
  const next = v.words(i + 1, i + 4);
  switch (lemma) {
    case "blame":
      if (passive) return /\bon\b/.test(v.words(i + 1, i + 8)) ? { accused: "after-on", attributorIsSubject: false } : { accused: "subject", attributorIsSubject: false };
      return /^(\S+ ){0,6}on\b/.test(v.words(i + 1, i + 9)) && !/^(the|a|an)?\s*\S*\s*(for)\b/.test(next) ? { accused: "after-on", attributorIsSubject: true } : { accused: "object", attributorIsSubject: true };
    case "accuse":
      return passive ? { accused: "subject", attributorIsSubject: false } : { accused: "object", attributorIsSubject: true };
    case "attribute":
    case "link":
    case "tie":
    case "connect":
    case "trace":
    case "track":
      {
        if (v.tok(i)!.pos !== "VERB" && !(v.tok(i)!.pos === "ADJ" && /ed$/.test(w))) return undefined;
        const to = v.words(i + 1, i + 10).split(" ").indexOf("to");
        if (to < 0 || v.tok(i + 1 + to + 1)?.pos === "VERB" || v.tok(i + 1 + to + 1)?.pos === "AUX") return undefined;
        // Active "X linked Y to Z" needs its Y: "servers that apps connect to" links nothing.
        // (Unless the object went before: "a technique that a Trend Micro report linked to Pawn Storm".)
        // ("An attack group tied to North Korea has launched": a participle after its noun opens the sentence.)
        const afterNoun = /ed$/.test(w) && /^(NOUN|PROPN)$/.test(v.tok(i - 1)?.pos ?? "");
        if (!passive && to === 0 && !objectFronted(v, i) && !afterNoun) return undefined;
        return { accused: "after-to", attributorIsSubject: !passive };
      }
    case "pin":
      return { accused: "after-on", attributorIsSubject: !passive };
    case "hold":
      return /\bresponsible\b/.test(v.words(i + 1, i + 8)) ? { accused: passive ? "subject" : "object", attributorIsSubject: !passive } : undefined;
    case "behind":
      // "who is behind APT10" asks; it does not blame.
      if (/\b(who|whoever|what)\b/.test(v.words(i - 4, i))) return undefined;
      return /^(be|is|are|was|were|been)$/.test(v.lemma(i - 1)) || /^(be|is|are|was|were|been)$/.test(v.lower(i - 1)) || /\b(be|been)\b/.test(v.words(i - 3, i)) ? { accused: "subject", attributorIsSubject: false } : undefined;
    case "responsible":
      // "did not say who was responsible": an open question; "responsible for 20.8%" is a share.
      if (/\b(who|whoever|what)\b/.test(v.words(i - 4, i))) return undefined;
      if (v.lower(i + 1) === "for" && (v.tok(i + 2)?.pos === "NUM" || !(CYBER_REASON.test(v.words(i + 2, i + 10)) || isCyberText(v.words(i + 2, i + 10))))) return undefined;
      return /^(be|is|are|was|were|been|directly|likely|also|probably|ultimately)$/.test(v.lower(i - 1)) && (v.lower(i + 1) === "for" || !v.tok(i + 1) || /^[.,;"”]$/.test(v.lower(i + 1))) ? { accused: "subject", attributorIsSubject: false } : undefined;
    case "name":
    case "identify":
    case "single":
      // "formally named Russia's SVR as the agency behind the campaign"
      return v.tok(i)!.pos === "VERB" && /\bas\b.*\b(behind|responsible|perpetrator|culprit|source|author|attacker|linked|tied|connected)/.test(v.words(i + 1, i + 16)) ? { accused: "object", attributorIsSubject: true } : undefined;
    default:
      break;
  }
  // ("tests carried out by Mavroudis", "a proof-of-concept exploit developed by a researcher" are research.)
  if (w === "by" && RESEARCH.test(v.words(i - 8, i))) return undefined;
  if (w === "by" && /^(carried out|conducted|perpetrated|orchestrated|launched|executed|staged|committed|masterminded|sponsored|directed)$/.test(v.words(i - 2, i)) || (w === "by" && /^(conducted|perpetrated|orchestrated|launched|executed|staged|committed|masterminded|sponsored|directed)$/.test(v.lower(i - 1))))
    return { accused: "object", attributorIsSubject: false };
  // "was hacked by OurMine", "the exploit was leaked by the Shadow Brokers": the agent did it.
  if (w === "by" && /^(hacked|breached|compromised|infiltrated|defaced|leaked|stolen|dumped|exfiltrated)$/.test(v.lower(i - 1)) && isPassive(v, i - 1))
    return { accused: "object", attributorIsSubject: false };
  // "the tool was used by a group", "malware deployed by APT28": only for tools, not "systems used by the police".
  if (w === "by" && /^(deployed|used|developed|operated|reused|created|written)$/.test(v.lower(i - 1)) && TOOL_WORDS.test(v.words(i - 6, i - 1)))
    return { accused: "object", attributorIsSubject: false };
  if (w === "work" && v.lower(i + 1) === "of" && v.lower(i - 1) === "the") return { accused: "object", attributorIsSubject: false };
  // "has made claims against X", "levelled accusations against X": whoever makes them blames.
  if ((w === "accusations" || w === "allegations" || w === "claims") && v.lower(i + 1) === "against") return { accused: "object", attributorIsSubject: true };
  return undefined;
}

function attributorsFor(v: SentenceView, i: number, p: Pattern, accused: Mention): Actor[] {
  // "Pawn Storm, a campaign frequently attributed to Russian intelligence": a tie many have made, not the
  // claim of whoever the sentence reports.
  if (/^(frequently|often|widely|commonly|previously|generally|long)$/.test(v.lower(i - 1)) && isReducedRelative(v, i)) return [UNSPECIFIED];
  const one = attributorFor(v, i, p, accused);
  // "The European Union, Britain and the United States accused Russia": each of them.
  if (p.attributorIsSubject) {
    const subject = v.subjectBefore(i, usable);
    if (subject && subject.actor === one) return conjoined(v, subject).filter((m) => m !== accused).map((m) => m.actor!);
  }
  const speakers = v.speakers.filter((m) => m !== accused && m.actor !== accused.actor);
  if ((v.speaker && one === v.speaker.actor) || (one.kind === "unspecified" && speakers.length)) {
    if (speakers.length) return speakers.map((m) => m.actor!);
  }
  return [one];
}

/** Who "released a report" (or published, issued, put out an analysis): the named subject of that verb. */
function publisherOf(v: SentenceView, report: Mention): Mention | undefined {
  if (!/^(report|analysis|study|advisory|assessment|paper|statement)$/.test(report.text.toLowerCase())) return undefined;
  let k = report.tokenStart - 1;
  while (k > v.start && /^(DET|ADJ|NUM)$/.test(v.tok(k)!.pos)) k--;
  if (!/^(release|publish|issue|put|produce|file|present|unveil)$/.test(v.lemma(k))) return undefined;
  return v.subjectBefore(k, (m) => named(m) && m.actor!.kind !== "person");
}

function attributorFor(v: SentenceView, i: number, p: Pattern, accused: Mention): Actor {
  // "... by X" after a passive trigger names the one who blames.
  for (let k = i + 1; k < Math.min(v.end, i + 6); k++) {
    if (v.lower(k) === "by" && !p.attributorIsSubject && p.accused !== "object") {
      const by = v.after(k, Math.min(v.end, k + 4), named)[0];
      if (by && by !== accused) return by.actor!;
    }
  }
  // "federal agents connected the breach to X": an unnamed subject right before the verb is the one
  // speaking, not a name earlier in the sentence.
  if (p.attributorIsSubject && !v.unnamedSubject(i)) {
    const subject = v.subjectBefore(i, usable);
    if (subject && subject !== accused && subject.actor!.kind !== "unspecified") return subject.actor!;
    // "the US Intelligence Community released a report naming APT28 as ...": the report's publisher.
    const publisher = subject && subject.actor!.kind === "unspecified" ? publisherOf(v, subject) : undefined;
    if (publisher && publisher !== accused) return publisher.actor!;
  }
  // (speaker fallback below)
  if (v.speaker && v.speaker !== accused && v.speaker.actor!.kind !== "unspecified") return v.speaker.actor!;
  return UNSPECIFIED;
}

// Verbs whose subject, when a state, body or group, is said to have carried out an operation.
const OPERATION_VERBS = new Set([
  "hack", "breach", "target", "attack", "compromise", "infiltrate", "penetrate", "infect", "steal", "spy", "phish",
  "exploit", "deploy", "conduct", "launch", "mount", "orchestrate", "carry", "perpetrate", "stage", "execute",
  "use", "leak", "deface", "disrupt", "sponsor", "direct", "mastermind",
]);
// "Tehran had orchestrated a cyberattack", "the Islamic Republic sponsored the attack": with an operation as object.
const OPERATION_NOUN_OBJECT = /^(the |a |an |this |that |its |their )?(\S+ ){0,2}(cyberattacks?|cyber-attacks?|attacks?|hacks?|hacking|campaign|operation|intrusions?|breach)\b/;
const OPERATION_OBJECTS = /attack|hack|campaign|operation|espionage|intrusion|phishing|malware|ransomware|breach|backdoor|exploit|vulnerabilit|flaw|technique|tool|trojan|implant|wiper|ddos/;
const PERPETRATOR_KINDS = new Set(["group", "state", "government"]);
const STRONG_OPERATION_VERBS = new Set(["hack", "breach", "infiltrate", "penetrate", "compromise", "steal", "spy", "phish", "deface", "leak"]);

const SUBJECT_FILLERS = new Set([
  "who", "which", "also", "reportedly", "allegedly", "then", "once", "now", "had", "has", "have", "been", "to", ",", "found", "believed",
  "thought", "said", "reported", "suspected", "known", "likely", "appears", "appeared", "seems", "seemed", "assessed",
]);

/** "APT28 has (also) exploited", "the group, which ..., targeted": nothing but auxiliaries and adverbs between. */
function adjacentSubject(v: SentenceView, subject: Mention, verb: number): boolean {
  let depth = 0;
  for (let k = subject.tokenEnd; k < verb; k++) {
    const t = v.tok(k)!;
    // Dashes come in pairs around an aside: the second one closes it.
    if (t.text === "(" || ((t.text === "–" || t.text === "—") && depth === 0)) depth++;
    else if (t.text === ")" || t.text === "–" || t.text === "—") depth--;
    // "APT10, was found to have used", "the group is believed to have targeted"
    else if (depth === 0 && t.pos !== "AUX" && t.pos !== "ADV" && t.pos !== "PART" && !SUBJECT_FILLERS.has(t.lower)) return false;
  }
  return true;
}

/**
 * The verb's lemma, also for a past participle the tagger took for a noun after "had" or "has"
 * ("Tehran had orchestrated").
 */
function verbLemma(v: SentenceView, i: number): string | undefined {
  const t = v.tok(i)!;
  if (t.pos === "VERB") return t.lemma;
  if (!/ed$/.test(t.lower) || !/^(had|has|have)$/.test(v.lower(i - 1))) return undefined;
  const stem = t.lower.slice(0, -1);
  return OPERATION_VERBS.has(stem) ? stem : t.lower.slice(0, -2);
}

/**
 * "APT10 conducted the espionage campaign", "the group had mounted many attacks": a perpetrator named in
 * the text is an attribution by whoever the sentence reports, or by the article itself (unspecified).
 */
function perpetrators(v: SentenceView): EventCandidate[] {
  const out: EventCandidate[] = [];
  for (let i = v.start; i < v.end; i++) {
    const t = v.tok(i)!;
    const lemma = verbLemma(v, i);
    if (!lemma || !OPERATION_VERBS.has(lemma) || isPassive(v, i) || v.blocked(i)) continue;
    // "hacking tools", "CIA hacks": a gerund before a noun, or a verb-looking noun after a preposition.
    if (/ing$/.test(t.lower) && v.tok(i + 1)?.pos === "NOUN") continue;
    // Generic verbs count only with an operation as their object: "used custom malware", "carried out attacks".
    if (/^(use|conduct|launch|mount|orchestrate|carry|perpetrate|stage|execute|deploy|exploit|sponsor|direct|mastermind)$/.test(lemma) && !OPERATION_OBJECTS.test(v.words(i + 1, i + 7))) continue;
    // A pronoun names a perpetrator only when it stands for a group ("they" for APT10), not for a state.
    const subject = v.subjectBefore(i, (m) => accusable(m) && PERPETRATOR_KINDS.has(m.actor!.kind) && (m.source !== "pronoun" || m.actor!.kind === "group"));
    if (!subject || !adjacentSubject(v, subject, i)) continue;
    if (subject.tokenEnd === i && /^(in|of|for|on|with|from|about|into|to)$/.test(v.lower(subject.tokenStart - 1))) continue;
    // States and bodies are named perpetrators only with an unmistakable verb, or an operation as object.
    if (subject.actor!.kind !== "group" && !STRONG_OPERATION_VERBS.has(lemma) && !OPERATION_NOUN_OBJECT.test(v.words(i + 1, i + 6))) continue;
    const speakers = v.speakers.filter((m) => m !== subject);
    const attributors = speakers.length ? speakers.map((m) => m.actor!) : [UNSPECIFIED];
    for (const attributor of attributors) {
      if (attributor.kind === "state" && attributor.country === subject.actor!.country) continue;
      const date = v.reportDate();
      out.push(candidate(v, i, {
        type: "attribution",
        roles: { attributor, accused: subject.actor! },
        hedged: v.hedged(i),
        ...(date ? { date } : {}),
        confidence: attributor.kind === "unspecified" ? 0.5 : 0.65,
      }));
    }
  }
  return out;
}

/**
 * "the US' attribution of last year's DNC hacks to Russia", "the government's attribution of Russia in the
 * DNC hack": the possessor made the claim, whatever the sentence then says of it.
 */
function nominalAttributions(v: SentenceView): EventCandidate[] {
  const out: EventCandidate[] = [];
  for (let i = v.start; i < v.end; i++) {
    if (!/^attributions?$/.test(v.lower(i)) || v.tok(i)!.pos !== "NOUN") continue;
    const owner = v.mentions.find((m) => m.tokenEnd === i && m.possessive && named(m) && m.actor!.kind !== "person");
    if (!owner) continue;
    const to = v.words(i + 1, i + 10).split(" ").indexOf("to");
    const accused = to >= 0
      ? v.after(i + 1 + to, Math.min(v.end, i + to + 6), accusable)[0]
      : v.lower(i + 1) === "of" ? v.mentions.find((m) => m.tokenStart === i + 2 && accusable(m) && m.actor!.kind === "state") : undefined;
    if (!accused || accused.actor!.name === owner.actor!.name || sameState(owner.actor!, accused.actor!)) continue;
    out.push(candidate(v, i, { type: "attribution", roles: { attributor: owner.actor!, accused: accused.actor! }, hedged: v.hedged(i), confidence: 0.65 }));
  }
  return out;
}

/** A state and its own bodies: no one blames itself, except in a claim of responsibility. */
const sameState = (a: Actor, b: Actor) =>
  !!a.country && a.country === b.country && (a.kind === "state" || a.kind === "government") && (b.kind === "state" || b.kind === "government");

/** Blame, accusation, attribution and claims of responsibility for a cyber operation. */
export const detectAttributions: Detector = (v) => {
  // "Estonian leaders have blamed Moscow.": right after a sentence about the attack, blame needs no cyber word.
  if (!v.cyber && !v.afterCyber && !v.documentCyber) return [];
  const out: EventCandidate[] = [];
  for (let i = v.start; i < v.end; i++) {
    const p = patternAt(v, i);
    // "frequently attributed to Russia" reports a claim made often; it is no generic statement.
    if (!p || (v.blocked(i) && !/^(often|frequently|commonly|usually|typically|generally|sometimes)$/.test(v.lower(i - 1)))) continue;
    // "to mislead investigators into attributing them to X", "falsely blamed": a false flag, not a claim.
    if (/\b(into|falsely|wrongly|mistakenly|wrongfully)$/.test(v.words(i - 2, i))) continue;
    // Accusations that someone rejects are the denial's object, not a new claim.
    if (DENIAL_LEMMAS.has(v.lemma(i - 1)) || DENIAL_LEMMAS.has(v.lemma(i - 2)) || DENIAL_LEMMAS.has(v.lemma(i - 3))) continue;
    // "X claimed that they were responsible": a claim of responsibility, read below.
    if (/\bclaim(s|ed)? (that )?(it|they|he|she) (was|were|is|are)$/.test(v.words(i - 6, i))) continue;
    const accused = findAccused(v, i, p);
    if (!accused) continue;
    // "blame X for Y": Y must be a cyber operation, not "housing opposition groups".
    const forAt = v.words(i, i + 12).split(" ").indexOf("for");
    const reason = v.words(i + forAt, i + forAt + 10);
    if (v.lemma(i) === "blame" && forAt >= 0 && !CYBER_REASON.test(reason) && !isCyberText(reason)) continue;
    const date = v.dateFor(i);
    for (const attributor of attributorsFor(v, i, p, accused)) {
      if (attributor.name === accused.actor!.name || sameState(attributor, accused.actor!)) continue;
      out.push(candidate(v, i, {
        type: "attribution",
        roles: { attributor, accused: accused.actor! },
        hedged: v.hedged(i),
        ...(date ? { date } : {}),
        // With no source, "attacks linked to North Korea" is a background tie and "the group was behind X" the
        // article's own assertion: weaker than an accusation someone made ("has been accused of").
        confidence: attributor.kind !== "unspecified" ? 0.75 : isReducedRelative(v, i) || ASSERTIONS.has(v.lower(i)) ? 0.5 : 0.6,
      }));
    }
  }
  out.push(...perpetrators(v));
  out.push(...nominalAttributions(v));
  // "X claimed responsibility for the attack", "X claims to have infiltrated ...", "X claimed that they were
  // responsible": the group names itself.
  for (let i = v.start; i < v.end; i++) {
    // (The tagger reads "claims to have" as a noun now and then.)
    if (v.lemma(i) !== "claim" || (v.tok(i)!.pos === "NOUN" && v.lower(i + 1) !== "to") || v.blocked(i)) continue;
    const next = v.words(i + 1, i + 6);
    const self = /^(responsibility|credit)\b/.test(next) || /^to have (\S+ )?(hacked|breached|stolen|infiltrated|compromised|leaked|defaced|attacked|taken down|carried out)\b/.test(next) ||
      /^(that )?(it|they|he|she) (was|were|is|are) (responsible|behind)\b/.test(next);
    if (!self) continue;
    // "extortionists who claimed to have stolen files": an unnamed claimant is nobody the text names.
    let k = i - 1;
    while (k > v.start && (/^(who|that|which|also|have|has|had|now|later|then|["”’)])$/.test(v.lower(k)) || v.tok(k)!.pos === "ADV")) k--;
    // ('"Bozkurt Hackers" claimed': the name's own group word.)
    if (/^(hackers|group|gang|team|crew|collective)$/.test(v.lower(k)) && v.mentions.some((m) => m.tokenEnd === k)) k--;
    if (v.tok(k)?.pos === "NOUN" && !v.mentionAt(k)) continue;
    // The claimant stands right before the claim ("OurMine claimed", "a group that claims"), not further back.
    const who = v.mentions.find((m) => m.tokenStart <= k && k < m.tokenEnd && named(m) && m.actor!.kind !== "state" && m.source !== "pronoun");
    if (who) out.push(candidate(v, i, { type: "attribution", roles: { attributor: who.actor!, accused: who.actor! }, confidence: 0.75 }));
  }
  return out;
};

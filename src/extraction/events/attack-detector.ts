import type { CyberEvent } from "../../domain/index.js";
import type { EventCandidate, Mention } from "../analysis.js";
import { candidate, isPassive, type Detector } from "./candidate.js";
import { named, ordinaryWordName } from "./mentions.js";
import type { SentenceView } from "./sentence-view.js";
import { conjoined } from "./speakers.js";

const ATTACK_NOUNS = new Set([
  "cyberattack", "cyberattacks", "cyber-attack", "cyber-attacks", "attack", "attacks", "hack", "hacks", "hacking",
  "breach", "breaches", "intrusion", "intrusions", "compromise", "campaign", "campaigns", "cyber-espionage",
  "espionage", "infection", "leak", "leaks", "defacement", "ddos", "outage", "heist", "theft", "incident", "assault",
]);
const ATTACK_VERBS = new Set([
  "hack", "breach", "target", "attack", "compromise", "infiltrate", "penetrate", "infect", "disrupt", "paralyze",
  "paralyse", "hobble", "cripple", "deface", "hit", "strike", "leak", "steal", "spy", "encrypt", "knock", "break",
]);
// Nouns after a maker's name that make it a product ("Microsoft Exchange email servers", "Cisco routers"):
// those who run the product were hit, not its maker.
// Right after a one-word maker's name: "MongoDB databases", "the JBoss content management application".
const PRODUCT_AFTER_NAME = /^(servers?|software|products?|routers?|firewalls?|appliances?|vpn|devices?|databases?|applications?|instances?|installations?|versions?|printers?|cameras?|phones?|plugins?|content)$/;
const PRODUCT_NOUNS = /^(servers?|software|products?|platform|devices?|routers?|firewalls?|appliances?|email|mail|vpn|operating|systems?|browser|app|apps|cloud|accounts?|users?|customers?)$/;
// Victims take these after a noun trigger: "attack on X", "breach at X", "hack of X", "campaign targeting X".
const VICTIM_PREPS = new Set(["on", "against", "at", "of", "targeting", "into", "inside", "affecting", "hitting"]);
const VICTIM_KINDS = new Set(["state", "government", "company", "organization"]);
// A victim is named, not a person, and not an unknown single word opening the sentence ("Spear phishing").
const victimLike = (m: Mention) =>
  named(m) && VICTIM_KINDS.has(m.actor!.kind) && m.source !== "pronoun" && m.source !== "official" && !ordinaryWordName(m) &&
  !(m.source === "name" && !m.text.includes(" ") && m.tokenStart === firstTokenOf(m));
const firstTokenOf = (m: Mention) => sentenceStarts.get(m.sentence) ?? -1;
let sentenceStarts = new Map<number, number>();

const TYPE_WORDS: [RegExp, NonNullable<CyberEvent["attackType"]>][] = [
  [/ransomware|ransom/, "ransomware"],
  [/wiper|wiping|destructive malware/, "wiper"],
  [/\bddos\b|denial[- ]of[- ]service/, "ddos"],
  [/defac/, "defacement"],
  [/phishing/, "phishing"],
  [/espionage|spying|\bspy\b/, "espionage"],
  [/\bleak|published (private|stolen)|dumped/, "leak"],
  [/steal|stole|stolen|theft|exfiltrat|data breach/, "data-theft"],
  [/disrupt|outage|paralys|paralyz|cripple|hobble|knock.{0,10}offline|shut down/, "disruption"],
  [/breach|hack|intrusion|compromis|infiltrat|gained access/, "intrusion"],
];

export function attackTypeOf(text: string): CyberEvent["attackType"] {
  const lower = text.toLowerCase();
  return TYPE_WORDS.find(([re]) => re.test(lower))?.[1];
}

/** "the cyberattack that crippled government websites", "... that caused havoc for the city": the relative clause's object. */
function relativeClauseVictim(v: SentenceView, i: number): Mention | undefined {
  if (!/^(that|which)$/.test(v.lower(i + 1))) return undefined;
  const verb = v.tok(i + 2);
  // (The tagger reads some participles as adjectives: "that paralyzed".)
  if (!verb || !(verb.pos === "VERB" || (verb.pos === "ADJ" && /ed$/.test(verb.lower))) || isPassive(v, i + 2)) return undefined;
  return v.mentions.find((m) => m.tokenStart > i + 2 && m.tokenStart <= i + 9 && victimLike(m));
}

function nominalVictim(v: SentenceView, i: number): Mention | undefined {
  const obj = relativeClauseVictim(v, i);
  if (obj) return obj;
  // "pin the 2014 cyberattack on North Korea", "blamed the hack on Russia": "on" names the accused.
  for (let k = i - 1; k >= v.start && k >= i - 5; k--) if (/^(pin|blame)$/.test(v.lemma(k))) return undefined;
  // "attacks, including one on the health companies X and Y": the preposition may come a few words on.
  const reach = /^, including (one|those|some)$/.test(v.words(i + 1, i + 4).replace(/ ,/g, ",")) ? 6 : 4;
  for (let k = i + 1; k < Math.min(v.end, i + reach); k++) {
    if (!VICTIM_PREPS.has(v.lower(k))) continue;
    // "espionage out of China": where it comes from.
    if (v.lower(k - 1) === "out") return undefined;
    const hit = v.after(k, Math.min(v.end, k + 9), victimLike)[0];
    // "the attack on printers from Brother and Lexmark": the makers of what was hit.
    // ("computers used by the state police" are the police's.)
    // ("the theft of $81 million from Bangladesh Bank" names the one robbed.)
    if (hit && /\b((printers?|devices?|routers?|products?|cameras?|phones?|equipment|hardware|software|chips?|firmware) from|(made|manufactured|built|sold|developed|supplied) by)\b/.test(v.words(k + 1, hit.tokenStart))) return undefined;
    return hit;
  }
  return undefined;
}

/** "was hacked": the subject, or for "..., which was hacked" the name the relative clause hangs on. */
function passiveVictim(v: SentenceView, i: number): Mention | undefined {
  let k = i - 1;
  while (k > v.start && (v.tok(k)!.pos === "AUX" || v.tok(k)!.pos === "ADV" || /^(been|be)$/.test(v.lower(k)))) k--;
  // "X revealed it has been hit": a pronoun after a verb of disclosure stands for the discloser; elsewhere
  // ("warned victims that they have been compromised") it is the subject, whatever it stands for.
  if (v.tok(k)?.pos === "PRON" && !/^(which|that|who)$/.test(v.lower(k))) {
    const m = v.mentionAt(k);
    const verb = v.lower(k - 1) === "that" ? k - 2 : k - 1;
    return m && (DISCLOSE.has(v.lemma(verb)) || v.lemma(verb) === "say") && victimLike({ ...m, source: "name" }) ? m : undefined;
  }
  if (/^(which|that|who)$/.test(v.lower(k))) {
    const before = v.lower(k - 1) === "," ? k - 2 : k - 1;
    const m = v.mentions.find((x) => x.tokenStart <= before && before < x.tokenEnd);
    if (m) return victimLike(m) ? m : undefined;
    // "the bank that was targeted": a restrictive clause hangs on the noun right before it (but "servers that
    // had been infected" are their owner's, named before).
    if (v.lower(k) === "that" && v.tok(before)?.pos === "NOUN" && !/^(servers?|systems?|computers?|networks?|machines?|devices?|files|data|accounts?|websites?|sites?)$/.test(v.lower(before))) return undefined;
  }
  return v.subjectBefore(i, victimLike);
}

function verbalVictim(v: SentenceView, i: number): Mention | undefined {
  const reporting = reportedBeingHit(v, i);
  if (reporting) return reporting;
  if (isPassive(v, i)) return passiveVictim(v, i);
  // "according to leaked documents", "a hacked Samsung TV": a participle used as an adjective.
  if (/ed$/.test(v.lower(i)) && /^(DET|ADP)$/.test(v.tok(i - 1)?.pos ?? "") && /^(NOUN|PROPN)$/.test(v.tok(i + 1)?.pos ?? "")) return undefined;
  if (v.lemma(i) === "steal") {
    for (let k = i + 1; k < Math.min(v.end, i + 10); k++) if (v.lower(k) === "from") return v.after(k, Math.min(v.end, k + 6), victimLike)[0];
    return undefined;
  }
  const obj = v.after(i, Math.min(v.end, i + 6), victimLike)[0];
  // The object must come before any preposition other than "'s" chains: "hacked the DNC", not "hacked from Russia".
  if (!obj) return undefined;
  for (let k = i + 1; k < obj.tokenStart; k++) if (/^(from|with|using|via|by|for|to)$/.test(v.lower(k))) return undefined;
  // "hacking Google's CEO": the possessor is not hit unless what it owns is a system ("the DNC's servers").
  if (obj.possessive && !/^(network|networks|systems?|servers?|computers?|website|websites|e-?mails?|accounts?|database|databases|data|infrastructure|portal|it|emails)$/.test(v.lower(obj.tokenEnd))) return undefined;
  // "exploits that targeted vulnerabilities in Cisco": the vendor's flaw, not the vendor, is the target.
  if (/\b(vulnerabilit|flaw|bug|weakness|users|customers)/.test(v.words(i + 1, obj.tokenStart))) return undefined;
  // "targets Microsoft Windows users": the users of the product are meant, not its maker.
  let after = obj.tokenEnd;
  while (v.tok(after)?.pos === "PROPN") after++;
  if (/^(users|customers|owners|clients|subscribers|devices|products)$/.test(v.lower(after))) return undefined;
  // "the CIA borrowed code from: ... (" : an object never lies past a bracket.
  for (let k = i + 1; k < obj.tokenStart; k++) if (v.lower(k) === "(" || v.lower(k) === ":") return undefined;
  return obj;
}

const ATTACKER_KINDS = new Set(["group"]);

/** "the hacking of Microsoft Exchange email servers": the maker's name modifies a product. */
function productOf(v: SentenceView, m: Mention): boolean {
  if (m.possessive) return false;
  let k = m.tokenEnd;
  while (v.tok(k)?.pos === "PROPN") k++;
  if (k > m.tokenEnd) return PRODUCT_NOUNS.test(v.lower(k));
  if (PRODUCT_AFTER_NAME.test(v.lower(k))) return true;
  // "phishing hits Gmail users", "a scam aimed at Tesco Bank customers": the users were targeted, not the brand
  // (whereas "Wonga customers' data was stolen" in a breach is Wonga's loss).
  return /^(users|customers|subscribers|clients|players|fans|account)$/.test(v.lower(k)) && /phish|scam|fraud|impersonat|spoof|spam|fake/i.test(v.text);
}

/** "emails posing as PayPal", "a site impersonating the bank": the brand is used, not hit. */
function impersonated(v: SentenceView, m: Mention): boolean {
  return /\b(impersonat|posing|pose as|pretend|purport|spoof|disguis|masquerad|mimic|fake)/.test(v.words(m.tokenStart - 4, m.tokenStart));
}

/** An unknown one-word name that looks like a product code or jargon ("W-2", "DDoS", "BEC"), not an organization. */
function weakName(m: Mention): boolean {
  return m.source === "name" && !m.text.includes(" ") && !/^[A-Z][a-z]{2,}[A-Za-z]*$/.test(m.text);
}
// (Not "investigate", "detect" or "discover": their subjects are more often the researchers than the victims.)
const DISCLOSE = new Set(["suffer", "disclose", "report", "confirm", "experience", "announce", "reveal", "admit", "acknowledge", "notify", "face"]);
const COMPOUND_KINDS = new Set(["company", "organization", "government"]);
const LIST_HEADS = /^(victims|victim|affected)$/;

const TAKEN_THINGS = /^(data|emails|e-mails|documents|files|records|information|database|databases|messages|trove|gigabytes|gb|terabytes|tb)$/;
const TAKING = /^(steal|leak|release|dump|publish|obtain|exfiltrate|take|siphon|grab|post)$/;

/** "released 40GB of data from surveillance company Gamma International": whose data was taken. */
function takenFrom(v: SentenceView): EventCandidate[] {
  const out: EventCandidate[] = [];
  for (let i = v.start; i < v.end; i++) {
    if (v.lower(i) !== "from" || !TAKEN_THINGS.test(v.lower(i - 1))) continue;
    let verb = -1;
    for (let k = i - 2; k >= v.start && k >= i - 8; k--) if (v.tok(k)!.pos === "VERB" && TAKING.test(v.lemma(k))) { verb = k; break; }
    if (verb < 0 || v.blocked(verb)) continue;
    const victim = v.mentions.find((m) => m.tokenStart > i && m.tokenStart <= i + 4 && victimLike(m) && !m.modifier);
    if (!victim || v.speakers.includes(victim) || productOf(v, victim)) continue;
    const date = v.dateFor(verb);
    out.push(candidate(v, verb, { type: "attack", roles: { victim: victim.actor! }, attackType: v.lemma(verb) === "steal" ? "data-theft" : "leak", ...(date ? { date } : {}), confidence: 0.65 }));
  }
  return out;
}

/** "reported being infected": a participle the tagger read as an adjective after "being". */
function beingHit(v: SentenceView, i: number): boolean {
  const t = v.tok(i)!;
  if (t.pos !== "ADJ" || !/^(being|been)$/.test(v.lower(i - 1))) return false;
  return ATTACK_VERBS.has(t.lower.replace(/ed$/, "")) || ATTACK_VERBS.has(t.lower.replace(/d$/, ""));
}

/** "Merck reported being infected by the malware": the one reporting it was hit. */
function reportedBeingHit(v: SentenceView, i: number): Mention | undefined {
  if (!/^(being|having)$/.test(v.lower(i - 1)) && !(v.lower(i - 1) === "been" && v.lower(i - 2) === "having")) return undefined;
  const k = v.lower(i - 1) === "been" ? i - 3 : i - 2;
  return DISCLOSE.has(v.lemma(k)) ? v.subjectBefore(k, victimLike) : undefined;
}

/** "in the DNC hack", "the hacking of Sony Pictures": an attack noun the tagger read as a verb. */
function taggedAsVerb(v: SentenceView, i: number): boolean {
  if (/ing$/.test(v.lower(i)) && /^(the|this|that|its|their)$/.test(v.lower(i - 1))) return true;
  return v.mentions.some((m) => m.tokenEnd === i && /^(the|this|that)$/.test(v.lower(m.tokenStart - 1)));
}

/**
 * "the hacking capacity of the CIA", "attack techniques": the noun modifies another, which is the head
 * ("an attack spree", "the hacking campaign against X" still name the operation).
 */
function modifiesNoun(v: SentenceView, i: number): boolean {
  return v.tok(i + 1)?.pos === "NOUN" && !/^(campaign|campaigns|operation|operations|spree|wave)$/.test(v.lower(i + 1));
}

/** "Yahoo disclosed the breach", "X suffered an attack": the discloser of a breach is its victim. */
function disclosingVictim(v: SentenceView, i: number): Mention | undefined {
  // "Fidelis disclosed new espionage activity by APT10": with its perpetrator named, the discloser reports it.
  if (/^(by|from)$/.test(v.lower(i + 1))) return undefined;
  for (let k = i - 1; k >= v.start && k >= i - 5; k--) {
    if (v.tok(k)!.pos === "VERB" && DISCLOSE.has(v.lemma(k))) return v.subjectBefore(k, victimLike);
  }
  return undefined;
}

const ON_THE_RECEIVING_END = /\b(receiving end of|target of|victim of|victims of|hit by|struck by|subject of|targeted by|affected by)( an?| the)?( \S+){0,3}$/;

/** "X has been on the receiving end of a cyber-attack", "X was the target of an attack": X was hit. */
function sufferingVictim(v: SentenceView, i: number): Mention | undefined {
  if (!ON_THE_RECEIVING_END.test(v.words(i - 7, i))) return undefined;
  return v.subjectBefore(i, victimLike);
}

/** "the Anthem breach", "the Central Bank of Bangladesh heist": a name right before the attack noun. */
function compoundVictim(v: SentenceView, i: number): Mention | undefined {
  const m = v.mentions.find((x) => x.tokenEnd === i && !x.modifier);
  // "the Sony hack", "last year's OPM breach", but not "falsely attributing CIA attacks": the victim's
  // compound is a definite, single operation.
  if (!m || !/^(the|this|that|'s|’s)$/.test(v.lower(m.tokenStart - 1))) return undefined;
  return victimLike(m) && COMPOUND_KINDS.has(m.actor!.kind) ? m : undefined;
}

/** "Among the victims are X, Y and Z", "the list of victims includes ...": every name in the list. */
function listedVictims(v: SentenceView): EventCandidate[] {
  const out: EventCandidate[] = [];
  for (let i = v.start; i < v.end; i++) {
    if (!LIST_HEADS.test(v.lower(i)) || v.blocked(i)) continue;
    const next = v.words(i + 1, i + 4);
    if (!/^(include|includes|included|including|are|were|such as|of the attack include|list includes)\b/.test(next) && !/\b(include|includes|included|including)\b/.test(next)) continue;
    const accept = (m: Mention) => named(m) && (VICTIM_KINDS.has(m.actor!.kind) || m.actor!.kind === "person") && !v.speakers.includes(m) && m.source !== "pronoun";
    // The list runs to the end of the sentence or to its source ("according to", "said").
    let end = v.end;
    for (let k = i + 1; k < v.end; k++) if (/^(according|said|says|across|in)$/.test(v.lower(k)) && v.lower(k + 1) !== "the" || v.lower(k) === "according") { end = k; break; }
    const listed = v.mentions.filter((m) => m.tokenStart > i && m.tokenStart < end && accept(m) && !(m.actor!.kind === "state" && m.tokenStart > i + 3));
    for (const m of listed) out.push(candidate(v, i, { type: "attack", roles: { victim: m.actor! }, ...(attackTypeOf(v.text) ? { attackType: attackTypeOf(v.text)! } : {}), confidence: 0.6 }));
    break;
  }
  return out;
}

/** Cyber operations against a named victim, in noun ("the attack on X") and verb ("hackers breached X") form. */
export const detectAttacks: Detector = (v) => {
  // "Among the other victims are ...": a list of victims needs no attack word of its own.
  if (!v.cyber) return v.afterCyber ? listedVictims(v) : [];
  sentenceStarts = new Map([[v.sentence.index, v.start]]);
  const out: EventCandidate[] = [];
  const type = attackTypeOf(v.text);
  for (let i = v.start; i < v.end; i++) {
    const tok = v.tok(i)!;
    let victim: Mention | undefined;
    let nominal = false;
    if (ATTACK_NOUNS.has(tok.lower) && (tok.pos !== "VERB" || taggedAsVerb(v, i)) && !modifiesNoun(v, i)) {
      victim = nominalVictim(v, i) ?? compoundVictim(v, i) ?? disclosingVictim(v, i) ?? sufferingVictim(v, i);
      nominal = true;
    } else if ((ATTACK_VERBS.has(tok.lemma) && tok.pos === "VERB") || beingHit(v, i)) {
      // "target" and "attack" in ordinary senses need a cyber sentence, which we have; "hit" needs more.
      if ((tok.lemma === "hit" || tok.lemma === "strike") && !/cyber|ransomware|malware|hack|attack/.test(v.text.toLowerCase())) continue;
      // "broke into a bank's network": only the phrasal verb.
      if (tok.lemma === "break" && v.lower(i + 1) !== "into") continue;
      victim = verbalVictim(v, i);
    }
    if (!victim || v.blocked(i) || productOf(v, victim)) continue;
    // A speaker is no victim, unless it speaks of its own hit ("Merck reported being infected").
    const speaking = v.speakers.includes(victim) && victim !== reportedBeingHit(v, i);
    if (ATTACKER_KINDS.has(victim.actor!.kind) || speaking || impersonated(v, victim) || weakName(victim)) continue;
    // "the attack that hit X earlier this year": the relative clause dates the attack too.
    const date = nominal
      ? v.dateFor(i, true) ?? (victim === relativeClauseVictim(v, i) ? v.operationDateFor(i + 2) : undefined)
      : v.operationDateFor(i);
    const hedged = /\b(may|might|could) have been\b|\balleged|\bsuspected|\bpossible\b|\bpossibly\b/.test(v.text.toLowerCase());
    // "targeting the DNC, the World Anti-Doping Agency and the German government": each one is hit.
    const victims = victim.tokenStart > i ? conjoined(v, victim, victimLike) : [victim];
    for (const hit of victims) {
      if (ATTACKER_KINDS.has(hit.actor!.kind) || (hit !== victim && v.speakers.includes(hit))) continue;
      out.push(candidate(v, i, {
        type: "attack",
        roles: { victim: hit.actor! },
        ...(type ? { attackType: type } : {}),
        ...(date ? { date } : {}),
        ...(hedged ? { hedged } : {}),
        confidence: nominal ? 0.65 : 0.7,
      }));
    }
  }
  out.push(...listedVictims(v), ...takenFrom(v));
  return out;
};

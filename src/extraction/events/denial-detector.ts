import type { EventCandidate, Mention } from "../analysis.js";
import { candidate, hasWord, isPassive, type Detector } from "./candidate.js";
import { named } from "./mentions.js";
import type { SentenceView } from "./sentence-view.js";

const DENY = new Set(["deny", "reject", "dismiss", "refute", "rebuff", "repudiate"]);
const DENIED_THINGS = new Set([
  "involvement", "accusation", "accusations", "allegation", "allegations", "claim", "claims", "charges", "charge",
  "responsibility", "role", "report", "reports", "blame", "attribution", "link", "links", "suggestion",
  "suggestions", "any", "that", "having", "being", "it", "this", "participation", "complicity", "hacking",
]);
const BASELESS = /\b(called|branded|described|labelled|labeled)\b.{0,60}\b(baseless|unfounded|groundless|fabricated|absurd|false|lies|ridiculous|slander|nonsense|fake|fabrication)\b/;

// "A spokesperson for the company has denied": a title of no known state is nobody's denial.
const denierLike = (m: Mention) => named(m) && !(m.titleOnly && !m.actor!.country);

function denierAt(v: SentenceView, i: number) {
  if (isPassive(v, i)) {
    const by = v.lower(i + 1) === "by" ? v.after(i + 1, Math.min(v.end, i + 6), denierLike)[0] : undefined;
    if (by) return by.actor;
  }
  // "According to a BK spokesperson, the teenager denied": someone the text does not name as an actor
  // denies, not the one who reports it.
  if (v.unnamedSubject(i)) return undefined;
  const subject = v.subjectBefore(i, denierLike);
  if (subject && subject.tokenStart >= v.start && v.clause[subject.tokenStart - v.start] === v.clause[i - v.start]) return subject.actor;
  if (subject) return subject.actor;
  return v.speaker?.actor?.kind !== "unspecified" ? v.speaker?.actor : undefined;
}

const CLAIM_BASELESS = /\b(accusations?|allegations?|claims?|charges|reports?)\b.{0,40}\b(were|was|are|is)\b.{0,20}\b(baseless|unfounded|groundless|fabricated|absurd|false|lies|ridiculous|slander|nonsense|fake|untrue|without basis|politically motivated)\b|\bno evidence (linking|that|of (its|their|any|russian|chinese|iranian|north korean|state) (involvement|role|participation))\b/;

/** "The spokesman said the accusations were groundless": the speaker denies. */
function reportedDenial(v: SentenceView): EventCandidate[] {
  const speaker = v.speaker?.actor;
  if (!speaker || speaker.kind === "unspecified" || !(speaker.kind === "state" || speaker.kind === "government" || speaker.kind === "group")) return [];
  const m = CLAIM_BASELESS.exec(v.text.toLowerCase());
  if (!m) return [];
  const at = v.tokens.findIndex((t, k) => k >= v.start && t.start - v.sentence.start >= m.index);
  if (at < 0 || v.blocked(at)) return [];
  const date = v.dateFor(at);
  return [candidate(v, at, { type: "denial", roles: { denier: speaker }, ...(date ? { date } : {}), confidence: 0.7 })];
}

/** The accused rejecting involvement: deny, reject, dismiss, "called the claims baseless". */
export const detectDenials: Detector = (v) => {
  const out: EventCandidate[] = [];
  if (v.cyber || v.afterCyber) out.push(...reportedDenial(v));
  for (let i = v.start; i < v.end; i++) {
    const baseless = v.lemma(i) === "call" && BASELESS.test(v.words(i, i + 14));
    if (!DENY.has(v.lemma(i)) && !baseless) continue;
    if (v.tok(i)!.pos !== "VERB" && !baseless && !isPassive(v, i)) continue;
    if (v.blocked(i)) continue;
    const objectNamed = hasWord(v, i + 1, i + 8, DENIED_THINGS) >= 0 || isPassive(v, i) || baseless;
    if (!objectNamed || !(v.cyber || v.afterCyber || hasWord(v, i + 1, i + 8, DENIED_THINGS) >= 0)) continue;
    // A victim denying it was breached is no denial of involvement.
    if (/\b(breach|breached|hacked|compromised)\b/.test(v.words(i + 1, i + 6)) && !/involvement|responsib/.test(v.words(i + 1, i + 8))) continue;
    if (out.length) continue;
    const denier = denierAt(v, i);
    if (!denier || denier.kind === "unspecified") continue;
    // Denials come from the accused: a company or person denies involvement, not "the allegations" of a flaw
    // ("WhatsApp called the allegations false").
    if (!/^(state|government|group|person)$/.test(denier.kind) && !/\b(involvement|responsibility|role|participation|complicity|part)\b/.test(v.words(i + 1, i + 8))) continue;
    const date = v.dateFor(i);
    out.push(candidate(v, i, { type: "denial", roles: { denier }, ...(date ? { date } : {}), confidence: 0.75 }));
  }
  return out;
};

import type { EventCandidate } from "../analysis.js";
import { candidate, hasWord, isPassive, type Detector } from "./candidate.js";
import { named, type SentenceView } from "./sentence-view.js";

const DENY = new Set(["deny", "reject", "dismiss", "refute", "rebuff", "repudiate"]);
const DENIED_THINGS = new Set([
  "involvement", "accusation", "accusations", "allegation", "allegations", "claim", "claims", "charges", "charge",
  "responsibility", "role", "report", "reports", "blame", "attribution", "link", "links", "suggestion",
  "suggestions", "any", "that", "having", "being", "it", "this", "participation", "complicity", "hacking",
]);
const BASELESS = /\b(called|branded|described|labelled|labeled)\b.{0,60}\b(baseless|unfounded|groundless|fabricated|absurd|false|lies|ridiculous|slander|nonsense|fake|fabrication)\b/;

function denierAt(v: SentenceView, i: number) {
  if (isPassive(v, i)) {
    const by = v.lower(i + 1) === "by" ? v.after(i + 1, Math.min(v.end, i + 6), named)[0] : undefined;
    if (by) return by.actor;
  }
  const subject = v.subjectBefore(i, named);
  if (subject && subject.tokenStart >= v.start) return subject.actor;
  return v.speaker?.actor?.kind !== "unspecified" ? v.speaker?.actor : undefined;
}

/** The accused rejecting involvement: deny, reject, dismiss, "called the claims baseless". */
export const detectDenials: Detector = (v) => {
  const out: EventCandidate[] = [];
  for (let i = v.start; i < v.end; i++) {
    const baseless = v.lemma(i) === "call" && BASELESS.test(v.words(i, i + 14));
    if (!DENY.has(v.lemma(i)) && !baseless) continue;
    if (v.tok(i)!.pos !== "VERB" && !baseless && !isPassive(v, i)) continue;
    if (v.blocked(i)) continue;
    const objectNamed = hasWord(v, i + 1, i + 8, DENIED_THINGS) >= 0 || isPassive(v, i) || baseless;
    if (!objectNamed || !(v.cyber || v.afterCyber || hasWord(v, i + 1, i + 8, DENIED_THINGS) >= 0)) continue;
    // A victim denying it was breached is no denial of involvement.
    if (/\b(breach|breached|hacked|compromised)\b/.test(v.words(i + 1, i + 6)) && !/involvement|responsib/.test(v.words(i + 1, i + 8))) continue;
    const denier = denierAt(v, i);
    if (!denier || denier.kind === "unspecified") continue;
    const date = v.dateFor(i);
    out.push(candidate(v, i, { type: "denial", roles: { denier }, ...(date ? { date } : {}), confidence: 0.75 }));
  }
  return out;
};

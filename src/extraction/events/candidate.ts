import type { Actor } from "../../domain/index.js";
import type { EventCandidate } from "../analysis.js";
import type { SentenceView } from "./sentence-view.js";

/** A detector reads one sentence and proposes the events of its kind that the sentence asserts. */
export type Detector = (v: SentenceView) => EventCandidate[];

export function candidate(
  v: SentenceView,
  trigger: number,
  fields: Omit<EventCandidate, "sentence" | "trigger" | "confidence"> & { confidence?: number },
): EventCandidate {
  return { confidence: 0.7, ...fields, sentence: v.sentence.index, trigger };
}

export const sameActor = (a: Actor | undefined, b: Actor | undefined) =>
  !!a && !!b && a.name === b.name && a.kind === b.kind && a.country === b.country;

/** Whether the tokens i..j contain any of the words. */
export function hasWord(v: SentenceView, i: number, j: number, words: ReadonlySet<string>): number {
  for (let k = Math.max(i, v.start); k < Math.min(j, v.end); k++) if (words.has(v.lower(k))) return k;
  return -1;
}

const BE = new Set(["was", "were", "is", "are", "been", "be", "being", "has", "have", "had", "got", "get", "gets"]);

/** A participle after a form of "be" ("was hacked", "has been accused"). */
export function isPassive(v: SentenceView, i: number): boolean {
  // "was using" is progressive, not passive.
  if (/ing$/.test(v.lower(i))) return false;
  for (let k = i - 1; k >= v.start && k >= i - 3; k--) {
    const w = v.lower(k);
    if (BE.has(w) && w !== "has" && w !== "have" && w !== "had") return true;
    if (v.tok(k)!.pos !== "ADV" && v.tok(k)!.pos !== "AUX" && !/ly$/.test(w)) break;
  }
  return false;
}

/** Participle right after a noun ("a group linked to", "the attack blamed on"): a reduced relative clause. */
export function isReducedRelative(v: SentenceView, i: number): boolean {
  let k = i - 1;
  while (k >= v.start && (v.tok(k)!.pos === "ADV" || /ly$/.test(v.lower(k)))) k--;
  const t = v.tok(k);
  if (!t || t.pos !== "NOUN" || isPassive(v, i)) return false;
  // "officials publicly accused the Russian government": a participle with a direct object is a main verb.
  if (/^(DET|PROPN|PRON)$/.test(v.tok(i + 1)?.pos ?? "")) return false;
  // "The Balkan nation blamed Russia": with no verb before it in the clause, it is the main verb.
  for (let j = k - 1; j >= v.start && v.clause[j - v.start] === v.clause[i - v.start]; j--) {
    const p = v.tok(j)!.pos;
    if (p === "VERB" || p === "AUX" || p === "ADP") return true;
  }
  return false;
}

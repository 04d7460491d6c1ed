import { required, type Analysis, type EventCandidate, type Mention } from "../analysis.js";
import { detectAttacks } from "../events/attack-detector.js";
import { detectAttributions } from "../events/attribution-detector.js";
import type { Detector } from "../events/candidate.js";
import { detectDenials } from "../events/denial-detector.js";
import { detectCondemnations, detectDiplomatic, detectLegal, detectSanctions } from "../events/response-detectors.js";
import { isCyberText, SentenceView } from "../events/sentence-view.js";
import type { Stage } from "../stage.js";

/** The detectors, one per event family; each reads a sentence and proposes candidates. */
export const DETECTORS: readonly Detector[] = [
  detectAttacks, detectAttributions, detectDenials, detectSanctions, detectDiplomatic, detectLegal, detectCondemnations,
];

const REPORT_WORDS = /^(report|study|analysis|paper|research|authors|researchers)$/;

/**
 * "The report's authors included the NCSC, BAE Systems and PwC", "the report was written by X and Y":
 * who "the report" and "its authors" are, wherever the article cites them.
 */
function reportAuthors(a: Analysis): Mention[] {
  const tokens = a.tokens!;
  for (const m of a.mentions!) {
    if (m.actor?.kind !== "unspecified" || !REPORT_WORDS.test(tokens[m.tokenEnd - 1]!.lower)) continue;
    const next = tokens.slice(m.tokenEnd, m.tokenEnd + 4).map((t) => t.lower).join(" ");
    if (!/^((authors|researchers) )?(included|include|were|are)\b|^(was|were) (written|produced|compiled|authored|published|released) by\b/.test(next)) continue;
    const named = a.mentions!.filter((x) => x.sentence === m.sentence && x.tokenStart > m.tokenEnd && x.actor && x.actor.kind !== "unspecified" && !x.modifier);
    if (named.length) return named;
  }
  return [];
}

/** Runs every detector over every sentence, carrying a quote's speaker into the quote's next sentence. */
export const detectEvents: Stage = {
  name: "detect-events",
  run(a) {
    const sentences = required(a, "sentences", "detect-events");
    required(a, "mentions", "detect-events");
    required(a, "dates", "detect-events");
    const candidates: EventCandidate[] = [];
    let speaker: Mention | undefined;
    let cyber = false;
    let named: readonly Mention[] = [];
    const authors = reportAuthors(a);
    const withActors = new Set(a.mentions!.filter((m) => m.actor && !m.modifier).map((m) => m.sentence));
    const text = a.article.text;
    for (const s of sentences) {
      // Every event has an actor in a role: a sentence naming none asserts nothing, unless it is a
      // quote whose speaker the sentence before named.
      if (!withActors.has(s.index) && !(speaker && /^\s*["“]/.test(text.slice(s.start, s.end)))) {
        speaker = undefined;
        cyber = isCyberText(text.slice(s.start, s.end));
        continue;
      }
      const v: SentenceView = new SentenceView(a, s, speaker, cyber, named, authors);
      speaker = v.speaker;
      cyber = v.cyber;
      if (v.speakers.length && v.speakers.every((m) => m.actor?.kind !== "unspecified")) named = v.speakers;
      for (const detect of DETECTORS) candidates.push(...detect(v));
    }
    return { candidates };
  },
};

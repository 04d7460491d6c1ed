import type { Mention } from "../analysis.js";
import { usable } from "./mentions.js";
import type { SentenceView } from "./sentence-view.js";

// Who a sentence reports, and who is named together with whom: the sources of reported speech.

export const REPORT_VERBS = new Set([
  "say", "tell", "state", "add", "claim", "note", "write", "report", "announce", "reveal", "confirm", "explain",
  "allege", "assert", "conclude", "believe", "tweet", "warn", "argue", "insist", "suggest", "find", "determine",
  "assess", "disclose", "publish", "indicate", "declare", "stress", "comment",
]);

/** A sentence that is only a quotation, whose speaker the sentence before named. */
export function isQuoteOnly(text: string): boolean {
  return /^["“]/.test(text.trim()) && !/["”]\s*,?\s*\w+/.test(text.trim().slice(1, -2));
}

const SOURCE_NOUNS = new Set(["researchers", "report", "analysis", "blog", "investigators", "analysts", "experts"]);

/** Who the sentence reports: "X said", "said X", "according to X", "X told reporters", "a report by X". */
export function findSpeaker(v: SentenceView): Mention | undefined {
  const { tokens, start, end } = v;
  for (let i = start; i < end; i++) {
    const t = tokens[i]!;
    // "Albania broke off relations ..., saying Tehran had orchestrated": the subject speaks.
    if ((t.lower === "saying" || t.lower === "alleging" || t.lower === "claiming") && tokens[i - 1]?.text === ",") {
      const first = v.mentions.find((m) => m.tokenEnd <= i && usable(m) && m.actor!.kind !== "unspecified");
      if (first) return first;
    }
    if (t.lower === "according" && tokens[i + 1]?.lower === "to") {
      const m = v.mentions.find((x) => x.tokenStart >= i + 2 && x.tokenStart <= i + 4 && usable(x));
      if (m) return m;
    }
    if (REPORT_VERBS.has(t.lemma) && (t.pos === "VERB" || t.pos === "AUX" || t.pos === "NOUN" && t.lower === "report")) {
      // "APT10 was found to have used": a passive report verb has no speaker before it.
      if (t.pos === "NOUN" || /^(was|were|is|are|been|be|being)$/.test(tokens[i - 1]?.lower ?? "")) continue;
      // "X said", "X on Monday said", "X said in a statement"
      const before = v.mentions.filter((m) => m.tokenEnd <= i && i - m.tokenEnd <= 4 && usable(m));
      // ("Dragos, which calls it CrashOverride, said": the name a speaker gives is not the speaker.)
      const named = before.filter((m) => !/\b(calls|call|called|dubbed|dubs|named|nicknamed)\b/.test(v.words(m.tokenStart - 3, m.tokenStart)));
      const last = named[named.length - 1];
      if (last && !tokensBetweenHaveVerb(v, last.tokenEnd, i)) return last;
      // "Dragos, a U.S. firm that ..., said": the sentence's subject, with an aside before its verb.
      const opener = v.mentions[0];
      if (tokens[i - 1]?.text === "," && opener && opener.tokenStart === start && tokens[opener.tokenEnd]?.text === "," && usable(opener) && opener.actor!.kind !== "unspecified") return opener;
      // "..., said X"
      const next = v.mentions.find((m) => m.tokenStart === i + 1 || (m.tokenStart === i + 2 && tokens[i + 1]!.pos === "DET"));
      if (next && usable(next) && i > start && /^[,"”']$|^’$/.test(tokens[i - 1]!.text)) return next;
    }
    if ((t.lower === "by" || t.lower === "from") && i > start && /^(report|analysis|statement|advisory|assessment|investigation|post|research|researchers|blog)$/.test(tokens[i - 1]!.lower)) {
      const m = v.mentions.find((x) => x.tokenStart === i + 1 && usable(x));
      if (m) return m;
    }
  }
  // "X's researchers", "researchers at X", "a Microsoft blog post revealed", "a Trend Micro report"
  for (const m of v.mentions) {
    if (!usable(m) || m.actor!.kind === "unspecified") continue;
    if (SOURCE_NOUNS.has(tokens[m.tokenEnd]?.lower ?? "")) return m;
    // (The two words before are joined only when the last could end the pattern.)
    const w1 = tokens[m.tokenStart - 1]?.lower ?? "";
    if (!(w1.endsWith("at") || w1.endsWith("from") || w1.endsWith("with"))) continue;
    if (/(researchers|experts|analysts) (at|from|with)$/.test(`${tokens[m.tokenStart - 2]?.lower ?? ""} ${w1}`)) return m;
  }
  return undefined;
}

/** Mentions joined to m by commas and "and" ("PwC, BAE Systems and the NCSC"), m included, in text order. */
export function conjoined(v: SentenceView, m: Mention, accept: (m: Mention) => boolean = usable): Mention[] {
  // Between two list members: commas, "and", "as well as", an article, and modifiers ("the UK's").
  const joiner = (a: number, b: number) => {
    const words: string[] = [];
    let depth = 0;
    for (let k = a; k < b; k++) {
      // "the Democratic National Committee (DNC), the World Anti-Doping Agency (Wada) and ...": skip the brackets.
      const w = v.lower(k);
      if (w === "(") depth++;
      else if (w === ")") depth = Math.max(0, depth - 1);
      else if (depth === 0 && !v.mentions.some((x) => x.modifier && x.tokenStart <= k && k < x.tokenEnd)) words.push(w);
    }
    // Nothing but brackets between: an acronym in apposition ("the Democratic National Committee (DNC)").
    if (words.length === 0) return true;
    // ("sanctions on Park and on Chosun Expo", "May and her Dutch counterpart, Mark Rutte")
    return /^(,|and|, and|,and|as well as|, as well as|or|, or|, together with|, along with|together with|along with|, alongside)( on| against| to)?( the| her| his| their| its)?$/.test(words.join(" ").replace(/ ,/g, ",").replace(/^, /, ", "));
  };
  const ms = v.mentions.filter((x) => x.sentence === m.sentence && accept(x));
  const at = ms.indexOf(m);
  if (at < 0) return [m];
  let lo = at;
  let hi = at;
  while (lo > 0 && joiner(ms[lo - 1]!.tokenEnd, ms[lo]!.tokenStart)) lo--;
  while (hi < ms.length - 1 && joiner(ms[hi]!.tokenEnd, ms[hi + 1]!.tokenStart)) hi++;
  return ms.slice(lo, hi + 1).filter((x) => x.actor!.kind !== "unspecified");
}

function tokensBetweenHaveVerb(v: SentenceView, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (v.tokens[k]!.pos === "VERB") return true;
  return false;
}

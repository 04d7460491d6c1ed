import type { EventDate } from "../../domain/index.js";
import type { Analysis, DateMention, Mention, Sentence, Token } from "../analysis.js";
import { usable } from "./mentions.js";
import { conjoined, findSpeaker, isQuoteOnly, REPORT_VERBS } from "./speakers.js";

const CLAUSE_OPENERS = new Set([
  "which", "who", "whom", "whose", "while", "whereas", "although", "though", "because", "after", "before", "when",
  "amid", "until", "unless", "if", "where",
]);
const CYBER_WORDS =
  /cyber|hack|breach|malware|ransomware|phishing|espionage|intrusion|ddos|denial[- ]of[- ]service|botnet|spyware|wiper|exploit|compromis|infiltrat|apt\d|trojan|backdoor|spear|implant|virus|worm|notpetya|wannacry|stuxnet|solarwinds|data theft|stolen data|stole data|malicious (software|code|cyber)|break-in/i;
// Words that speak of a cyber operation only in an article that is about one.
const CONTEXT_WORDS = /attack|campaign|leak|network|systems|servers|computer|data|emails?\b|operation|incident|victims/i;
const DOCUMENT_CYBER = new WeakMap<object, boolean>();

/** Whether a text names a cyber operation in so many words. */
export const isCyberText = (text: string) => CYBER_WORDS.test(text);

function documentIsCyber(text: string, key: object): boolean {
  let known = DOCUMENT_CYBER.get(key);
  if (known === undefined) {
    known = CYBER_WORDS.test(text);
    DOCUMENT_CYBER.set(key, known);
  }
  return known;
}
const OPERATION_WORD = /^(hack|hacks|hacking|hacked|attack|attacks|cyberattack|cyberattacks|breach|breached|breaches|intrusion|campaign|theft|heist|leak|leaks|espionage|operation|compromise|compromised|ransomware)$/;
const NEGATION = new Set(["not", "n't", "n’t", "never", "no", "neither", "nor", "without"]);
const IRREALIS = new Set([
  "will", "would", "could", "should", "shall", "might", "must", "threatened", "threaten", "threatens", "vowed", "vow",
  "vows", "pledged", "pledge", "pledges", "promised", "promise", "plans", "planned", "plan", "considering", "consider",
  "considers", "weighing", "urged", "urge", "urges", "called", "calls", "asked", "wants", "want", "seeks", "sought",
  "may", "if", "whether", "unless", "prepared", "ready", "intends", "intend", "expected", "warned", "warns",
  // generic statements: "banks are often targeted", "attackers can breach"
  "often", "usually", "typically", "frequently", "commonly", "generally", "sometimes", "can", "cannot",
]);
const HEDGES = new Set([
  "likely", "probably", "possibly", "possible", "suspected", "suspect", "suspects", "believed", "believe", "believes",
  "thought", "alleged", "allegedly", "apparently", "appears", "appear", "seemingly", "potential", "potentially",
  "may", "might", "could", "presumably", "reportedly", "assessed", "assess", "assesses", "suggests", "suggest",
  "suggested", "indicates", "indicate", "indicated", "rumors", "rumours", "speculation", "probable", "plausibly",
]);

/** One sentence with its tokens, resolved mentions, dates and rough clause structure. */
export class SentenceView {
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  readonly dates: readonly DateMention[];
  private clauseOf: readonly number[] | undefined;
  readonly cyber: boolean;
  readonly question: boolean;
  readonly speaker: Mention | undefined;
  /** The speaker and those named with it ("PwC and BAE said", "researchers at PwC, BAE and the NCSC"). */
  readonly speakers: readonly Mention[];
  readonly text: string;
  /** The sentence before was about a cyber operation (for "This is denied by ..."). */
  readonly afterCyber: boolean;
  /** The article as a whole is about cyber operations. */
  readonly documentCyber: boolean;

  constructor(
    readonly analysis: Analysis,
    readonly sentence: Sentence,
    previousSpeaker?: Mention,
    previousCyber = false,
    namedSpeakers: readonly Mention[] = [],
    reportAuthors: readonly Mention[] = [],
  ) {
    const all = analysis.tokens!;
    this.tokens = all;
    this.mentions = bySentence(analysis.mentions!, sentence.index).filter((m) => m.actor);
    this.dates = bySentence(analysis.dates!, sentence.index);
    this.text = analysis.article.text.slice(sentence.start, sentence.end);
    this.cyber = CYBER_WORDS.test(this.text) || (CONTEXT_WORDS.test(this.text) && documentIsCyber(analysis.article.text, analysis.article));
    this.question = /\?\s*["”’]?$/.test(this.text);
    this.speaker = findSpeaker(this) ?? (isQuoteOnly(this.text) ? previousSpeaker : undefined);
    this.speakers = this.speaker ? conjoined(this, this.speaker) : [];
    // "the researchers say", "the report states": the sources named before.
    const definite = this.speaker && this.speaker.actor?.kind === "unspecified" && /^(the|these|those)\b/i.test(this.text.slice(this.speaker.start - sentence.start - 4 < 0 ? 0 : this.speaker.start - sentence.start - 4, this.speaker.end - sentence.start).trim().replace(/^\S*\s(?=the)/, ""));
    const ofReport = definite && /^(report|study|analysis|paper|research|authors|researchers)$/.test(this.speaker!.text.toLowerCase());
    if (ofReport && reportAuthors.length) this.speakers = reportAuthors;
    else if (definite && namedSpeakers.length) this.speakers = namedSpeakers;
    this.afterCyber = previousCyber;
    this.documentCyber = documentIsCyber(analysis.article.text, analysis.article);
  }

  /** Clause number of each token (from the sentence's first); only sentences with a trigger need it. */
  get clause(): readonly number[] {
    return (this.clauseOf ??= clauses(this.tokens, this.sentence));
  }

  get start() { return this.sentence.tokenStart; }
  get end() { return this.sentence.tokenEnd; }
  tok(i: number): Token | undefined {
    return i >= this.sentence.tokenStart && i < this.sentence.tokenEnd ? this.tokens[i] : undefined;
  }
  lemma(i: number): string { return this.tok(i)?.lemma ?? ""; }
  lower(i: number): string { return this.tok(i)?.lower ?? ""; }

  /** The actor-bearing mention covering token i, if any. */
  mentionAt(i: number): Mention | undefined {
    return this.mentions.find((m) => m.tokenStart <= i && i < m.tokenEnd);
  }

  /** Tokens i..j (exclusive) as lower-case words joined by spaces. */
  words(i: number, j: number): string {
    const out: string[] = [];
    for (let k = Math.max(i, this.start); k < Math.min(j, this.end); k++) out.push(this.tokens[k]!.lower);
    return out.join(" ");
  }

  /** The subject of the clause holding token i: its first actor mention before i, else the nearest. */
  subjectBefore(i: number, accept: (m: Mention) => boolean = usable): Mention | undefined {
    // "Albania ... severed ties with Iran and ordered ...": a second verb shares the first one's subject.
    let k = i - 1;
    while (k > this.start && this.tok(k)!.pos === "ADV") k--;
    // (The tagger may take the second verb for a noun: "expel 35 spies and place sanctions".)
    if ((this.tok(i)?.pos === "VERB" || this.tok(i)?.pos === "NOUN") && (this.lower(k) === "and" || this.lower(k) === "but")) {
      for (let j = k - 1; j >= this.start && this.clause[j - this.start] === this.clause[i - this.start]; j--)
        if (this.tok(j)!.pos === "VERB" && !/ing$/.test(this.lower(j))) return this.subjectBefore(j, accept);
    }
    // ", accusing them of ...": a participle clause shares the sentence's subject.
    if (/ing$/.test(this.lower(i)) && this.lower(i - 1) === ",") {
      const first = this.mentions.find((m) => m.tokenEnd <= i && accept(m));
      if (first) return first;
    }
    const before = this.mentions.filter((m) => m.tokenEnd <= i && accept(m));
    const c = this.clause[i - this.start];
    const sameClause = before.filter((m) => this.clause[m.tokenStart - this.start] === c && !this.appositive(m, i));
    return sameClause[sameClause.length - 1] ?? before[before.length - 1];
  }

  /** ", a NATO member," between a subject and its verb. */
  private appositive(m: Mention, limit: number): boolean {
    let k = m.tokenStart - 1;
    while (k >= this.start && /^(a|an|the|its|their|another|fellow)$/.test(this.lower(k))) k--;
    if (this.lower(k) !== ",") return false;
    for (let j = m.tokenEnd; j < limit; j++) if (this.lower(j) === ",") return true;
    return false;
  }

  /** Actor mentions after token i up to the end of its clause (or to `until`). */
  after(i: number, until = this.end, accept: (m: Mention) => boolean = usable): Mention[] {
    const c = this.clause[i - this.start];
    return this.mentions.filter((m) => m.tokenStart > i && m.tokenStart < until && this.clause[m.tokenStart - this.start] === c && accept(m));
  }

  /** Negation or irrealis ("not", "vowed to", "would") in the clause before token i. */
  blocked(i: number): boolean {
    const c = this.clause[i - this.start];
    for (let k = i - 1; k >= this.start && k >= i - 6; k--) {
      if (this.clause[k - this.start] !== c) {
        // "nor did they ever state to Motherboard that they stole it": a denied statement asserts nothing.
        if (this.tokens[k + 1]!.lower === "that" && this.negatedReport(k)) return true;
        break;
      }
      const w = this.tokens[k]!.lower;
      if (NEGATION.has(w)) return true;
      // "called for sanctions" asks; "a gang called DarkSide" names.
      if ((w === "called" || w === "calls") && !/^(for|on|upon)$/.test(this.tokens[k + 1]?.lower ?? "")) continue;
      if (IRREALIS.has(w) && !(w === "may" || w === "might" || w === "could") ) return true;
      if ((w === "may" || w === "might" || w === "could") && this.tokens[k + 1]?.lower !== "have") return true;
    }
    return this.question;
  }

  /** A negated verb of saying in the few tokens up to k ("did not say", "never claimed"). */
  private negatedReport(k: number): boolean {
    let negated = false;
    let reports = false;
    for (let j = k; j >= this.start && j > k - 8; j--) {
      const t = this.tokens[j]!;
      if (NEGATION.has(t.lower)) negated = true;
      if (REPORT_VERBS.has(t.lemma) && t.pos === "VERB") reports = true;
    }
    return negated && reports;
  }

  /** Explicitly tentative wording in the clause around token i. */
  hedged(i: number): boolean {
    const c = this.clause[i - this.start];
    for (let k = this.start; k < this.end; k++) {
      if (this.clause[k - this.start] !== c && Math.abs(k - i) > 8) continue;
      if (HEDGES.has(this.tokens[k]!.lower)) return true;
    }
    return false;
  }

  /** The date that goes with the trigger at token i: in its clause, a point in time, nearest first. */
  dateFor(i: number, nominal = false) {
    const c = this.clause[i - this.start];
    const points = this.dates.filter((d) => d.role === "point");
    const candidates = points.filter((d) => this.clause[d.tokenStart - this.start] === c);
    if (nominal) {
      // A noun trigger takes only a date that modifies it ("the March 2018 attack", "attack in July", "the attack
      // on Sony in late November"): before it, or after it with no verb between.
      const near = candidates.filter((d) => d.tokenEnd <= i + 1 ? i - d.tokenEnd <= 3 : d.tokenStart - i <= 2 || (d.tokenStart - i <= 8 && !this.verbBetween(i, d.tokenStart)));
      return near[0]?.date;
    }
    // A statement's date is not the date of the operation it is about: "charged ... with hacking X in 2016".
    // (A weekday after it is still the statement's: "blamed Russia for the attack on its banks on Friday".)
    const ownDates = candidates.filter(
      (d) => (d.tokenStart < i || d.date.precision === "day" || !this.operationBetween(i, d.tokenStart)) && !this.modifiesOperation(d),
    );
    ownDates.sort((x, y) => Math.abs(x.tokenStart - i) - Math.abs(y.tokenStart - i));
    if (ownDates[0]) return ownDates[0].date;
    // "On Thursday, Microsoft said that ... were behind": the reporting clause's date.
    if (this.speaker) {
      const main = points.filter((d) => d.tokenStart < i && this.clause[d.tokenStart - this.start] === this.clause[this.speaker!.tokenStart - this.start]);
      return main[main.length - 1]?.date;
    }
    return undefined;
  }

  /**
   * The date of an operation named by the verb at i ("hacking the DNC ... in 2016, Rosenstein announced on
   * Friday"): the nearest date in its clause that no verb of saying separates from it.
   */
  operationDateFor(i: number) {
    const c = this.clause[i - this.start];
    const own = this.dates.filter((d) => d.role === "point" && this.clause[d.tokenStart - this.start] === c && !this.reportBetween(Math.min(i, d.tokenStart), Math.max(i, d.tokenStart)));
    own.sort((x, y) => Math.abs(x.tokenStart - i) - Math.abs(y.tokenStart - i));
    if (own[0]) return own[0].date;
    // "an infamous 2012 hacking operation that disrupted ...": the operation the relative clause hangs on.
    let k = i - 1;
    while (k > this.start && this.clause[k - 1 - this.start] === c) k--;
    if (/^(that|which)$/.test(this.lower(k)) && OPERATION_WORD.test(this.lower(k - 1))) return this.dateFor(k - 1, true);
    return undefined;
  }

  /** Whether a token strictly between a and b passes the test. */
  private someBetween(a: number, b: number, test: (t: Token) => boolean): boolean {
    for (let k = a + 1; k < b; k++) if (test(this.tokens[k]!)) return true;
    return false;
  }

  private verbBetween(a: number, b: number): boolean {
    return this.someBetween(a, b, (t) => t.pos === "VERB" || t.pos === "AUX");
  }

  private reportBetween(a: number, b: number): boolean {
    return this.someBetween(a, b, (t) => t.pos === "VERB" && REPORT_VERBS.has(t.lemma));
  }

  /**
   * "federal agents connected ...", "the teenager denied": the subject right before the verb at i (past
   * adverbs and auxiliaries, and any word `skip` names) is a noun that names no actor.
   */
  unnamedSubject(i: number, skip?: RegExp): boolean {
    let k = i - 1;
    while (k > this.start && (this.tok(k)!.pos === "ADV" || this.tok(k)!.pos === "AUX" || !!skip?.test(this.lower(k)))) k--;
    return this.tok(k)?.pos === "NOUN" && !this.mentionAt(k);
  }

  /** "the March 2018 ransomware attack": a date that names an operation dates the operation only. */
  private modifiesOperation(d: DateMention): boolean {
    for (let k = d.tokenEnd; k < Math.min(this.end, d.tokenEnd + 3); k++) if (OPERATION_WORD.test(this.tokens[k]!.lower)) return true;
    return false;
  }

  /** The date of the reporting clause ("Last month, Trend Micro said ..."), if the sentence reports someone. */
  reportDate(): EventDate | undefined {
    if (!this.speaker) return undefined;
    const c = this.clause[this.speaker.tokenStart - this.start];
    return this.dates.find((d) => d.role === "point" && this.clause[d.tokenStart - this.start] === c && !this.modifiesOperation(d))?.date;
  }

  private operationBetween(a: number, b: number): boolean {
    return this.someBetween(a, b, (t) => OPERATION_WORD.test(t.lower));
  }
}

const INDEX = new WeakMap<readonly { sentence: number }[], Map<number, { sentence: number }[]>>();

/** Items of one sentence, from a per-array index built once (avoids a scan per sentence). */
function bySentence<T extends { sentence: number }>(items: readonly T[], sentence: number): T[] {
  let index = INDEX.get(items);
  if (!index) {
    index = new Map();
    for (const it of items) {
      const list = index.get(it.sentence) ?? [];
      list.push(it);
      index.set(it.sentence, list);
    }
    INDEX.set(items, index);
  }
  return (index.get(sentence) ?? []) as T[];
}

function clauses(tokens: readonly Token[], s: Sentence): number[] {
  const out: number[] = [];
  let c = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const opener = CLAUSE_OPENERS.has(t.lower) && i > s.tokenStart;
    // A dateline ("ERBIL, Kurdistan Region - ") is no part of the first clause.
    const dateline = (t.text === "-" || t.text === "—" || t.text === "–") && i - s.tokenStart < 8 && /^[A-Z]{3,}/.test(tokens[s.tokenStart]!.text);
    const sinceConj = t.lower === "since" && tokens[i + 1] && tokens[i + 1]!.pos !== "NUM";
    const relThat = t.lower === "that" && prev && (prev.pos === "NOUN" || prev.pos === "PROPN");
    if (t.lower === ";" || opener || sinceConj || relThat || dateline) c++;
    out.push(c);
  }
  return out;
}

import * as chrono from "chrono-node";
import { makeDate, type EventDate } from "../../domain/index.js";
import { required, type DateMention, type DateRole, type Sentence, type Token } from "../analysis.js";
import type { Stage } from "../stage.js";

const DAY_MS = 86_400_000;
// Offsets chrono reads against "now" ("a day after", "two weeks later") are relative to another
// event in the text, not to the publication date: they date nothing on their own.
const RELATIVE_TO_OTHER = /\b(after|before|later|earlier than|prior)\b/i;
const VAGUE = /^(now|recently|soon|currently|the past|past|present)$/i;
const FORWARD = /\b(next|coming|upcoming|following)\b/i;

/** Resolves one chrono result against the publication date, preferring the past as news does. */
export function resolveDate(result: chrono.ParsedResult, published: Date): EventDate | undefined {
  const text = result.text.trim();
  if (VAGUE.test(text) || RELATIVE_TO_OTHER.test(text) || FORWARD.test(text)) return undefined;
  const c = result.start;
  const known = (k: chrono.Component) => c.isCertain(k);
  const pubY = published.getUTCFullYear();
  const pubM = published.getUTCMonth() + 1;
  const pubD = published.getUTCDate();
  // "last week", "this week": a span of days, no finer than the text says; skip rather than guess.
  if (/\bweek\b/i.test(text)) return undefined;
  if (known("weekday") && !known("day")) {
    const back = (published.getUTCDay() - (c.get("weekday") ?? 0) + 7) % 7;
    const d = new Date(published.getTime() - back * DAY_MS);
    return makeDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), "day");
  }
  if (known("day") && known("month")) {
    const month = c.get("month")!;
    const day = c.get("day")!;
    let year = known("year") ? c.get("year")! : pubY;
    if (!known("year") && (month > pubM || (month === pubM && day > pubD))) year -= 1;
    return makeDate(year, month, day, "day");
  }
  if (known("month")) {
    const month = c.get("month")!;
    let year = known("year") ? c.get("year")! : pubY;
    if (!known("year") && month > pubM) year -= 1;
    return makeDate(year, month, undefined, "month");
  }
  if (known("year")) return makeDate(c.get("year")!, undefined, undefined, "year");
  // "today", "yesterday", "two days ago": chrono knows the day only by implication.
  if (/\b(today|yesterday|tonight|ago)\b/i.test(text) && !/\b(years?|months?)\b/i.test(text)) {
    const d = c.date();
    return makeDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), "day");
  }
  return undefined;
}

const DATE_HINT =
  /\b(jan(uary)?|feb(ruary)?|march|apr(il)?|may \d|may,|in may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|(mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight|ago|last (month|year|spring|summer|autumn|fall|winter)|this (month|year)|earlier this|\d{1,2}\/\d{1,2}\/\d{2,4})\b/i;

const DATE_HINTS = new RegExp(DATE_HINT.source, "gi");

// News dates are days, weekdays, months and years: the clock-time parsers and refiners only cost time
// (and "within 24 hours" or "later" are relative to another event, not to publication).
const UNUSED = new Set([
  "ENTimeUnitWithinFormatParser", "ENTimeExpressionParser", "ENTimeUnitLaterFormatParser", "ENCasualTimeParser",
  "ENEndOfCurrentMonthParser", "ENTimeUnitCasualRelativeFormatParser", "ExtractTimezoneOffsetRefiner",
  "ENMergeDateTimeRefiner", "ExtractTimezoneAbbrRefiner", "ENEndOfPeriodRefiner",
]);
const newsDates = chrono.en.casual.clone();
newsDates.parsers = newsDates.parsers.filter((p) => !UNUSED.has(p.constructor.name));
newsDates.refiners = newsDates.refiners.filter((r) => !UNUSED.has(r.constructor.name));

// What a parser's pattern cannot match without (same flags as chrono's patterns, so the same case rules).
// A window lacking it gets a chrono without that parser: it would have found nothing, and refiners only
// rework what parsers found, so results are the same. Most windows need neither digits nor "ago".
const DIGIT = /[0-9]/;
const NEEDS: Readonly<Record<string, RegExp>> = {
  ENYearMonthDayParser: DIGIT, ISOFormatParser: DIGIT, SlashDateFormatParser: DIGIT, ENSlashMonthFormatParser: DIGIT, ENYearMonthNameParser: DIGIT,
  ENTimeUnitAgoFormatParser: /ago|before|earlier/i,
  ENRelativeDateFormatParser: /this|last|past|next/i,
  ENWeekdayParser: /sun|mon|tue|wed|thu|fri|sat|week/i,
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last/i,
};
const TESTS = [...new Set(Object.values(NEEDS))];
const byMask = new Map<number, chrono.Chrono>();

/** newsDates without the parsers whose needs the text lacks. */
function chronoFor(text: string): chrono.Chrono {
  let mask = 0;
  for (let k = 0; k < TESTS.length; k++) if (TESTS[k]!.test(text)) mask |= 1 << k;
  let c = byMask.get(mask);
  if (!c) {
    const lacks = (p: object) => {
      const need = NEEDS[p.constructor.name];
      return !!need && !(mask & (1 << TESTS.indexOf(need)));
    };
    c = new chrono.Chrono({ parsers: newsDates.parsers.filter((p) => !lacks(p)), refiners: [...newsDates.refiners] });
    byMask.set(mask, c);
  }
  return c;
}

/**
 * chrono over short windows around words that can start a date, not whole sentences: the same
 * results at a fraction of the cost, since chrono's time grows with the text it scans.
 */
function parseNearHints(text: string, published: Date): { r: chrono.ParsedResult; offset: number }[] {
  const windows: [number, number][] = [];
  for (const m of text.matchAll(DATE_HINTS)) {
    const a = Math.max(0, m.index! - 30);
    const b = Math.min(text.length, m.index! + m[0].length + 40);
    const last = windows[windows.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else windows.push([a, b]);
  }
  const out: { r: chrono.ParsedResult; offset: number }[] = [];
  for (const [a, b] of windows) {
    // Widen to word boundaries so a window never starts or ends inside a word.
    let x = a;
    while (x > 0 && /\w/.test(text[x - 1]!)) x--;
    let y = b;
    while (y < text.length && /\w/.test(text[y]!)) y++;
    const window = text.slice(x, y);
    for (const r of chronoFor(window).parse(window, { instant: published, timezone: "UTC" }, { forwardDate: false })) out.push({ r, offset: x });
  }
  return out;
}

const YEARISH = /(?:19|20)\d\d/;
const YEAR_RE = /\b(since|from|until|through|in|during|of|by)?\s*((?:19[89]|20[0-4])\d)\b(?!\s*(?:%|percent|people|users|members|-\d))/gi;

function roleOf(prefix: string | undefined): DateRole {
  const p = prefix?.toLowerCase();
  if (p === "since" || p === "from") return "since";
  if (p === "until" || p === "through" || p === "by") return "until";
  return "point";
}

function tokenRange(tokens: readonly Token[], s: Sentence, start: number, end: number): [number, number] {
  let a = s.tokenEnd;
  let b = s.tokenStart;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i]!;
    if (t.end > start && t.start < end) {
      a = Math.min(a, i);
      b = Math.max(b, i + 1);
    }
  }
  return [a, Math.max(a, b)];
}

/** The month of the last weekend before (or on) the publication date, when its two days share a month. */
export function lastWeekend(published: Date): EventDate | undefined {
  const back = (published.getUTCDay() + 1) % 7; // days back to Saturday
  const saturday = new Date(published.getTime() - (back === 0 ? 7 : back) * DAY_MS);
  const sunday = new Date(saturday.getTime() + DAY_MS);
  if (saturday.getUTCMonth() !== sunday.getUTCMonth()) return undefined;
  return makeDate(saturday.getUTCFullYear(), saturday.getUTCMonth() + 1, undefined, "month");
}

/** Finds date expressions per sentence: chrono-node for calendar words, a pattern for bare years. */
export const findDates: Stage = {
  name: "find-dates",
  run(a) {
    const sentences = required(a, "sentences", "find-dates");
    const tokens = required(a, "tokens", "find-dates");
    if (!a.published) return { dates: [] };
    const published = a.published;
    const text = a.article.text;
    const dates: DateMention[] = [];
    // Explicit years and days seen so far, for "that December" and "on the same day".
    // Run after actor recognition, only sentences naming an actor are parsed; run alone, all are.
    const withActors = a.mentions ? new Set(a.mentions.filter((m) => m.actor).map((m) => m.sentence)) : undefined;
    let lastYear: number | undefined;
    let lastDay: DateMention | undefined;
    // "the same day" is rare: searched per sentence only in an article that has it.
    const sameDay = /the same day/i.test(text);
    const weekendMentioned = /weekend/i.test(text);
    for (const s of sentences) {
      const sText = text.slice(s.start, s.end);
      const taken: [number, number][] = [];
      const push = (start: number, end: number, date: EventDate, role: DateRole) => {
        const [ts, te] = tokenRange(tokens, s, start, end);
        const d: DateMention = { start, end, tokenStart: ts, tokenEnd: te, sentence: s.index, date, role };
        dates.push(d);
        return d;
      };
      // Both year patterns need four digits of a year: most sentences have none, and the test is cheap.
      const yearish = YEARISH.test(sText);
      // "between 2011 and 2018": a period, dating no single event.
      if (yearish) for (const m of sText.matchAll(/\bbetween\s+((?:19|20)\d\d)\s+and\s+((?:19|20)\d\d)\b/gi)) {
        const a0 = s.start + m.index! + m[0].indexOf(m[1]!);
        const b0 = s.start + m.index! + m[0].lastIndexOf(m[2]!);
        push(a0, a0 + 4, makeDate(Number(m[1]), undefined, undefined, "year"), "since");
        push(b0, b0 + 4, makeDate(Number(m[2]), undefined, undefined, "year"), "until");
        taken.push([a0, b0 + 4]);
      }
      if (sameDay) for (const m of sText.matchAll(/\b(?:on\s+)?the same day\b/gi)) {
        if (!lastDay) continue;
        const start = s.start + m.index!;
        push(start, start + m[0].length, lastDay.date, "point");
        taken.push([start, start + m[0].length]);
      }
      // "over the weekend": the Saturday and Sunday before publication, a span no finer than its month.
      if (weekendMentioned) for (const m of sText.matchAll(/\b(?:over|during|on|at|this|last) the weekend\b|\b(?:last|this) weekend\b/gi)) {
        const date = lastWeekend(published);
        const start = s.start + m.index!;
        taken.push([start, start + m[0].length]);
        if (date) push(start, start + m[0].length, date, "point");
      }
      // chrono is the slowest step: skip sentences with no word that could start a date.
      // Dates only matter where an event can be, i.e. where an actor is named; chrono is skipped elsewhere.
      for (const { r, offset } of !withActors || withActors.has(s.index) ? parseNearHints(sText, published) : []) {
        const start = s.start + offset + r.index;
        const end = start + r.text.length;
        if (taken.some(([x, y]) => start < y && x < end)) continue;
        let date = resolveDate(r, published);
        taken.push([start, end]);
        if (!date) continue;
        const before = sText.slice(Math.max(0, offset + r.index - 12), offset + r.index);
        // "that December", "the same month": the year last written out, not the publication year.
        if (/\b(that|the same|the following|later that)\s+$/i.test(before) && !r.start.isCertain("year") && lastYear !== undefined && date.precision !== "year")
          date = { ...date, value: `${lastYear}${date.value.slice(4)}` };
        const role = roleOf(/\b(since|from|until|through|by)\s+$/i.exec(before)?.[1]);
        const d = push(start, end, date, role);
        if (r.start.isCertain("year")) lastYear = r.start.get("year")!;
        if (date.precision === "day") lastDay = d;
      }
      if (yearish) for (const m of sText.matchAll(YEAR_RE)) {
        const yearAt = s.start + m.index! + m[0].length - m[2]!.length;
        const end = yearAt + m[2]!.length;
        if (taken.some(([x, y]) => yearAt < y && x < end)) continue;
        if (Number(m[2]) > published.getUTCFullYear()) continue;
        push(yearAt, end, makeDate(Number(m[2]), undefined, undefined, "year"), roleOf(m[1]));
        lastYear = Number(m[2]);
      }
    }
    dates.sort((x, y) => x.start - y.start);
    return { dates };
  },
};

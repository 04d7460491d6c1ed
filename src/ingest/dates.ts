import { isCalendarDate } from "./source.js";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * Normalizes a publication date from page or feed metadata to YYYY-MM-DD, or undefined when it
 * cannot be read. The date is kept as the publisher wrote it (2022-09-12T23:30-04:00 stays the
 * 12th): "Monday" in the article means the publisher's Monday.
 */
export function normalizeDate(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const text = value.trim();

  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text);
  if (iso) return checked(`${iso[1]}-${iso[2]}-${iso[3]}`);

  // RFC 822 / 2822 as in RSS pubDate: "Mon, 12 Sep 2022 10:00:00 +0000".
  const rfc = /^(?:[a-z]{3,},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4}|\d{2})\b/i.exec(text);
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2]!.toLowerCase());
    if (month < 0) return undefined;
    let year = Number(rfc[3]);
    if (rfc[3]!.length === 2) year += year < 50 ? 2000 : 1900;
    return checked(`${year}-${pad(month + 1)}-${pad(Number(rfc[1]))}`);
  }

  // Last resort for other spellings ("September 12, 2022"); needs a 4-digit year to avoid guesses.
  if (!/\b\d{4}\b/.test(text)) return undefined;
  const parsed = new Date(text);
  if (Number.isNaN(parsed.getTime())) return undefined;
  // Date parses zone-less text as local time, so the local fields give back the written day.
  return checked(`${parsed.getFullYear()}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`);
}

function checked(date: string): string | undefined {
  return isCalendarDate(date) ? date : undefined;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

import { z } from "zod";

export const DATE_PRECISIONS = ["day", "month", "year"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const eventDateSchema = z.object({
  value: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "YYYY, YYYY-MM or YYYY-MM-DD"),
  precision: z.enum(DATE_PRECISIONS),
});
export type EventDate = z.infer<typeof eventDateSchema>;

const pad = (n: number) => String(n).padStart(2, "0");

/** Builds a date of the given precision from calendar parts (month 1-12). */
export function makeDate(year: number, month: number | undefined, day: number | undefined, precision: DatePrecision): EventDate {
  if (precision === "year" || month === undefined) return { value: String(year), precision: "year" };
  if (precision === "month" || day === undefined) return { value: `${year}-${pad(month)}`, precision: "month" };
  return { value: `${year}-${pad(month)}-${pad(day)}`, precision: "day" };
}

/** The coarsest date that covers both (same month → month, same year → year). */
export function coverDates(a: EventDate, b: EventDate): EventDate | undefined {
  if (a.value === b.value) return a;
  if (a.value.slice(0, 7) === b.value.slice(0, 7) && a.value.length >= 7 && b.value.length >= 7)
    return { value: a.value.slice(0, 7), precision: "month" };
  if (a.value.slice(0, 4) === b.value.slice(0, 4)) return { value: a.value.slice(0, 4), precision: "year" };
  return undefined;
}

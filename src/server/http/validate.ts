import type { Context } from "hono";
import { z, type ZodType } from "zod";
import { ApiError } from "./errors.js";

/** Parses a value with a zod schema; failures become `invalid_input` naming each field. */
export function parseWith<T>(schema: ZodType<T>, value: unknown, where: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.join(".") || where}: ${i.message}`).join("; ");
  throw new ApiError("invalid_input", `${where}: ${issues}`);
}

export function query<T>(c: Context, schema: ZodType<T>): T {
  return parseWith(schema, c.req.query(), "query");
}

export async function jsonBody<T>(c: Context, schema: ZodType<T>): Promise<T> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new ApiError("invalid_input", "body: expected a JSON object");
  }
  return parseWith(schema, raw, "body");
}

/** Query-string number: digits only, within bounds. */
export const intParam = (min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d+$/, "a whole number")
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
    .optional()
    .transform((n) => n ?? fallback);

export const pageQuery = {
  limit: intParam(1, 500, 50),
  offset: intParam(0, 1_000_000, 0),
};

export const isoDay = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "YYYY, YYYY-MM or YYYY-MM-DD");

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export function page<T>(all: readonly T[], limit: number, offset: number): Page<T> {
  return { items: all.slice(offset, offset + limit), total: all.length, limit, offset };
}

import { createHash } from "node:crypto";
import type { EventDate } from "../domain/index.js";

/**
 * Attrib's UUIDv5 namespace for STIX ids (chosen once at random; never change it, or every
 * exported id changes). An object's id is `<type>--uuidv5(ATTRIB_STIX_NAMESPACE, "<type>|<key>")`
 * where key is canonical: an actor key, a document id, an event id, a claim id.
 */
export const ATTRIB_STIX_NAMESPACE = "f2ccd2b6-9fae-4de9-8ea4-9610adac9f1e";

/**
 * The timestamp used when the data gives none (created/modified of actors, and `published`
 * of a report whose article has no publication date). Never the clock: exports must be
 * byte-identical across runs.
 */
export const FIXED_EPOCH = "1970-01-01T00:00:00.000Z";

/** RFC 4122 name-based UUID, version 5 (SHA-1). */
export function uuidv5(namespace: string, name: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ""), "hex");
  if (ns.length !== 16) throw new Error(`not a UUID: ${namespace}`);
  const bytes = createHash("sha1").update(ns).update(name, "utf8").digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50; // version 5
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80; // RFC 4122 variant
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function stixId(type: string, key: string): string {
  return `${type}--${uuidv5(ATTRIB_STIX_NAMESPACE, `${type}|${key}`)}`;
}

/**
 * A STIX timestamp (UTC, milliseconds) from an ISO date or date-time; undefined when it
 * cannot be read. "2022-09-12" → "2022-09-12T00:00:00.000Z".
 */
export function toStixTimestamp(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const ms = dateOnly ? Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3])) : Date.parse(iso);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** The first instant an event date covers: "2022-07" (month) → "2022-07-01T00:00:00.000Z". */
export function eventDateStart(date: EventDate): string {
  const [y, m = "01", d = "01"] = date.value.split("-");
  return `${y}-${m}-${d}T00:00:00.000Z`;
}

/** The earliest of some timestamps, or the fixed epoch when there are none. */
export function earliest(timestamps: Array<string | undefined>): string {
  const known = timestamps.filter((t): t is string => t !== undefined).sort();
  return known[0] ?? FIXED_EPOCH;
}

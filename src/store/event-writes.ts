import { createHash, randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { actorKey, rolesOf, type Actor, type CyberEvent } from "../domain/index.js";
import type { Database } from "./schema.js";
import { StoreError, type EventOrigin, type ReviewStatus } from "./store.js";

/** JSON with sorted keys, so the same event always hashes the same. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value);
}

/**
 * Machine events get an id from what they assert: re-extracting the same event yields the same id,
 * which is how a re-save recognises an event a person already reviewed and does not add it twice.
 * Confidence and actor aliases are left out: a pipeline upgrade changes them without changing the event.
 */
export function machineEventId(documentId: string, event: CyberEvent): string {
  const identity = {
    type: event.type,
    action: event.action,
    roles: Object.fromEntries(rolesOf(event).map(([role, actor]) => [role, actorKey(actor)])),
    attackType: event.attackType,
    systems: event.systems,
    hedged: event.hedged === true,
    date: event.date,
    evidence: event.evidence.map(({ start, end }) => [start, end]),
  };
  return `${documentId}:${createHash("sha256").update(stableJson(identity)).digest("hex").slice(0, 12)}`;
}

export const reviewEventId = (documentId: string): string => `${documentId}:r-${randomUUID().slice(0, 8)}`;

/** One row per real-world actor: the first name seen stays, other names become aliases. */
export async function upsertActor(db: Kysely<Database>, actor: Actor): Promise<string> {
  const id = actorKey(actor);
  await db
    .insertInto("actors")
    .values({ id, kind: actor.kind, country: actor.country ?? null, name: actor.name, aliases: "[]" })
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
  const row = await db.selectFrom("actors").select(["name", "aliases"]).where("id", "=", id).executeTakeFirstOrThrow();
  const known = JSON.parse(row.aliases) as string[];
  const seen = new Set([row.name, ...known].map((n) => n.toLowerCase()));
  const added = [actor.name, ...(actor.aliases ?? [])].filter((n) => {
    const fresh = n.trim() !== "" && !seen.has(n.toLowerCase());
    seen.add(n.toLowerCase());
    return fresh;
  });
  if (added.length > 0)
    await db.updateTable("actors").set({ aliases: JSON.stringify([...known, ...added]) }).where("id", "=", id).execute();
  return id;
}

export interface EventWrite {
  id: string;
  documentId: string;
  /** The document text, for checking spans and storing their quotes. */
  text: string;
  ordinal: number;
  origin: EventOrigin;
  status: ReviewStatus;
}

/** The columns of `events` that hold what an event asserts (shared by inserts and review edits). */
export function eventColumns(event: CyberEvent) {
  return {
    type: event.type,
    action: event.action ?? null,
    attack_type: event.attackType ?? null,
    systems: event.systems ?? null,
    hedged: event.hedged ? 1 : 0,
    date_value: event.date?.value ?? null,
    date_precision: event.date?.precision ?? null,
    confidence: event.confidence ?? null,
  };
}

export async function insertEvent(db: Kysely<Database>, event: CyberEvent, w: EventWrite): Promise<void> {
  await db
    .insertInto("events")
    .values({
      id: w.id,
      document_id: w.documentId,
      ordinal: w.ordinal,
      ...eventColumns(event),
      origin: w.origin,
      status: w.status,
      created_at: new Date().toISOString(),
    })
    .execute();
  await writeRolesAndSpans(db, event, w);
}

/** (Re)writes the roles and evidence of an event; used on insert and when a review patches it. */
export async function writeRolesAndSpans(db: Kysely<Database>, event: CyberEvent, w: Pick<EventWrite, "id" | "text">): Promise<void> {
  await db.deleteFrom("event_roles").where("event_id", "=", w.id).execute();
  await db.deleteFrom("evidence_spans").where("event_id", "=", w.id).execute();
  for (const [role, actor] of rolesOf(event)) {
    const actorId = await upsertActor(db, actor);
    await db.insertInto("event_roles").values({ event_id: w.id, role, actor_id: actorId, surface_name: actor.name }).execute();
  }
  let ordinal = 0;
  for (const span of event.evidence) {
    if (!(span.start >= 0 && span.start <= span.end && span.end <= w.text.length))
      throw new StoreError(
        "invalid_input",
        `evidence span [${span.start}, ${span.end}) of event ${w.id}: expected 0 <= start <= end <= ${w.text.length} (the text length)`,
      );
    await db
      .insertInto("evidence_spans")
      .values({ event_id: w.id, ordinal: ordinal++, start: span.start, end: span.end, quote: w.text.slice(span.start, span.end) })
      .execute();
  }
}

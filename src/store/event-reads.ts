import type { Kysely } from "kysely";
import { ROLE_NAMES, type Actor, type ActorKind, type CyberEvent, type EventDate, type EventType, type RoleName } from "../domain/index.js";
import type { ActorRow, Database, EventRow } from "./schema.js";
import type { EventOrigin, ReviewStatus, SourceRef, StoredActor, StoredEvent, TimelineEntry } from "./store.js";

/** Keeps `in (...)` lists well under both dialects' parameter limits. */
export function chunks<T>(items: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function toActor(row: ActorRow): StoredActor {
  const aliases = JSON.parse(row.aliases) as string[];
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as ActorKind,
    ...(row.country ? { country: row.country } : {}),
    ...(aliases.length > 0 ? { aliases } : {}),
  };
}

export function toDate(value: string | null, precision: string | null): EventDate | undefined {
  return value && precision ? ({ value, precision } as EventDate) : undefined;
}

export function toSource(d: { id: string; title: string | null; url: string | null; published: string | null }): SourceRef {
  return { documentId: d.id, ...(d.title ? { title: d.title } : {}), ...(d.url ? { url: d.url } : {}), ...(d.published ? { published: d.published } : {}) };
}

/** An event with everything a view needs: its roles' actors, evidence quotes and source document. */
export interface LoadedEvent {
  row: EventRow;
  roles: { role: RoleName; actor: StoredActor; surfaceName: string }[];
  spans: { start: number; end: number; quote: string }[];
  source: SourceRef;
}

/** Loads events by id, in document then extraction order. */
export async function loadEvents(db: Kysely<Database>, ids: readonly string[]): Promise<LoadedEvent[]> {
  const out: LoadedEvent[] = [];
  for (const part of chunks([...new Set(ids)])) {
    const rows = await db.selectFrom("events").selectAll().where("id", "in", part).execute();
    const roles = await db
      .selectFrom("event_roles as r")
      .innerJoin("actors as a", "a.id", "r.actor_id")
      .select(["r.event_id", "r.role", "r.surface_name", "a.id", "a.kind", "a.country", "a.name", "a.aliases"])
      .where("r.event_id", "in", part)
      .execute();
    const spans = await db.selectFrom("evidence_spans").selectAll().where("event_id", "in", part).orderBy("ordinal").execute();
    const docIds = [...new Set(rows.map((r) => r.document_id))];
    const docs = docIds.length
      ? await db.selectFrom("documents").select(["id", "title", "url", "published"]).where("id", "in", docIds).execute()
      : [];
    const docById = new Map(docs.map((d) => [d.id, toSource(d)]));
    for (const row of rows)
      out.push({
        row,
        roles: roles
          .filter((r) => r.event_id === row.id)
          .map((r) => ({ role: r.role as RoleName, actor: toActor(r), surfaceName: r.surface_name }))
          .sort((x, y) => ROLE_NAMES.indexOf(x.role) - ROLE_NAMES.indexOf(y.role)),
        spans: spans.filter((s) => s.event_id === row.id).map((s) => ({ start: s.start, end: s.end, quote: s.quote })),
        source: docById.get(row.document_id) ?? { documentId: row.document_id },
      });
  }
  return out.sort((a, b) => cmp(a.row.document_id, b.row.document_id) || a.row.ordinal - b.row.ordinal);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The event as the domain knows it; each role's actor carries the name this event used. */
export function toCyberEvent(e: LoadedEvent): CyberEvent {
  const { row } = e;
  const event: CyberEvent = { type: row.type as EventType, evidence: e.spans.map(({ start, end }) => ({ start, end })) };
  if (row.action) event.action = row.action;
  for (const r of e.roles) {
    const { id: _id, ...actor } = r.actor;
    (event as Record<RoleName, Actor | undefined>)[r.role] = { ...actor, name: r.surfaceName };
  }
  if (row.attack_type) event.attackType = row.attack_type as CyberEvent["attackType"];
  if (row.systems) event.systems = row.systems;
  if (row.hedged) event.hedged = true;
  const date = toDate(row.date_value, row.date_precision);
  if (date) event.date = date;
  if (row.confidence !== null) event.confidence = row.confidence;
  return event;
}

export function toStoredEvent(e: LoadedEvent): StoredEvent {
  return {
    id: e.row.id,
    documentId: e.row.document_id,
    origin: e.row.origin as EventOrigin,
    status: e.row.status as ReviewStatus,
    ...toCyberEvent(e),
    quotes: e.spans.map((s) => s.quote),
  };
}

export function toTimelineEntry(e: LoadedEvent): TimelineEntry {
  const { row } = e;
  const date = toDate(row.date_value, row.date_precision);
  return {
    eventId: row.id,
    type: row.type as EventType,
    ...(row.action ? { action: row.action } : {}),
    ...(row.attack_type ? { attackType: row.attack_type } : {}),
    actors: e.roles,
    ...(date ? { date } : {}),
    hedged: row.hedged === 1,
    status: row.status as ReviewStatus,
    sources: [e.source],
    evidence: e.spans,
  };
}

/** Dated entries first, in date order; undated ones after, by publication date of their source. */
export function byTimeline(a: TimelineEntry, b: TimelineEntry): number {
  const da = a.date?.value ?? "~" + (a.sources[0]?.published ?? "");
  const db = b.date?.value ?? "~" + (b.sources[0]?.published ?? "");
  return cmp(da, db) || cmp(a.eventId, b.eventId);
}

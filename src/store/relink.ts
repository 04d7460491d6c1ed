import type { Kysely } from "kysely";
import type { EventType, RoleName } from "../domain/index.js";
import { chunks, toDate } from "./event-reads.js";
import { linkEvents, operationName, UNSPECIFIED_ACTOR_ID, type LinkEvent } from "./linking.js";
import type { Database } from "./schema.js";

/** Events that count: of current documents (not superseded versions) and not rejected by a reviewer. */
export function visibleEvents(db: Kysely<Database>) {
  return db
    .selectFrom("events as e")
    .innerJoin("documents as d", "d.id", "e.document_id")
    .where("d.superseded_by", "is", null)
    .where("e.status", "!=", "rejected");
}

async function loadLinkEvents(db: Kysely<Database>): Promise<LinkEvent[]> {
  const rows = await visibleEvents(db)
    .select(["e.id", "e.document_id", "e.type", "e.attack_type", "e.date_value", "e.date_precision", "e.hedged"])
    .execute();
  const roles = await visibleEvents(db)
    .innerJoin("event_roles as r", "r.event_id", "e.id")
    .select(["r.event_id", "r.role", "r.actor_id"])
    .execute();
  const quotes = await visibleEvents(db)
    .innerJoin("evidence_spans as s", "s.event_id", "e.id")
    .select(["s.event_id", "s.quote", "s.start"])
    .execute();
  const byId = new Map<string, LinkEvent>();
  for (const r of rows) {
    const date = toDate(r.date_value, r.date_precision);
    byId.set(r.id, {
      id: r.id,
      documentId: r.document_id,
      type: r.type as EventType,
      ...(r.attack_type ? { attackType: r.attack_type } : {}),
      ...(date ? { date } : {}),
      hedged: r.hedged === 1,
      roles: {},
    });
  }
  for (const r of roles) {
    const e = byId.get(r.event_id);
    if (e) e.roles[r.role as RoleName] = r.actor_id;
  }
  for (const q of quotes) {
    const e = byId.get(q.event_id);
    const op = operationName(q.quote);
    if (e && op && !e.operation) e.operation = op;
    if (e && (e.position === undefined || q.start < e.position)) e.position = q.start;
  }
  return [...byId.values()];
}

const PENDING = "relink_pending";

/** Records, inside a write transaction, that the groupings no longer cover every stored event. */
export async function markRelinkPending(trx: Kysely<Database>): Promise<void> {
  await trx
    .insertInto("store_meta")
    .values({ key: PENDING, value: "1" })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
}

export async function relinkPending(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom("store_meta").select("key").where("key", "=", PENDING).executeTakeFirst()) !== undefined;
}

/** Replaces all incidents and claims by a fresh grouping of the visible events, in one transaction. */
export function relink(db: Kysely<Database>): Promise<void> {
  return db.transaction().execute(relinkIn);
}

/** relink() inside the caller's transaction, so a document write and its grouping commit together. */
export async function relinkIn(trx: Kysely<Database>): Promise<void> {
  // Written first: the row lock makes a concurrent relink wait here, then read what this one committed.
  const now = new Date().toISOString();
  await trx
    .insertInto("store_meta")
    .values({ key: "relinked_at", value: now })
    .onConflict((oc) => oc.column("key").doUpdateSet({ value: now }))
    .execute();
  const { incidents, claims } = linkEvents(await loadLinkEvents(trx));
  await trx.deleteFrom("store_meta").where("key", "=", PENDING).execute();
  await trx.deleteFrom("claim_events").execute();
  await trx.deleteFrom("claims").execute();
  await trx.deleteFrom("incident_events").execute();
  await trx.deleteFrom("incidents").execute();

  if (claims.some((c) => c.attributorId === UNSPECIFIED_ACTOR_ID))
    await trx
      .insertInto("actors")
      .values({ id: UNSPECIFIED_ACTOR_ID, kind: "unspecified", country: null, name: "unspecified", aliases: "[]" })
      .onConflict((oc) => oc.column("id").doNothing())
      .execute();

  const dated = (d: { date?: { value: string; precision: string } }) => ({
    date_value: d.date?.value ?? null,
    date_precision: d.date?.precision ?? null,
  });
  for (const part of chunks(incidents, 200))
    await trx
      .insertInto("incidents")
      .values(part.map((i) => ({ id: i.id, victim_id: i.victimId, attack_type: i.attackType ?? null, operation: i.operation ?? null, ...dated(i) })))
      .execute();
  const incidentEvents = incidents.flatMap((i) => [...i.attackEventIds, ...i.linkedEventIds].map((event_id) => ({ incident_id: i.id, event_id })));
  for (const part of chunks(incidentEvents, 200)) await trx.insertInto("incident_events").values(part).execute();

  for (const part of chunks(claims, 200))
    await trx
      .insertInto("claims")
      .values(
        part.map((c) => ({
          id: c.id,
          attributor_id: c.attributorId,
          accused_id: c.accusedId,
          incident_id: c.incidentId ?? null,
          hedged: c.hedged ? 1 : 0,
          ...dated(c),
        })),
      )
      .execute();
  const claimEvents = claims.flatMap((c) => c.eventIds.map((event_id) => ({ claim_id: c.id, event_id })));
  for (const part of chunks(claimEvents, 200)) await trx.insertInto("claim_events").values(part).execute();

  // Actors no event, incident or claim refers to any more (after re-extraction) are dropped.
  await trx
    .deleteFrom("actors")
    .where("id", "not in", trx.selectFrom("event_roles").select("actor_id"))
    .where("id", "not in", trx.selectFrom("claims").select("attributor_id"))
    .execute();
}

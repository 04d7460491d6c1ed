import { sql, type Kysely } from "kysely";
import type { ActorKind, EventType } from "../domain/index.js";
import { byTimeline, chunks, loadEvents, toActor, toDate, toSource, toTimelineEntry } from "./event-reads.js";
import { visibleEvents } from "./relink.js";
import type { Database } from "./schema.js";
import type {
  ActorProfile, ClaimFilter, ClaimRecord, ClaimSummary, Dyad, IncidentDossier, IncidentFilter, IncidentSummary, SourceRef, StoreStats, StoredActor, TimelineEntry,
} from "./store.js";

const RESPONSE_TYPES: EventType[] = ["sanction", "diplomatic", "legal", "condemnation"];

export async function stats(db: Kysely<Database>): Promise<StoreStats> {
  const count = (n: string | number | bigint) => Number(n);
  const docs = await db.selectFrom("documents").select((eb) => eb.fn.countAll().as("n")).where("superseded_by", "is", null).executeTakeFirstOrThrow();
  const byType = await visibleEvents(db).select(["e.type", (eb) => eb.fn.countAll().as("n")]).groupBy("e.type").execute();
  const one = async (table: "incidents" | "actors" | "claims") =>
    count((await db.selectFrom(table).select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
  const eventsByType: StoreStats["eventsByType"] = {};
  for (const r of byType) eventsByType[r.type as EventType] = count(r.n);
  return {
    documents: count(docs.n),
    events: Object.values(eventsByType).reduce((a, b) => a + b, 0),
    eventsByType,
    incidents: await one("incidents"),
    actors: await one("actors"),
    claims: await one("claims"),
  };
}

/** Ids of actors whose id is `name`, or named `name` or having it as an alias (case-insensitive). */
export async function findActorIds(db: Kysely<Database>, name: string): Promise<string[]> {
  const wanted = name.trim().toLowerCase();
  let q = db.selectFrom("actors").selectAll();
  // SQL narrows the rows (LIKE on the JSON text) and the exact test happens here. SQLite's lower()
  // folds ASCII only, so a non-ASCII name is compared in code over all actors.
  if (/^[\x20-\x7e]*$/.test(wanted))
    q = q.where((eb) => eb.or([eb("id", "=", name), eb(eb.fn("lower", ["name"]), "=", wanted), eb(eb.fn("lower", ["aliases"]), "like", `%${JSON.stringify(wanted)}%`)]));
  const rows = await q.execute();
  return rows.filter((r) => r.id === name || [r.name, ...(JSON.parse(r.aliases) as string[])].some((n) => n.toLowerCase() === wanted)).map((r) => r.id);
}

async function actorsById(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, StoredActor>> {
  const out = new Map<string, StoredActor>();
  for (const part of chunks([...new Set(ids)]))
    for (const row of await db.selectFrom("actors").selectAll().where("id", "in", part).execute()) out.set(row.id, toActor(row));
  return out;
}

/** The source documents of each group (incident or claim), oldest publication first, undated last. */
async function sourcesOf(db: Kysely<Database>, link: "incident_events" | "claim_events", ids: readonly string[]): Promise<Map<string, SourceRef[]>> {
  const pairs: { group_id: string; event_id: string }[] = [];
  for (const part of chunks(ids))
    pairs.push(
      ...(link === "incident_events"
        ? await db.selectFrom("incident_events").select(["incident_id as group_id", "event_id"]).where("incident_id", "in", part).execute()
        : await db.selectFrom("claim_events").select(["claim_id as group_id", "event_id"]).where("claim_id", "in", part).execute()),
    );
  const sourceOfEvent = new Map<string, SourceRef>();
  for (const part of chunks([...new Set(pairs.map((p) => p.event_id))]))
    for (const r of await db
      .selectFrom("events as e")
      .innerJoin("documents as d", "d.id", "e.document_id")
      .select(["e.id as event_id", "d.id", "d.title", "d.url", "d.published"])
      .where("e.id", "in", part)
      .execute())
      sourceOfEvent.set(r.event_id, toSource(r));
  const out = new Map<string, SourceRef[]>();
  for (const id of ids) {
    const docs = new Map<string, SourceRef>();
    for (const p of pairs) if (p.group_id === id) docs.set(sourceOfEvent.get(p.event_id)!.documentId, sourceOfEvent.get(p.event_id)!);
    out.set(id, [...docs.values()].sort((a, b) => (a.published ?? "~").localeCompare(b.published ?? "~") || a.documentId.localeCompare(b.documentId)));
  }
  return out;
}

async function summarizeClaims(db: Kysely<Database>, rows: Database["claims"][]): Promise<ClaimSummary[]> {
  const actors = await actorsById(db, rows.flatMap((r) => [r.attributor_id, r.accused_id]));
  const sources = await sourcesOf(db, "claim_events", rows.map((r) => r.id));
  return rows.map((r) => {
    const date = toDate(r.date_value, r.date_precision);
    return {
      id: r.id,
      attributor: actors.get(r.attributor_id)!,
      accused: actors.get(r.accused_id)!,
      ...(r.incident_id ? { incidentId: r.incident_id } : {}),
      hedged: r.hedged === 1,
      ...(date ? { date } : {}),
      sources: sources.get(r.id) ?? [],
    };
  });
}

async function summarizeIncidents(db: Kysely<Database>, rows: Database["incidents"][]): Promise<IncidentSummary[]> {
  const ids = rows.map((r) => r.id);
  const claimRows = ids.length ? await db.selectFrom("claims").select(["incident_id", "accused_id"]).where("incident_id", "in", ids).execute() : [];
  const attackCounts = ids.length
    ? await db
        .selectFrom("incident_events as l")
        .innerJoin("events as e", "e.id", "l.event_id")
        .select(["l.incident_id", (eb) => eb.fn.countAll().as("n")])
        .where("l.incident_id", "in", ids)
        .where("e.type", "=", "attack")
        .groupBy("l.incident_id")
        .execute()
    : [];
  const actors = await actorsById(db, [...rows.map((r) => r.victim_id), ...claimRows.map((c) => c.accused_id)]);
  const sources = await sourcesOf(db, "incident_events", ids);
  return rows.map((r) => {
    const date = toDate(r.date_value, r.date_precision);
    const accused = [...new Set(claimRows.filter((c) => c.incident_id === r.id).map((c) => c.accused_id))];
    return {
      id: r.id,
      victim: actors.get(r.victim_id)!,
      ...(r.attack_type ? { attackType: r.attack_type } : {}),
      ...(r.operation ? { operation: r.operation } : {}),
      ...(date ? { date } : {}),
      accused: accused.map((a) => actors.get(a)!),
      attackEvents: Number(attackCounts.find((c) => c.incident_id === r.id)?.n ?? 0),
      sources: sources.get(r.id) ?? [],
    };
  });
}

/** Newest first; undated incidents last. With `since`, undated incidents are left out. */
export async function listIncidents(db: Kysely<Database>, filter: IncidentFilter = {}): Promise<IncidentSummary[]> {
  let q = db.selectFrom("incidents").selectAll();
  if (filter.victim !== undefined) q = q.where("victim_id", "in", ["", ...(await findActorIds(db, filter.victim))]);
  if (filter.accused !== undefined) {
    const accused = ["", ...(await findActorIds(db, filter.accused))];
    q = q.where("id", "in", db.selectFrom("claims").select("incident_id").where("accused_id", "in", accused).where("incident_id", "is not", null).$narrowType<{ incident_id: string }>());
  }
  // A month or year is "since" a day when it contains it: compare at the incident's own precision.
  if (filter.since !== undefined) q = q.where("date_value", ">=", sql<string>`substr(${filter.since}, 1, length(date_value))`);
  const rows = await q
    .orderBy(sql`case when date_value is null then 1 else 0 end`)
    .orderBy("date_value", "desc")
    .orderBy("id")
    .limit(filter.limit ?? 50)
    .offset(filter.offset ?? 0)
    .execute();
  return summarizeIncidents(db, rows);
}

async function timeline(db: Kysely<Database>, eventIds: readonly string[]): Promise<TimelineEntry[]> {
  return (await loadEvents(db, eventIds)).map(toTimelineEntry).sort(byTimeline);
}

export async function getIncident(db: Kysely<Database>, id: string): Promise<IncidentDossier | undefined> {
  const row = await db.selectFrom("incidents").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) return undefined;
  const [incident] = await summarizeIncidents(db, [row]);
  const claims = await summarizeClaims(db, await db.selectFrom("claims").selectAll().where("incident_id", "=", id).orderBy("id").execute());
  const eventIds = (await db.selectFrom("incident_events").select("event_id").where("incident_id", "=", id).execute()).map((r) => r.event_id);
  return { incident: incident!, claims, timeline: await timeline(db, eventIds) };
}

export async function listActors(db: Kysely<Database>, filter: { kind?: ActorKind } = {}): Promise<StoredActor[]> {
  let q = db.selectFrom("actors").selectAll().orderBy("name").orderBy("id");
  if (filter.kind) q = q.where("kind", "=", filter.kind);
  return (await q.execute()).map(toActor);
}

/** Visible events of the given types where one of `actorIds` holds one of `roles`. */
async function eventsWithRole(db: Kysely<Database>, actorIds: string[], roles: string[], types: EventType[]): Promise<string[]> {
  const rows = await visibleEvents(db)
    .innerJoin("event_roles as r", "r.event_id", "e.id")
    .select("e.id")
    .where("r.actor_id", "in", actorIds)
    .where("r.role", "in", roles)
    .where("e.type", "in", types)
    .distinct()
    .execute();
  return rows.map((r) => r.id);
}

export async function getActor(db: Kysely<Database>, name: string): Promise<ActorProfile | undefined> {
  const ids = await findActorIds(db, name);
  if (ids.length === 0) return undefined;
  const claims = (column: "attributor_id" | "accused_id") =>
    db.selectFrom("claims").selectAll().where(column, "in", ids).orderBy("date_value").orderBy("id").execute();
  return {
    actors: [...(await actorsById(db, ids)).values()],
    asVictim: await summarizeIncidents(db, await db.selectFrom("incidents").selectAll().where("victim_id", "in", ids).orderBy("date_value").orderBy("id").execute()),
    asAccuser: await summarizeClaims(db, await claims("attributor_id")),
    asAccused: await summarizeClaims(db, await claims("accused_id")),
    denials: await timeline(db, await eventsWithRole(db, ids, ["denier"], ["denial"])),
    responsesGiven: await timeline(db, await eventsWithRole(db, ids, ["imposer", "actor"], RESPONSE_TYPES)),
    responsesReceived: await timeline(db, await eventsWithRole(db, ids, ["target"], RESPONSE_TYPES)),
  };
}

export async function dyad(db: Kysely<Database>, a: string, b: string): Promise<Dyad> {
  const idsA = await findActorIds(db, a);
  const idsB = await findActorIds(db, b);
  const actors = await actorsById(db, [...idsA, ...idsB]);
  if (idsA.length === 0 || idsB.length === 0)
    return { a: idsA.map((id) => actors.get(id)!), b: idsB.map((id) => actors.get(id)!), claims: [], timeline: [] };
  const claimRows = await db
    .selectFrom("claims")
    .selectAll()
    .where((eb) =>
      eb.or([
        eb.and([eb("attributor_id", "in", idsA), eb("accused_id", "in", idsB)]),
        eb.and([eb("attributor_id", "in", idsB), eb("accused_id", "in", idsA)]),
      ]),
    )
    .orderBy("date_value")
    .orderBy("id")
    .execute();
  const involving = async (ids: string[]) =>
    new Set((await visibleEvents(db).innerJoin("event_roles as r", "r.event_id", "e.id").select("e.id").where("r.actor_id", "in", ids).execute()).map((r) => r.id));
  const withA = await involving(idsA);
  const both = [...(await involving(idsB))].filter((id) => withA.has(id));
  return { a: idsA.map((id) => actors.get(id)!), b: idsB.map((id) => actors.get(id)!), claims: await summarizeClaims(db, claimRows), timeline: await timeline(db, both) };
}

/** Claims (all, or of one incident) ordered by id, each with the attribution events behind it. */
export async function listClaims(db: Kysely<Database>, filter: ClaimFilter = {}): Promise<ClaimRecord[]> {
  let q = db.selectFrom("claims").selectAll();
  if (filter.incidentId !== undefined) q = q.where("incident_id", "=", filter.incidentId);
  const rows = await q.orderBy("id").limit(filter.limit ?? 100).offset(filter.offset ?? 0).execute();
  const members = new Map<string, string[]>();
  for (const part of chunks(rows.map((r) => r.id)))
    for (const l of await db.selectFrom("claim_events").select(["claim_id", "event_id"]).where("claim_id", "in", part).orderBy("event_id").execute())
      members.set(l.claim_id, [...(members.get(l.claim_id) ?? []), l.event_id]);
  return (await summarizeClaims(db, rows)).map((c) => ({ ...c, eventIds: members.get(c.id) ?? [] }));
}

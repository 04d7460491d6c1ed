import type { Actor, EventDate } from "../domain/index.js";
import type { CyberEventWithId, ExportClaim, ExportDocument, ExportIncident, ExportInput } from "../stix/input.js";
import { StoreError, type ClaimRecord, type IncidentDossier, type Store, type StoredActor, type StoredEvent } from "../store/index.js";

export interface ExportFilter {
  /** Only this incident: its events, its claims and the documents that report them. */
  incidentId?: string;
  /** ISO date (YYYY-MM-DD): only documents published on or after it; undated documents are left out. */
  since?: string;
}

const PAGE = 5000;

/**
 * Reads what the exporters need out of a store: current documents with their non-rejected events
 * (ids and evidence quotes), the store's incidents and claims with their member events. Everything
 * is ordered by id, so the same database always gives the same input (and the same bundle bytes).
 * Incidents and claims keep only the events and documents that pass the filter, and drop out
 * when none is left.
 */
export async function exportInputFromStore(store: Store, filter: ExportFilter = {}): Promise<ExportInput> {
  const extractions = await store.allExtractions();
  const current = new Set(extractions.map((x) => x.document.id));
  const eventsByDoc = new Map<string, CyberEventWithId[]>();
  for (const e of await allEvents(store)) {
    if (e.status === "rejected" || !current.has(e.documentId)) continue;
    const list = eventsByDoc.get(e.documentId) ?? [];
    list.push(toExportEvent(e));
    eventsByDoc.set(e.documentId, list);
  }

  const dossiers = await incidentDossiers(store, filter.incidentId);
  const claims = await allClaims(store, filter.incidentId);

  // Which events pass: all, or those of the one incident (its timeline and its claims).
  let keepEvent = (_: CyberEventWithId) => true;
  if (filter.incidentId !== undefined) {
    const ids = new Set([...dossiers.flatMap((d) => d.timeline.map((t) => t.eventId)), ...claims.flatMap((c) => c.eventIds)]);
    keepEvent = (e) => ids.has(e.id);
  }
  const since = filter.since;
  const documents: ExportDocument[] = [];
  for (const { document } of extractions) {
    if (since !== undefined && !(document.published !== undefined && document.published.slice(0, 10) >= since)) continue;
    const events = (eventsByDoc.get(document.id) ?? []).filter(keepEvent);
    if (filter.incidentId !== undefined && events.length === 0) continue;
    documents.push({
      id: document.id,
      ...(document.title !== undefined ? { title: document.title } : {}),
      ...(document.published !== undefined ? { published: document.published } : {}),
      ...(document.url !== undefined ? { url: document.url } : {}),
      events,
    });
  }

  const kept = new Map<string, CyberEventWithId>();
  for (const d of documents) for (const e of d.events) kept.set(e.id, e);
  const incidents = dossiers.map((d) => toExportIncident(d, kept)).filter((i): i is ExportIncident => i !== undefined);
  const incidentIds = new Set(incidents.map((i) => i.id));
  return {
    documents,
    incidents,
    claims: claims.map((c) => toExportClaim(c, kept, incidentIds)).filter((c): c is ExportClaim => c !== undefined),
  };
}

async function allEvents(store: Store): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listEvents({ limit: PAGE, offset });
    out.push(...page);
    if (page.length < PAGE) return out;
  }
}

async function incidentDossiers(store: Store, incidentId: string | undefined): Promise<IncidentDossier[]> {
  if (incidentId !== undefined) {
    const one = await store.getIncident(incidentId);
    if (!one) throw new StoreError("not_found", `no incident with id ${incidentId}`);
    return [one];
  }
  const ids: string[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listIncidents({ limit: PAGE, offset });
    ids.push(...page.map((i) => i.id));
    if (page.length < PAGE) break;
  }
  const out: IncidentDossier[] = [];
  for (const id of ids.sort()) {
    const dossier = await store.getIncident(id);
    if (dossier) out.push(dossier);
  }
  return out;
}

async function allClaims(store: Store, incidentId: string | undefined): Promise<ClaimRecord[]> {
  const out: ClaimRecord[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listClaims({ limit: PAGE, offset, ...(incidentId !== undefined ? { incidentId } : {}) });
    out.push(...page);
    if (page.length < PAGE) return out;
  }
}

function toExportEvent(e: StoredEvent): CyberEventWithId {
  const { origin: _origin, status: _status, quotes, ...event } = e;
  return { ...event, ...(quotes.length > 0 ? { quote: quotes.join(" ") } : {}) };
}

function toExportIncident(d: IncidentDossier, kept: Map<string, CyberEventWithId>): ExportIncident | undefined {
  const attacks = d.timeline.filter((t) => t.type === "attack" && kept.has(t.eventId));
  if (attacks.length === 0) return undefined;
  const dates = attacks.map((t) => t.date).filter((x): x is EventDate => x !== undefined).sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  const attackType = attacks.map((t) => t.attackType).find((t) => t !== undefined) ?? d.incident.attackType;
  const first = dates[0];
  const last = dates.at(-1);
  return {
    id: d.incident.id,
    ...(d.incident.operation ? { name: d.incident.operation } : {}),
    victim: plainActor(d.incident.victim),
    ...(attackType ? { attackType: attackType as ExportIncident["attackType"] } : {}),
    ...(first ? { firstSeen: first } : {}),
    ...(last && last !== first ? { lastSeen: last } : {}),
    eventIds: attacks.map((t) => t.eventId).sort(),
    documentIds: [...new Set(d.timeline.filter((t) => kept.has(t.eventId)).map((t) => kept.get(t.eventId)!.documentId))].sort(),
  };
}

function toExportClaim(c: ClaimRecord, kept: Map<string, CyberEventWithId>, incidentIds: Set<string>): ExportClaim | undefined {
  const eventIds = c.eventIds.filter((id) => kept.has(id)).sort();
  if (eventIds.length === 0) return undefined;
  const events = eventIds.map((id) => kept.get(id)!);
  return {
    id: c.id,
    attributor: plainActor(c.attributor),
    accused: plainActor(c.accused),
    ...(c.incidentId !== undefined && incidentIds.has(c.incidentId) ? { incidentId: c.incidentId } : {}),
    // Recomputed over the kept statements: a filter can leave only the tentative ones.
    hedged: events.every((e) => e.hedged === true),
    eventIds,
    documentIds: [...new Set(events.map((e) => e.documentId))].sort(),
  };
}

/** The domain actor without the store's id. */
function plainActor(a: StoredActor): Actor {
  const { id: _id, ...actor } = a;
  return actor;
}

import { actorKey, rolesOf } from "../domain/index.js";
import type { IncidentDossier, Store, StoredEvent, TimelineEntry } from "../store/index.js";

/**
 * Events the incident's source articles report that the store did not tie to the incident (linking
 * leaves an event out when its text does not say which of several attacks it is about). A reader of
 * the dossier sees them apart, as context from the same sources, never mixed into the timeline.
 */
export async function sameSourceEvents(store: Store, dossier: IncidentDossier): Promise<TimelineEntry[]> {
  const linked = new Set(dossier.timeline.map((e) => e.eventId));
  const out: TimelineEntry[] = [];
  for (const source of dossier.incident.sources) {
    const stored = await store.getDocument(source.documentId);
    for (const e of stored?.events ?? []) if (!linked.has(e.id) && e.status !== "rejected") out.push(toEntry(e, source));
  }
  return out.sort(byDate);
}

function toEntry(e: StoredEvent, source: TimelineEntry["sources"][number]): TimelineEntry {
  return {
    eventId: e.id,
    type: e.type,
    ...(e.action ? { action: e.action } : {}),
    ...(e.attackType ? { attackType: e.attackType } : {}),
    actors: rolesOf(e).map(([role, actor]) => ({ role, actor: { ...actor, id: actorKey(actor) }, surfaceName: actor.name })),
    ...(e.date ? { date: e.date } : {}),
    hedged: e.hedged === true,
    status: e.status,
    sources: [source],
    evidence: e.evidence.map((span, i) => ({ start: span.start, end: span.end, quote: e.quotes[i] ?? "" })),
  };
}

/** Dated events first, in date order; undated ones after (as the store orders its timelines). */
export function byDate(a: TimelineEntry, b: TimelineEntry): number {
  const key = (e: TimelineEntry) => `${e.date ? "0" : "1"}${e.date?.value ?? ""}\u0000${e.eventId}`;
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}

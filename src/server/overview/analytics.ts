import { createRequire } from "node:module";
import type { Countries } from "world-countries";
import { actorKey, type Actor, type EventType } from "../../domain/index.js";
import type { Store, StoredEvent } from "../../store/index.js";
import { presentActor, presentIncident, type ApiActor, type ApiIncident } from "../present.js";

const worldCountries = createRequire(import.meta.url)("world-countries") as Countries;
/** alpha-2 → ISO numeric (the ids of world-atlas shapes) and common name. */
const COUNTRY = new Map(worldCountries.map((c) => [c.cca2, { numeric: c.ccn3, name: c.name.common }]));

export const EDGE_TYPES = ["accuses", "denies", "sanctions", "expels", "indicts"] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

export interface Snapshot {
  events: (StoredEvent & { published?: string; title?: string })[];
  incidents: ApiIncident[];
}

/** Everything the overview and graph derive from: current, non-rejected events and all incidents. */
export async function loadSnapshot(store: Store): Promise<Snapshot> {
  const current = new Map((await store.allExtractions()).map((x) => [x.document.id, x.document]));
  const events: Snapshot["events"] = [];
  for (let offset = 0; ; offset += 5000) {
    const batch = await store.listEvents({ limit: 5000, offset });
    for (const e of batch) {
      const doc = current.get(e.documentId);
      if (doc && e.status !== "rejected") events.push({ ...e, ...(doc.published ? { published: doc.published } : {}), ...(doc.title ? { title: doc.title } : {}) });
    }
    if (batch.length < 5000) break;
  }
  return { events, incidents: (await store.listIncidents({ limit: 100_000 })).map(presentIncident) };
}

const when = (e: Snapshot["events"][number]) => e.date?.value ?? e.published;

export interface CountryCount {
  country: string;
  name: string;
  numeric?: string;
  count: number;
}

function countByCountry(actors: (Actor | undefined)[]): CountryCount[] {
  const counts = new Map<string, number>();
  for (const a of actors) if (a?.country) counts.set(a.country, (counts.get(a.country) ?? 0) + 1);
  return [...counts]
    .map(([country, count]) => ({ country, name: COUNTRY.get(country)?.name ?? country, ...(COUNTRY.get(country)?.numeric ? { numeric: COUNTRY.get(country)!.numeric } : {}), count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

export function overview(s: Snapshot) {
  const latest = [...s.events]
    .sort((a, b) => (when(b) ?? "").localeCompare(when(a) ?? "") || a.id.localeCompare(b.id))
    .slice(0, 12)
    .map((e) => ({
      id: e.id,
      documentId: e.documentId,
      ...(e.title ? { title: e.title } : {}),
      type: e.type,
      ...(e.date ? { date: e.date } : {}),
      ...(e.published ? { published: e.published } : {}),
      hedged: e.hedged === true,
      quote: e.quotes[0] ?? "",
    }));
  const byYear = new Map<string, Partial<Record<EventType, number>>>();
  for (const e of s.events) {
    const year = when(e)?.slice(0, 4);
    if (!year) continue;
    const row = byYear.get(year) ?? {};
    row[e.type] = (row[e.type] ?? 0) + 1;
    byYear.set(year, row);
  }
  return {
    latest,
    countsByYear: [...byYear].sort(([a], [b]) => a.localeCompare(b)).map(([year, counts]) => ({ year, counts })),
    // States by the country of the accused actor: a GRU unit or a Lazarus Group counts for its state.
    mostAccused: countByCountry(s.events.filter((e) => e.type === "attribution").map((e) => e.accused)).slice(0, 10),
    mostTargeted: countByCountry(s.incidents.map((i) => ({ name: i.victim.name, kind: i.victim.kind, ...(i.victim.country ? { country: i.victim.country } : {}) }))).slice(0, 10),
    incidentsByCountry: countByCountry(s.incidents.map((i) => ({ name: i.victim.name, kind: i.victim.kind, ...(i.victim.country ? { country: i.victim.country } : {}) }))),
  };
}
export type ApiOverview = ReturnType<typeof overview>;

export interface GraphEdge {
  id: string;
  type: EdgeType;
  source: string;
  target: string;
  eventIds: string[];
  /** Earliest and latest date of the events behind the edge. */
  first?: string;
  last?: string;
}

export interface GraphFilter {
  since?: string;
  until?: string;
  types: readonly EdgeType[];
}

/** Typed edges between actors: who accuses, denies, sanctions, expels or indicts whom. */
export function graph(s: Snapshot, filter: GraphFilter) {
  const nodes = new Map<string, ApiActor & { degree: number }>();
  const edges = new Map<string, GraphEdge>();
  const node = (a: Actor) => {
    const id = actorKey(a);
    if (!nodes.has(id)) nodes.set(id, { ...presentActor({ ...a, id }), degree: 0 });
    return id;
  };
  const inRange = (e: Snapshot["events"][number]) => {
    const d = when(e);
    if (filter.since && (!d || d.slice(0, filter.since.length) < filter.since)) return false;
    if (filter.until && (!d || d.slice(0, filter.until.length) > filter.until)) return false;
    return true;
  };
  const add = (type: EdgeType, from: Actor | undefined, to: Actor | undefined, e: Snapshot["events"][number]) => {
    if (!from || !to || from.kind === "unspecified" || to.kind === "unspecified" || !filter.types.includes(type)) return;
    const source = node(from);
    const target = node(to);
    if (source === target) return;
    const id = `${type}|${source}|${target}`;
    const edge = edges.get(id) ?? { id, type, source, target, eventIds: [] };
    edge.eventIds.push(e.id);
    const d = when(e);
    if (d && (!edge.first || d < edge.first)) edge.first = d;
    if (d && (!edge.last || d > edge.last)) edge.last = d;
    edges.set(id, edge);
  };
  const events = s.events.filter(inRange);
  for (const e of events) {
    if (e.type === "attribution") add("accuses", e.attributor, e.accused, e);
    else if (e.type === "sanction") add("sanctions", e.imposer, e.target, e);
    else if (e.type === "diplomatic" && e.action === "expel_diplomats") add("expels", e.actor, e.target, e);
    else if (e.type === "legal" && e.action === "indictment") add("indicts", e.actor, e.target, e);
    else if (e.type === "denial") {
      // A denial answers the accusations against the denier (same actor or same state) in the same document.
      const denier = e.denier;
      if (!denier) continue;
      for (const a of events)
        if (a.type === "attribution" && a.documentId === e.documentId && a.accused && (actorKey(a.accused) === actorKey(denier) || (denier.country && a.accused.country === denier.country)))
          add("denies", denier, a.attributor, e);
    }
  }
  for (const edge of edges.values()) {
    nodes.get(edge.source)!.degree++;
    nodes.get(edge.target)!.degree++;
  }
  return { nodes: [...nodes.values()].filter((n) => n.degree > 0), edges: [...edges.values()] };
}
export type ApiGraph = ReturnType<typeof graph>;

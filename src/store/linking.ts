/**
 * Pure grouping of stored events across documents (no I/O; the store feeds it and writes the result).
 *
 * Incidents: attack events on the same victim actor, from different documents, that share an operation
 * name or have compatible dates and attack types. Clustering is greedy and complete-linkage (an event joins
 * the first incident every member of which it is compatible with), so an undated report cannot chain a
 * July attack and a September attack into one incident.
 *
 * Other events are linked to an incident when
 *   1. their document reports attacks of exactly one incident; else
 *   2. among the incidents their document reports (or, if none, all incidents) exactly one has its victim
 *      in one of the event's roles or its operation name in the event's evidence; else
 *   3. the document reports several attacks on bodies of one state (Albania's police and its government
 *      services): the story is that state's, and the event goes with its earliest attack (by date, then by
 *      place in the text), which is what responses and claims in such articles are about.
 * Anything else stays unlinked: a wrong link in a dossier is worse than a missing one.
 *
 * Claims: attribution events with the same attributor, accused and incident (or no incident).
 */
import type { EventDate, EventType, RoleName } from "../domain/index.js";

export interface LinkEvent {
  id: string;
  documentId: string;
  type: EventType;
  attackType?: string;
  date?: EventDate;
  hedged: boolean;
  /** Actor id (actorKey) per filled role. */
  roles: Partial<Record<RoleName, string>>;
  /** Operation name found in the evidence, see operationName(). */
  operation?: string;
  /** Where the event's evidence starts in its document (character offset), when known. */
  position?: number;
}

export interface IncidentGroup {
  id: string;
  victimId: string;
  attackType?: string;
  operation?: string;
  date?: EventDate;
  /** The attack events, then the other events linked to the incident. */
  attackEventIds: string[];
  linkedEventIds: string[];
}

export interface ClaimGroup {
  id: string;
  attributorId: string;
  accusedId: string;
  incidentId?: string;
  hedged: boolean;
  date?: EventDate;
  eventIds: string[];
}

export interface Linking {
  incidents: IncidentGroup[];
  claims: ClaimGroup[];
}

/** The actor id used when an attribution names no attributor. */
export const UNSPECIFIED_ACTOR_ID = "unspecified:-:unspecified";

/** Reports of one attack from different outlets rarely disagree by more than this. */
const DAY_TOLERANCE = 3;

/** "Operation Ababil", "Operation 'Dream Job'" → the name after "Operation", normalised to lower case. */
export function operationName(text: string): string | undefined {
  const m = /\bOperation\s+["'“‘]?([A-Z0-9][\w-]*(?:\s+[A-Z0-9][\w-]*)*)/.exec(text);
  return m?.[1]?.toLowerCase();
}

/** Unknown dates fit anything; otherwise one must contain the other, or two days be a few days apart. */
export function datesCompatible(a: EventDate | undefined, b: EventDate | undefined): boolean {
  if (!a || !b) return true;
  if (a.value.startsWith(b.value) || b.value.startsWith(a.value)) return true;
  if (a.precision !== "day" || b.precision !== "day") return false;
  const days = Math.abs(Date.parse(a.value) - Date.parse(b.value)) / 86_400_000;
  return days <= DAY_TOLERANCE;
}

const attackTypesCompatible = (a?: string, b?: string) => !a || !b || a === b;

function sameAttack(a: LinkEvent, b: LinkEvent): boolean {
  if (a.documentId === b.documentId) return false; // one article lists distinct incidents separately (spec)
  if (!a.roles.victim || a.roles.victim !== b.roles.victim) return false;
  if (a.operation && a.operation === b.operation) return true;
  return datesCompatible(a.date, b.date) && attackTypesCompatible(a.attackType, b.attackType);
}

const PRECISION_RANK = { year: 0, month: 1, day: 2 } as const;

/** The most precise of the dates, the earliest among equally precise ones. */
export function bestDate(dates: readonly (EventDate | undefined)[]): EventDate | undefined {
  let best: EventDate | undefined;
  for (const d of dates) {
    if (!d) continue;
    if (!best || PRECISION_RANK[d.precision] > PRECISION_RANK[best.precision]) best = d;
    else if (d.precision === best.precision && d.value < best.value) best = d;
  }
  return best;
}

function mostCommon(values: readonly (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

const byDateThenId = (a: LinkEvent, b: LinkEvent) => {
  // Dated events first so that undated ones join an incident that already has a date.
  const da = a.date?.value ?? "~", db = b.date?.value ?? "~";
  return da < db ? -1 : da > db ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

export function groupIncidents(events: readonly LinkEvent[]): IncidentGroup[] {
  const clusters: LinkEvent[][] = [];
  for (const e of events.filter((x) => x.type === "attack" && x.roles.victim).sort(byDateThenId)) {
    const home = clusters.find((c) => c.every((m) => sameAttack(m, e)));
    if (home) home.push(e);
    else clusters.push([e]);
  }
  return clusters.map((members) => {
    const ids = members.map((m) => m.id).sort();
    return {
      id: `inc-${ids[0]}`,
      victimId: members[0]!.roles.victim!,
      attackType: mostCommon(members.map((m) => m.attackType)),
      operation: mostCommon(members.map((m) => m.operation)),
      date: bestDate(members.map((m) => m.date)),
      attackEventIds: ids,
      linkedEventIds: [],
    };
  });
}

function namesIncident(e: LinkEvent, incident: IncidentGroup): boolean {
  if (incident.operation && e.operation === incident.operation) return true;
  return Object.values(e.roles).includes(incident.victimId);
}

const countryOf = (actorId: string) => actorId.split(":")[1] ?? "-";

/** Several incidents of one document with victims of one state: the earliest, by date then by text position. */
function leadIncidentOfOneState(local: IncidentGroup[], positionOf: (inc: IncidentGroup) => number): IncidentGroup | undefined {
  const countries = new Set(local.map((inc) => countryOf(inc.victimId)));
  if (countries.size !== 1 || countries.has("-")) return undefined;
  return [...local].sort(
    (a, b) =>
      (a.date ? 0 : 1) - (b.date ? 0 : 1) ||
      (a.date && b.date ? a.date.value.localeCompare(b.date.value) : 0) ||
      positionOf(a) - positionOf(b) ||
      a.id.localeCompare(b.id),
  )[0];
}

/** Fills `linkedEventIds` of the incidents; returns the incident of each linked non-attack event. */
export function linkToIncidents(events: readonly LinkEvent[], incidents: IncidentGroup[]): Map<string, IncidentGroup> {
  const byDocument = new Map<string, Set<IncidentGroup>>();
  const documentOf = new Map(events.map((e) => [e.id, e.documentId]));
  for (const inc of incidents)
    for (const id of inc.attackEventIds) {
      const doc = documentOf.get(id)!;
      if (!byDocument.has(doc)) byDocument.set(doc, new Set());
      byDocument.get(doc)!.add(inc);
    }
  const position = new Map(events.map((e) => [e.id, e.position ?? Number.MAX_SAFE_INTEGER]));
  const positionOf = (inc: IncidentGroup) => Math.min(...inc.attackEventIds.map((id) => position.get(id) ?? Number.MAX_SAFE_INTEGER));
  const linked = new Map<string, IncidentGroup>();
  for (const e of events) {
    if (e.type === "attack") continue;
    const local = [...(byDocument.get(e.documentId) ?? [])];
    let match: IncidentGroup | undefined;
    if (local.length === 1) match = local[0];
    else {
      const named = (local.length > 0 ? local : incidents).filter((inc) => namesIncident(e, inc));
      if (named.length === 1) match = named[0];
      else if (local.length > 1) match = leadIncidentOfOneState(local, positionOf);
    }
    if (match) {
      match.linkedEventIds.push(e.id);
      linked.set(e.id, match);
    }
  }
  return linked;
}

export function groupClaims(events: readonly LinkEvent[], incidentOf: ReadonlyMap<string, IncidentGroup>): ClaimGroup[] {
  const groups = new Map<string, LinkEvent[]>();
  for (const e of events) {
    if (e.type !== "attribution" || !e.roles.accused) continue;
    const key = [e.roles.attributor ?? UNSPECIFIED_ACTOR_ID, e.roles.accused, incidentOf.get(e.id)?.id ?? ""].join("|");
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(e);
  }
  return [...groups.values()].map((members) => {
    const first = members[0]!;
    const ids = members.map((m) => m.id).sort();
    return {
      id: `clm-${ids[0]}`,
      attributorId: first.roles.attributor ?? UNSPECIFIED_ACTOR_ID,
      accusedId: first.roles.accused!,
      incidentId: incidentOf.get(first.id)?.id,
      hedged: members.every((m) => m.hedged),
      date: bestDate(members.map((m) => m.date)),
      eventIds: ids,
    };
  });
}

/** Incidents first, then links, then claims (claims need to know each attribution's incident). */
export function linkEvents(events: readonly LinkEvent[]): Linking {
  const incidents = groupIncidents(events);
  const incidentOf = linkToIncidents(events, incidents);
  return { incidents, claims: groupClaims(events, incidentOf) };
}

// Presenters: the API's shapes, built from what the store returns. Handlers never pass store
// objects through unshaped, so a store change cannot silently change the API.
import { rolesOf, type Actor, type EventDate, type EventType } from "../domain/index.js";
import type {
  ActorProfile, ClaimSummary, DocumentWithEvents, IncidentDossier, IncidentSummary, SearchHit, SourceRef, StoredActor, StoredEvent,
  TimelineEntry,
} from "../store/index.js";

export interface ApiActor {
  id: string;
  name: string;
  kind: Actor["kind"];
  country?: string;
}

export interface ApiRole {
  role: string;
  actor: ApiActor;
}

export interface ApiEvidence {
  start: number;
  end: number;
  quote: string;
}

export interface ApiEvent {
  id: string;
  documentId: string;
  type: EventType;
  action?: string;
  attackType?: string;
  hedged: boolean;
  date?: EventDate;
  confidence?: number;
  status: StoredEvent["status"];
  origin: StoredEvent["origin"];
  roles: ApiRole[];
  evidence: ApiEvidence[];
}

export interface ApiTimelineEntry extends Omit<ApiEvent, "documentId" | "origin" | "confidence" | "id"> {
  eventId: string;
  sources: SourceRef[];
}

export interface ApiIncident {
  id: string;
  victim: ApiActor;
  attackType?: string;
  operation?: string;
  date?: EventDate;
  accused: ApiActor[];
  attackEvents: number;
  sources: SourceRef[];
}

export interface ApiClaim {
  id: string;
  attributor: ApiActor;
  accused: ApiActor;
  incidentId?: string;
  hedged: boolean;
  date?: EventDate;
  sources: SourceRef[];
}

const opt = <K extends string, V>(key: K, value: V | undefined | null) => (value === undefined || value === null ? {} : { [key]: value }) as { [P in K]?: V };

/** Stored actors carry an id; an event's role actor is keyed like the store does (name as id fallback). */
export function presentActor(a: StoredActor | (Actor & { id?: string })): ApiActor {
  return { id: a.id ?? a.name, name: a.name, kind: a.kind, ...opt("country", a.country) };
}

export function presentEvent(e: StoredEvent): ApiEvent {
  return {
    id: e.id,
    documentId: e.documentId,
    type: e.type,
    ...opt("action", e.action),
    ...opt("attackType", e.attackType),
    hedged: e.hedged === true,
    ...opt("date", e.date),
    ...opt("confidence", e.confidence),
    status: e.status,
    origin: e.origin,
    roles: rolesOf(e).map(([role, actor]) => ({ role, actor: presentActor(actor) })),
    evidence: e.evidence.map((s, i) => ({ start: s.start, end: s.end, quote: e.quotes[i] ?? "" })),
  };
}

export function presentTimeline(t: TimelineEntry): ApiTimelineEntry {
  return {
    eventId: t.eventId,
    type: t.type,
    ...opt("action", t.action),
    ...opt("attackType", t.attackType),
    hedged: t.hedged,
    ...opt("date", t.date),
    status: t.status,
    roles: t.actors.map((a) => ({ role: a.role, actor: presentActor(a.actor) })),
    evidence: t.evidence.map((s) => ({ start: s.start, end: s.end, quote: s.quote })),
    sources: t.sources,
  };
}

export function presentIncident(i: IncidentSummary): ApiIncident {
  return {
    id: i.id,
    victim: presentActor(i.victim),
    ...opt("attackType", i.attackType),
    ...opt("operation", i.operation),
    ...opt("date", i.date),
    accused: i.accused.map(presentActor),
    attackEvents: i.attackEvents,
    sources: i.sources,
  };
}

export function presentClaim(c: ClaimSummary): ApiClaim {
  return {
    id: c.id,
    attributor: presentActor(c.attributor),
    accused: presentActor(c.accused),
    ...opt("incidentId", c.incidentId),
    hedged: c.hedged,
    ...opt("date", c.date),
    sources: c.sources,
  };
}

export function presentDossier(d: IncidentDossier) {
  return { incident: presentIncident(d.incident), claims: d.claims.map(presentClaim), timeline: d.timeline.map(presentTimeline) };
}
export type ApiDossier = ReturnType<typeof presentDossier>;

export function presentDocument(d: DocumentWithEvents) {
  const doc = d.document;
  return {
    id: doc.id,
    ...opt("title", doc.title),
    ...opt("published", doc.published),
    ...opt("url", doc.url),
    ...opt("language", doc.language),
    version: doc.version,
    ...opt("supersededBy", doc.supersededBy),
    ...opt("extractionVersion", doc.extractionVersion),
    ingestedAt: doc.ingestedAt,
    /** Plain text; clients must render it as text (never as HTML). */
    text: doc.text,
    events: d.events.map(presentEvent),
  };
}
export type ApiDocument = ReturnType<typeof presentDocument>;

export function presentProfile(p: ActorProfile) {
  return {
    actors: p.actors.map(presentActor),
    aliases: [...new Set(p.actors.flatMap((a) => a.aliases ?? []))],
    asVictim: p.asVictim.map(presentIncident),
    asAccuser: p.asAccuser.map(presentClaim),
    asAccused: p.asAccused.map(presentClaim),
    denials: p.denials.map(presentTimeline),
    responsesGiven: p.responsesGiven.map(presentTimeline),
    responsesReceived: p.responsesReceived.map(presentTimeline),
  };
}
export type ApiActorProfile = ReturnType<typeof presentProfile>;

export function presentSearchHit(h: SearchHit) {
  return { documentId: h.documentId, ...opt("title", h.title), ...opt("published", h.published), ...opt("url", h.url), snippet: h.snippet, score: h.score };
}
export type ApiSearchHit = ReturnType<typeof presentSearchHit>;

import type { Insertable, Selectable } from "kysely";

/**
 * The tables both dialects share, as Kysely sees them. Column types are the common subset of
 * SQLite and PostgreSQL: text, integer (booleans as 0/1) and double precision; JSON as text.
 * Full-text search tables/columns are dialect-specific and live in the dialect folders.
 */
export interface Database {
  documents: DocumentsTable;
  actors: ActorsTable;
  events: EventsTable;
  event_roles: EventRolesTable;
  evidence_spans: EvidenceSpansTable;
  incidents: IncidentsTable;
  incident_events: IncidentEventsTable;
  claims: ClaimsTable;
  claim_events: ClaimEventsTable;
  store_meta: StoreMetaTable;
  imported_groups: ImportedGroupsTable;
}

/** One imported threat group as one source file gave it. */
export interface ImportedGroupsTable {
  /** The file it came from (absolute path as given at import). */
  source: string;
  /** The name folded (case, diacritics, spaces): the same group across sources. */
  name_key: string;
  name: string;
  /** JSON array of strings. */
  aliases: string;
  country: string | null;
  sponsor: string | null;
  imported_at: string;
}

/** Small facts about the store; the `relinked_at` row doubles as the lock that serialises relinks. */
export interface StoreMetaTable {
  key: string;
  value: string;
}

export interface DocumentsTable {
  id: string;
  /** The id the caller gave the first version; shared by all versions of one article. */
  external_id: string;
  title: string | null;
  published: string | null;
  url: string | null;
  text: string;
  content_hash: string;
  language: string | null;
  extraction_version: string | null;
  ingested_at: string;
  version: number;
  previous_id: string | null;
  /** Set on an old version when a changed text arrives; null marks the current version. */
  superseded_by: string | null;
}

export interface ActorsTable {
  /** actorKey() of the domain: kind, country, normalised name. */
  id: string;
  kind: string;
  country: string | null;
  name: string;
  /** JSON array of strings, merged across documents. */
  aliases: string;
}

export interface EventsTable {
  id: string;
  document_id: string;
  ordinal: number;
  type: string;
  action: string | null;
  attack_type: string | null;
  systems: string | null;
  hedged: number;
  date_value: string | null;
  date_precision: string | null;
  confidence: number | null;
  origin: string;
  status: string;
  created_at: string;
}

export interface EventRolesTable {
  event_id: string;
  role: string;
  actor_id: string;
  /** The name as this event gave it (the actor row keeps the first one seen). */
  surface_name: string;
}

export interface EvidenceSpansTable {
  event_id: string;
  ordinal: number;
  start: number;
  end: number;
  quote: string;
}

export interface IncidentsTable {
  id: string;
  victim_id: string;
  attack_type: string | null;
  operation: string | null;
  date_value: string | null;
  date_precision: string | null;
}

export interface IncidentEventsTable {
  incident_id: string;
  event_id: string;
}

export interface ClaimsTable {
  id: string;
  attributor_id: string;
  accused_id: string;
  incident_id: string | null;
  hedged: number;
  date_value: string | null;
  date_precision: string | null;
}

export interface ClaimEventsTable {
  claim_id: string;
  event_id: string;
}

export type DocumentRow = Selectable<DocumentsTable>;
export type EventRow = Selectable<EventsTable>;
export type ActorRow = Selectable<ActorsTable>;
export type NewEvent = Insertable<EventsTable>;

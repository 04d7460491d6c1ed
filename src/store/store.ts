import type { Actor, ActorKind, Article, CyberEvent, EventDate, EventType, Extraction, ImportedGroup } from "../domain/index.js";

/**
 * The one storage interface the rest of Attrib sees. Each dialect folder (sqlite/, postgres/) builds
 * an object with this shape; nothing outside those folders knows which database is behind it.
 * Every method returns plain domain-shaped objects, never database rows.
 */
export interface Store {
  /** Stores the text of an article. Idempotent: the same text (sha256) is a no-op returning the existing id. */
  putDocument(article: Article, options?: SaveOptions): Promise<PutResult>;
  /** Writes document, actors, events, roles and spans in one transaction; keeps reviewed events. */
  saveExtraction(article: Article, extraction: Extraction, options?: SaveOptions): Promise<SaveResult>;
  /** Regroups events into incidents and claims (done after each write unless `relink: false`). */
  relink(): Promise<void>;
  /** True when a write with `relink: false` committed after the last relink (e.g. a bulk load was killed). */
  needsRelink(): Promise<boolean>;
  hasDocumentHash(hash: string): Promise<boolean>;
  getDocument(id: string): Promise<DocumentWithEvents | undefined>;
  /** Current documents (not superseded), without text, in id order: what re-extraction walks. */
  listDocuments(): Promise<DocumentRef[]>;
  listEvents(filter?: EventFilter): Promise<StoredEvent[]>;
  /** Sets the review status; a patch replaces the given fields (roles, date, ...) of the event. */
  reviewEvent(id: string, review: EventReview): Promise<StoredEvent>;
  /** Adds an event by hand (origin 'review', status 'accepted'); returns it with its new id. */
  addEvent(documentId: string, event: CyberEvent): Promise<StoredEvent>;
  stats(): Promise<StoreStats>;
  listIncidents(filter?: IncidentFilter): Promise<IncidentSummary[]>;
  getIncident(id: string): Promise<IncidentDossier | undefined>;
  listActors(filter?: { kind?: ActorKind }): Promise<StoredActor[]>;
  /** All actors whose name or alias is `name` (case-insensitive), with what they did and suffered. */
  getActor(name: string): Promise<ActorProfile | undefined>;
  /** Everything between two actors, in both directions, in date order. */
  dyad(a: string, b: string): Promise<Dyad>;
  search(text: string, options?: { limit?: number }): Promise<SearchHit[]>;
  /** Current documents with their (non-rejected) events, as extraction objects, for export. */
  allExtractions(): Promise<Extraction[]>;
  /** Claims (all, or one incident's) by id, with the ids of their attribution events (for export). */
  listClaims(filter?: ClaimFilter): Promise<ClaimRecord[]>;
  /**
   * Stores the threat groups a knowledge file lists, replacing what the same `source` gave before;
   * groups of the same name from other sources stay and are merged when read.
   */
  importGroups(source: string, groups: ImportedGroup[]): Promise<GroupImportResult>;
  /** Imported groups merged across sources, by name. */
  listImportedGroups(): Promise<StoredImportedGroup[]>;
  /** Removes a group (by name or alias) and/or everything one source brought; returns rows removed. */
  removeImportedGroups(filter: { name?: string; source?: string }): Promise<number>;
  close(): Promise<void>;
}

export const REVIEW_STATUSES = ["pending", "accepted", "rejected", "edited"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export type EventOrigin = "machine" | "review";

export interface SaveOptions {
  /** Which pipeline produced the extraction (stored on the document). */
  extractionVersion?: string;
  /** Set false in bulk loads, then call relink() once at the end. Default true. */
  relink?: boolean;
}

export interface PutResult {
  /** The id the text is stored under (an existing one when the text was already known). */
  id: string;
  /** 'new-version': same URL or id as a stored document, different text; `previousId` is the old row. */
  status: "inserted" | "unchanged" | "new-version";
  previousId?: string;
}

export interface SaveResult extends PutResult {
  /** Machine events written by this call. */
  written: number;
  /** Events kept because a person made or reviewed them. */
  kept: number;
}

export interface StoredDocument extends Article {
  contentHash: string;
  version: number;
  previousId?: string;
  supersededBy?: string;
  extractionVersion?: string;
  ingestedAt: string;
}

export interface DocumentRef {
  id: string;
  title?: string;
  language?: string;
  extractionVersion?: string;
}

export interface StoredEvent extends CyberEvent {
  id: string;
  documentId: string;
  origin: EventOrigin;
  status: ReviewStatus;
  /** The text of each evidence span, in the order of `evidence`. */
  quotes: string[];
}

export interface DocumentWithEvents {
  document: StoredDocument;
  events: StoredEvent[];
}

export interface EventFilter {
  type?: EventType;
  status?: ReviewStatus;
  documentId?: string;
  limit?: number;
  offset?: number;
}

export interface EventReview {
  status: ReviewStatus;
  patch?: Partial<Omit<CyberEvent, "evidence">> & { evidence?: CyberEvent["evidence"] };
}

export interface StoreStats {
  /** Current documents (an older version of a changed article is not counted). */
  documents: number;
  /** Events of current documents that are not rejected. */
  events: number;
  eventsByType: Partial<Record<EventType, number>>;
  incidents: number;
  actors: number;
  claims: number;
}

export interface StoredActor extends Actor {
  /** actorKey(actor): kind, country and normalised name. */
  id: string;
}

export interface SourceRef {
  documentId: string;
  title?: string;
  url?: string;
  published?: string;
}

export interface IncidentFilter {
  /** Name or alias of the victim. */
  victim?: string;
  /** Name or alias of an actor some claim in the incident accuses. */
  accused?: string;
  /** ISO date; keeps incidents whose date (or, undated, first source) is on or after it. */
  since?: string;
  limit?: number;
  offset?: number;
}

export interface IncidentSummary {
  id: string;
  victim: StoredActor;
  attackType?: string;
  operation?: string;
  date?: EventDate;
  accused: StoredActor[];
  attackEvents: number;
  sources: SourceRef[];
}

export interface ClaimSummary {
  id: string;
  attributor: StoredActor;
  accused: StoredActor;
  incidentId?: string;
  /** True when every statement of the claim is hedged. */
  hedged: boolean;
  date?: EventDate;
  sources: SourceRef[];
}

export interface ClaimFilter {
  incidentId?: string;
  limit?: number;
  offset?: number;
}

export interface ClaimRecord extends ClaimSummary {
  /** The visible attribution events grouped into this claim. */
  eventIds: string[];
}

export interface StoredImportedGroup extends ImportedGroup {
  /** The files that listed it, oldest import first. */
  sources: string[];
}

export interface GroupImportResult {
  source: string;
  /** Distinct groups in the file. */
  groups: number;
  /** Groups the store did not have from any source. */
  added: number;
  /** Groups already known (from this or another source), now merged. */
  merged: number;
  /** Groups an earlier import of this source listed and this one does not. */
  removed: number;
}

/** One event in a dossier or profile: who, when, how sure, from where, and the sentence that says it. */
export interface TimelineEntry {
  eventId: string;
  type: EventType;
  action?: string;
  attackType?: string;
  actors: { role: string; actor: StoredActor; surfaceName: string }[];
  date?: EventDate;
  hedged: boolean;
  status: ReviewStatus;
  sources: SourceRef[];
  evidence: { start: number; end: number; quote: string }[];
}

export interface IncidentDossier {
  incident: IncidentSummary;
  claims: ClaimSummary[];
  /** Attacks, attributions, denials and responses, dated ones first in date order, then undated. */
  timeline: TimelineEntry[];
}

export interface ActorProfile {
  actors: StoredActor[];
  asVictim: IncidentSummary[];
  asAccuser: ClaimSummary[];
  asAccused: ClaimSummary[];
  denials: TimelineEntry[];
  responsesGiven: TimelineEntry[];
  responsesReceived: TimelineEntry[];
}

export interface Dyad {
  a: StoredActor[];
  b: StoredActor[];
  claims: ClaimSummary[];
  timeline: TimelineEntry[];
}

export interface SearchHit extends SourceRef {
  /** A short passage with the matched words in [brackets]. */
  snippet: string;
  /** Higher is better; comparable only within one result list. */
  score: number;
}

export type StoreErrorCode = "not_found" | "invalid_input" | "unreachable" | "migration_failed";

/** The one error type of the storage layer; `code` is stable, the message says what was expected. */
export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "StoreError";
  }
}

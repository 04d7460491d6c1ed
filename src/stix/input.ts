import type { Actor, CyberEvent, EventDate } from "../domain/index.js";

export type AttackType = NonNullable<CyberEvent["attackType"]>;

/**
 * What the STIX and CSV exporters read: documents with their extracted events, plus the
 * cross-document incidents and attribution claims the store has resolved. Plain domain data,
 * no STIX notions, so the store (or a test) can build it without knowing the export format.
 */
export interface ExportInput {
  documents: ExportDocument[];
  incidents: ExportIncident[];
  /**
   * Attribution claims (who blamed whom for what). When absent they are derived from the
   * documents' attribution events by `claimsOf` (one claim per attributor, accused and incident).
   */
  claims?: ExportClaim[];
}

export interface ExportDocument {
  id: string;
  title?: string;
  /** ISO date or date-time ("2022-09-12" or "2022-09-12T08:30:00Z"). */
  published?: string;
  url?: string;
  events: CyberEventWithId[];
}

/** A domain event with a stable id, the document it came from and its evidence sentence. */
export type CyberEventWithId = CyberEvent & {
  id: string;
  documentId: string;
  /** The text of the evidence span(s), used as the STIX description / evidence. */
  quote?: string;
};

/** One cyber operation against one victim, possibly reported by several documents. */
export interface ExportIncident {
  id: string;
  name?: string;
  victim: Actor;
  attackType?: AttackType;
  firstSeen?: EventDate;
  lastSeen?: EventDate;
  /** The attack events that make up this incident. */
  eventIds: string[];
  documentIds: string[];
}

/** One actor (attributor) blaming another (accused), possibly for a known incident. */
export interface ExportClaim {
  id: string;
  attributor: Actor;
  accused: Actor;
  incidentId?: string;
  /** True when every source states the claim tentatively ("likely", "suspected"). */
  hedged: boolean;
  /** The attribution events behind this claim. */
  eventIds: string[];
  documentIds: string[];
}

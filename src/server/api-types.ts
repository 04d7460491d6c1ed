// The API's response types, for the web client (src/web imports types only from here; no models are copied).
export type { ApiActor, ApiClaim, ApiDocument, ApiDossier, ApiEvent, ApiEvidence, ApiIncident, ApiRole, ApiSearchHit, ApiTimelineEntry, ApiActorProfile } from "./present.js";
export type { ApiGraph, ApiOverview, CountryCount, EdgeType, GraphEdge } from "./overview/analytics.js";
export type { IngestItem, IngestJob } from "./ingest/ingest-jobs.js";
export type { ErrorBody, ErrorCode } from "./http/errors.js";
export type { Page } from "./http/validate.js";
export type { NewEventInput, EventPatchInput } from "./http/event-input.js";
export type { ReviewDecision } from "./review/review-routes.js";
export type { SourceRef, StoreStats, ReviewStatus } from "../store/store.js";
export type { EventType, EventDate, ActorKind, RoleName } from "../domain/index.js";

import type { z } from "zod";
import type { Page } from "./http/validate.js";
import type { ApiEvent, ApiSearchHit, ApiActor } from "./present.js";
import type { ingestJsonInput } from "./ingest/ingest-routes.js";
import type { CyberEvent } from "../domain/index.js";

export type ApiEventPage = Omit<Page<ApiEvent>, "total"> & { hasMore: boolean };
export interface ApiSearchResult {
  query: string;
  documents: ApiSearchHit[];
  actors: ApiActor[];
}
export type ApiDocumentSummary = { id: string; title?: string; published?: string; url?: string; language?: string; events: number };
export type IngestJsonInput = z.input<typeof ingestJsonInput>;
export interface ApiConfig {
  writes: "open" | "token" | "read-only";
  extractorVersion: string;
}
export type ApiDyad = { a: ApiActor[]; b: ApiActor[]; claims: import("./present.js").ApiClaim[]; timeline: import("./present.js").ApiTimelineEntry[] };
export type { CyberEvent };

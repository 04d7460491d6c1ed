// The API client. Every response type comes from the server (src/server/api-types.ts); none is copied here.
import type {
  ApiActor, ApiActorProfile, ApiConfig, ApiDocument, ApiDocumentSummary, ApiDossier, ApiDyad, ApiEvent, ApiEventPage, ApiGraph, ApiIncident,
  ApiOverview, ApiSearchResult, ErrorBody, EventPatchInput, IngestJob, IngestJsonInput, NewEventInput, Page, ReviewDecision, StoreStats,
} from "../../server/api-types.js";

export type * from "../../server/api-types.js";

const TOKEN_KEY = "attrib-token";
export const token = {
  get: () => sessionStorage.getItem(TOKEN_KEY) ?? "",
  set: (t: string) => (t ? sessionStorage.setItem(TOKEN_KEY, t) : sessionStorage.removeItem(TOKEN_KEY)),
};

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Query = Record<string, string | number | undefined>;

function url(path: string, q?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q ?? {})) if (v !== undefined && v !== "") params.set(k, String(v));
  const s = params.toString();
  return `/api${path}${s ? `?${s}` : ""}`;
}

async function request<T>(method: string, path: string, q?: Query, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (method !== "GET" && token.get()) headers.authorization = `Bearer ${token.get()}`;
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers["content-type"] = "application/json";
    payload = JSON.stringify(body);
  }
  const res = await fetch(url(path, q), { method, headers, ...(payload !== undefined ? { body: payload } : {}) });
  const data = (await res.json().catch(() => undefined)) as unknown;
  if (!res.ok) {
    const err = (data as ErrorBody | undefined)?.error;
    throw new ApiFailure(res.status, err?.code ?? "internal", err?.message ?? `HTTP ${res.status}`);
  }
  return data as T;
}

const id = encodeURIComponent;

export const api = {
  config: () => request<ApiConfig>("GET", "/config"),
  stats: () => request<StoreStats>("GET", "/stats"),
  overview: () => request<ApiOverview>("GET", "/overview"),
  graph: (q: { since?: string; until?: string; types?: string }) => request<ApiGraph>("GET", "/graph", q),
  incidents: (q: Query) => request<Page<ApiIncident>>("GET", "/incidents", q),
  incident: (incidentId: string) => request<ApiDossier>("GET", `/incidents/${id(incidentId)}`),
  actors: (q: Query) => request<Page<ApiActor>>("GET", "/actors", q),
  actor: (name: string) => request<ApiActorProfile>("GET", `/actors/${id(name)}`),
  dyad: (a: string, b: string) => request<ApiDyad>("GET", "/dyads", { a, b }),
  documents: (q: Query) => request<Page<ApiDocumentSummary>>("GET", "/documents", q),
  document: (documentId: string) => request<ApiDocument>("GET", `/documents/${id(documentId)}`),
  addEvent: (documentId: string, event: NewEventInput) => request<ApiEvent>("POST", `/documents/${id(documentId)}/events`, undefined, event),
  events: (q: Query) => request<ApiEventPage>("GET", "/events", q),
  reviewQueue: (q: Query) => request<ApiEventPage>("GET", "/review", q),
  review: (eventId: string, decision: ReviewDecision) => request<ApiEvent>("POST", `/review/${id(eventId)}`, undefined, decision),
  edit: (eventId: string, patch: EventPatchInput) => request<ApiEvent>("POST", `/review/${id(eventId)}`, undefined, { decision: "edit", patch }),
  search: (q: string) => request<ApiSearchResult>("GET", "/search", { q }),
  ingestJson: (input: IngestJsonInput) => request<IngestJob>("POST", "/ingest", undefined, input),
  ingestFiles: (form: FormData) => request<IngestJob>("POST", "/ingest", undefined, form),
  ingestJob: (jobId: string) => request<IngestJob>("GET", `/ingest/${id(jobId)}`),
};

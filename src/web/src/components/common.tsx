import type { ApiActor, ApiRole, EventDate, SourceRef } from "../api.js";
import type { Loaded } from "../use-api.js";
import { Link } from "../router.js";

export const TYPE_LABEL: Record<string, string> = {
  attack: "Attack", attribution: "Attribution", denial: "Denial", sanction: "Sanction", diplomatic: "Diplomatic", legal: "Legal", condemnation: "Condemnation",
};

export function TypeBadge({ type }: { type: string }) {
  return <span className={`badge type-${type}`}>{TYPE_LABEL[type] ?? type}</span>;
}

export function StatusBadge({ status }: { status: string }) {
  if (status === "pending") return null;
  return <span className={`badge status status-${status}`}>{status === "edited" ? "edited by reviewer" : status}</span>;
}

export function DateText({ date, fallback }: { date?: EventDate; fallback?: string }) {
  if (!date) return <span className="muted">{fallback ?? "undated"}</span>;
  return <time dateTime={date.value}>{date.value}</time>;
}

export function ActorLink({ actor }: { actor: ApiActor }) {
  if (actor.kind === "unspecified") return <span className="muted">unspecified</span>;
  return (
    <Link to={`/actors/${encodeURIComponent(actor.name)}`} className="actor" title={`${actor.kind}${actor.country ? `, ${actor.country}` : ""}`}>
      {actor.name}
    </Link>
  );
}

export function Roles({ roles }: { roles: ApiRole[] }) {
  return (
    <span className="roles">
      {roles.map((r) => (
        <span key={r.role} className="role">
          <span className="role-name">{r.role}</span> <ActorLink actor={r.actor} />
        </span>
      ))}
    </span>
  );
}

export function Hedge({ hedged }: { hedged: boolean }) {
  return hedged ? <span className="badge hedged" title="The source attributes this with hedging words (suspected, likely…)">hedged</span> : null;
}

export function Sources({ sources, eventId }: { sources: SourceRef[]; eventId?: string }) {
  return (
    <ul className="sources">
      {sources.map((s) => (
        <li key={s.documentId}>
          <Link to={`/documents/${encodeURIComponent(s.documentId)}${eventId ? `?event=${encodeURIComponent(eventId)}` : ""}`} className="source-link">
            {s.title ?? s.documentId}
          </Link>
          {s.published ? <span className="muted"> · {s.published}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** Loading and error states for a useApi result; renders children only with data. */
export function Async<T>({ state, children }: { state: Loaded<T>; children: (data: T) => React.ReactNode }) {
  if (state.error) return <p className="error" role="alert">Could not load: {state.error.message}</p>;
  if (state.data === undefined) return <p className="muted" aria-busy="true">Loading…</p>;
  return <>{children(state.data)}</>;
}

/** Renders a search snippet whose matched words are in [brackets], as text. */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(/(\[[^\]]*\])/g);
  return <span className="snippet">{parts.map((p, i) => (p.startsWith("[") && p.endsWith("]") ? <mark key={i}>{p.slice(1, -1)}</mark> : p))}</span>;
}

export function Pager({ total, limit, offset, onPage }: { total?: number; limit: number; offset: number; onPage: (offset: number) => void }) {
  return (
    <nav className="pager" aria-label="pages">
      <button type="button" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - limit))}>Previous</button>
      <span className="muted">{total !== undefined ? `${Math.min(total, offset + 1)}–${Math.min(total, offset + limit)} of ${total}` : `from ${offset + 1}`}</span>
      <button type="button" disabled={total !== undefined && offset + limit >= total} onClick={() => onPage(offset + limit)}>Next</button>
    </nav>
  );
}

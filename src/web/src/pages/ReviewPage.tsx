import { useEffect, useState } from "react";
import { api, type ApiEvent } from "../api.js";
import { Async, DateText, Hedge, Roles, StatusBadge, TypeBadge } from "../components/common.js";
import { EventEditor } from "../components/EventEditor.js";
import { canWrite, useConfig } from "../config.js";
import { Link, navigate, useLocation } from "../router.js";
import { useApi } from "../use-api.js";

const STATUSES = ["pending", "accepted", "edited", "rejected"] as const;
const LIMIT = 30;

function ReviewItem({ event, writable }: { event: ApiEvent; writable: boolean }) {
  const [current, setCurrent] = useState(event);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string>();
  const decide = async (decision: "accept" | "reject" | "reset") => {
    try {
      setError(undefined);
      setCurrent(await api.review(current.id, { decision }));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <li id={current.id} data-event-id={current.id} className={`review-item status-${current.status}`}>
      <div className="timeline-head">
        <TypeBadge type={current.type} /> <DateText date={current.date} /> <Hedge hedged={current.hedged} /> <StatusBadge status={current.status} />
        {current.action ? <span className="muted">{current.action.replace(/_/g, " ")}</span> : null}
      </div>
      <Roles roles={current.roles} />
      {current.evidence[0] ? <blockquote className="quote">{current.evidence[0].quote}</blockquote> : null}
      <p className="small">
        <Link to={`/documents/${encodeURIComponent(current.documentId)}?event=${encodeURIComponent(current.id)}`}>Read in context</Link>
      </p>
      {writable ? (
        <div className="row actions" role="group" aria-label="review decision">
          <button type="button" className="accept" onClick={() => decide("accept")} disabled={current.status === "accepted"}>Accept</button>
          <button type="button" className="reject" onClick={() => decide("reject")} disabled={current.status === "rejected"}>Reject</button>
          <button type="button" onClick={() => setEditing(!editing)} aria-expanded={editing}>Edit</button>
          {current.status !== "pending" ? <button type="button" onClick={() => decide("reset")}>Undo</button> : null}
        </div>
      ) : null}
      {error ? <p className="error" role="alert">{error}</p> : null}
      {editing ? (
        <EventEditor
          initial={current}
          submitLabel="Save changes"
          onCancel={() => setEditing(false)}
          onSubmit={async (draft) => {
            setCurrent(await api.edit(current.id, draft));
            setEditing(false);
          }}
        />
      ) : null}
    </li>
  );
}

export function ReviewPage() {
  const { params } = useLocation();
  const status = params.get("status") ?? "pending";
  const documentId = params.get("documentId") ?? undefined;
  const offset = Number(params.get("offset") ?? 0);
  const config = useConfig();
  const state = useApi(() => (documentId ? api.events({ documentId, status, limit: 500 }) : api.reviewQueue({ status, limit: LIMIT, offset })), [status, documentId, offset]);
  const go = (next: Record<string, string | undefined>) => {
    const q = new URLSearchParams(Object.entries({ status, documentId, ...next }).filter((e): e is [string, string] => !!e[1]));
    navigate(`/review?${q}`);
  };
  useEffect(() => {
    const target = window.location.hash.slice(1);
    if (state.data && target) document.getElementById(target)?.scrollIntoView({ block: "center" });
  }, [state.data]);
  return (
    <section>
      <h1>Review queue</h1>
      <p className="muted">
        Accept, reject or correct what the extractor found. Reviewed events are kept when a document is extracted again.
        {documentId ? <> Showing one document. <button type="button" className="linklike" onClick={() => go({ documentId: undefined })}>Show all</button></> : null}
      </p>
      {!canWrite(config) ? <p className="notice">This server is read-only: reviewing needs a loopback server or an access token.</p> : null}
      <nav className="tabs" aria-label="review status">
        {STATUSES.map((s) => (
          <button key={s} type="button" aria-pressed={s === status} onClick={() => go({ status: s, offset: undefined })}>{s}</button>
        ))}
      </nav>
      <Async state={state}>
        {(page) => (
          <>
            {page.items.length === 0 ? <p className="muted">Nothing {status}.</p> : null}
            <ol className="review-list" key={`${status}|${documentId ?? ""}|${offset}`}>
              {page.items.map((e) => <ReviewItem key={e.id} event={e} writable={canWrite(config)} />)}
            </ol>
            {!documentId ? (
              <nav className="pager">
                <button type="button" disabled={offset === 0} onClick={() => go({ offset: String(Math.max(0, offset - LIMIT)) })}>Previous</button>
                <button type="button" disabled={!page.hasMore} onClick={() => go({ offset: String(offset + LIMIT) })}>Next</button>
              </nav>
            ) : null}
          </>
        )}
      </Async>
    </section>
  );
}

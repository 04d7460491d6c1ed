import { useEffect, useState } from "react";
import { api, type ApiEvent } from "../api.js";
import { Async, DateText, Hedge, Roles, StatusBadge, TypeBadge } from "../components/common.js";
import { EventEditor } from "../components/EventEditor.js";
import { HighlightedText, selectedSpan } from "../components/Highlighted.js";
import { canWrite, useConfig } from "../config.js";
import { Link, navigate, useLocation } from "../router.js";
import { useApi } from "../use-api.js";

export function DocumentPage({ id }: { id: string }) {
  const { params } = useLocation();
  const focus = params.get("event") ?? undefined;
  const state = useApi(() => api.document(id), [id]);
  const config = useConfig();
  const [selection, setSelection] = useState<{ start: number; end: number }>();
  const [adding, setAdding] = useState(false);
  const [note, setNote] = useState<string>();

  useEffect(() => {
    if (!state.data || !focus) return;
    document.querySelector("mark.focus")?.scrollIntoView({ block: "center" });
  }, [state.data, focus]);

  const focusOn = (eventId: string) => navigate(`/documents/${encodeURIComponent(id)}?event=${encodeURIComponent(eventId)}`, true);
  const takeSelection = () => {
    const span = selectedSpan();
    if (!span) return setNote("Select a passage of the article text first.");
    setNote(undefined);
    setSelection(span);
    setAdding(true);
  };

  return (
    <Async state={state}>
      {(doc) => (
        <article className="reader">
          <p className="crumbs"><Link to="/documents">Documents</Link> /</p>
          <h1>{doc.title ?? doc.id}</h1>
          <p className="meta">
            {doc.published ?? "no date"} {doc.url ? <> · <span className="muted">{doc.url}</span></> : null} · {doc.events.length} events
            {doc.supersededBy ? <> · <strong>superseded</strong> by <Link to={`/documents/${encodeURIComponent(doc.supersededBy)}`}>a newer version</Link></> : null}
          </p>
          <div className="reader-layout">
            <div>
              <HighlightedText text={doc.text} events={doc.events} {...(focus ? { focus } : {})} onSelectEvent={focusOn} />
              {canWrite(config) ? (
                <div className="selection-tools">
                  <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={takeSelection}>Add missing event from selection</button>
                  {note ? <span className="muted" role="status"> {note}</span> : null}
                </div>
              ) : null}
              {adding && selection ? (
                <div className="card">
                  <h2>New event</h2>
                  <blockquote className="quote">{doc.text.slice(selection.start, selection.end)}</blockquote>
                  <EventEditor
                    submitLabel="Add event"
                    onCancel={() => setAdding(false)}
                    onSubmit={async (draft) => {
                      const added = await api.addEvent(doc.id, { ...draft, evidence: [selection] });
                      setAdding(false);
                      state.reload();
                      focusOn(added.id);
                    }}
                  />
                </div>
              ) : null}
            </div>
            <aside aria-label="events in this document">
              <h2>Events</h2>
              <ol className="doc-events">
                {doc.events.map((e: ApiEvent) => (
                  <li key={e.id} data-event-id={e.id} className={`${e.id === focus ? "focus " : ""}status-${e.status}`}>
                    <button type="button" className="linklike" onClick={() => focusOn(e.id)} aria-pressed={e.id === focus}>
                      <TypeBadge type={e.type} /> <DateText date={e.date} />
                    </button>{" "}
                    <Hedge hedged={e.hedged} /> <StatusBadge status={e.status} /> {e.origin === "review" ? <span className="badge">added by reviewer</span> : null}
                    <Roles roles={e.roles} />
                  </li>
                ))}
              </ol>
              <Link to={`/review?documentId=${encodeURIComponent(doc.id)}`}>Review this document's events</Link>
            </aside>
          </div>
        </article>
      )}
    </Async>
  );
}

import { useState } from "react";
import { api } from "../api.js";
import { ActorLink, Async, Snippet } from "../components/common.js";
import { Link, navigate, useLocation } from "../router.js";
import { useApi } from "../use-api.js";

export function SearchPage() {
  const q = useLocation().params.get("q") ?? "";
  const [draft, setDraft] = useState(q);
  const state = useApi(() => (q.trim() ? api.search(q) : Promise.resolve(undefined)), [q]);
  return (
    <section>
      <h1>Search</h1>
      <form role="search" className="filters" onSubmit={(e) => (e.preventDefault(), navigate(`/search?q=${encodeURIComponent(draft)}`))}>
        <input type="search" aria-label="search text" value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="words, names…" />
        <button type="submit" className="primary">Search</button>
      </form>
      {q ? (
        <Async state={state}>
          {(r) =>
            r ? (
              <div className="grid">
                <section className="card wide">
                  <h2>Documents</h2>
                  {r.documents.length === 0 ? <p className="muted">No document matches.</p> : null}
                  <ol className="hits">
                    {r.documents.map((h) => (
                      <li key={h.documentId}>
                        <Link to={`/documents/${encodeURIComponent(h.documentId)}`}>{h.title ?? h.documentId}</Link> {h.published ? <span className="muted">{h.published}</span> : null}
                        <div className="small"><Snippet text={h.snippet} /></div>
                      </li>
                    ))}
                  </ol>
                </section>
                <section className="card">
                  <h2>Actors</h2>
                  {r.actors.length === 0 ? <p className="muted">No actor matches.</p> : null}
                  <ul>{r.actors.map((a) => <li key={a.id}><ActorLink actor={a} /> <span className="muted">{a.kind}</span></li>)}</ul>
                </section>
              </div>
            ) : null
          }
        </Async>
      ) : null}
    </section>
  );
}

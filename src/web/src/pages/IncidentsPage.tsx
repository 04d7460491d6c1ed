import { useState } from "react";
import { api } from "../api.js";
import { ActorLink, Async, DateText, Pager } from "../components/common.js";
import { Link, navigate, useLocation } from "../router.js";
import { useApi } from "../use-api.js";

const LIMIT = 25;

export function IncidentsPage() {
  const { params } = useLocation();
  const filters = { victim: params.get("victim") ?? "", accused: params.get("accused") ?? "", since: params.get("since") ?? "", until: params.get("until") ?? "", sort: params.get("sort") ?? "-date" };
  const offset = Number(params.get("offset") ?? 0);
  const [draft, setDraft] = useState(filters);
  const state = useApi(() => api.incidents({ ...filters, limit: LIMIT, offset }), [params.toString()]);
  const go = (f: typeof filters, off = 0) => {
    const q = new URLSearchParams(Object.entries(f).filter(([, v]) => v));
    if (off) q.set("offset", String(off));
    navigate(`/incidents?${q}`);
  };
  return (
    <section>
      <h1>Incidents</h1>
      <form className="filters" onSubmit={(e) => (e.preventDefault(), go(draft))} aria-label="filter incidents">
        <label>Victim <input name="victim" value={draft.victim} onChange={(e) => setDraft({ ...draft, victim: e.target.value })} placeholder="e.g. Albania" /></label>
        <label>Accused <input name="accused" value={draft.accused} onChange={(e) => setDraft({ ...draft, accused: e.target.value })} placeholder="e.g. Russia" /></label>
        <label>Since <input name="since" value={draft.since} onChange={(e) => setDraft({ ...draft, since: e.target.value })} placeholder="YYYY" size={10} /></label>
        <label>Until <input name="until" value={draft.until} onChange={(e) => setDraft({ ...draft, until: e.target.value })} placeholder="YYYY" size={10} /></label>
        <label>
          Sort
          <select name="sort" value={draft.sort} onChange={(e) => setDraft({ ...draft, sort: e.target.value })}>
            <option value="-date">newest first</option>
            <option value="date">oldest first</option>
            <option value="victim">victim</option>
            <option value="sources">most sources</option>
          </select>
        </label>
        <button type="submit" className="primary">Apply</button>
      </form>
      <Async state={state}>
        {(page) => (
          <>
            <table className="table incidents">
              <thead>
                <tr><th>Date</th><th>Victim</th><th>Attack</th><th>Accused</th><th>Sources</th></tr>
              </thead>
              <tbody>
                {page.items.map((i) => (
                  <tr key={i.id} data-incident-id={i.id}>
                    <td><DateText date={i.date} /></td>
                    <td><Link to={`/incidents/${encodeURIComponent(i.id)}`} className="incident-link">{i.victim.name}</Link></td>
                    <td>{i.operation ?? i.attackType ?? <span className="muted">—</span>}</td>
                    <td>{i.accused.length ? i.accused.map((a, n) => <span key={a.id}>{n ? ", " : ""}<ActorLink actor={a} /></span>) : <span className="muted">none named</span>}</td>
                    <td>{i.sources.length}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {page.items.length === 0 ? <p className="muted">No incident matches.</p> : null}
            <Pager total={page.total} limit={LIMIT} offset={offset} onPage={(o) => go(filters, o)} />
          </>
        )}
      </Async>
    </section>
  );
}

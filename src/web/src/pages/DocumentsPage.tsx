import { useState } from "react";
import { api } from "../api.js";
import { Async, Pager } from "../components/common.js";
import { Link, navigate, useLocation } from "../router.js";
import { useApi } from "../use-api.js";

const LIMIT = 25;

export function DocumentsPage() {
  const { params } = useLocation();
  const q = params.get("q") ?? "";
  const sort = params.get("sort") ?? "-published";
  const offset = Number(params.get("offset") ?? 0);
  const [draft, setDraft] = useState(q);
  const state = useApi(() => api.documents({ q, sort, limit: LIMIT, offset }), [q, sort, offset]);
  const go = (next: Record<string, string | number>) => navigate(`/documents?${new URLSearchParams(Object.entries({ q, sort, ...next }).filter(([, v]) => v !== "" && String(v) !== "0").map(([k, v]) => [k, String(v)]))}`);
  return (
    <section>
      <h1>Documents</h1>
      <form className="filters" onSubmit={(e) => (e.preventDefault(), go({ q: draft, offset: 0 }))}>
        <label>Title contains <input value={draft} onChange={(e) => setDraft(e.target.value)} /></label>
        <label>
          Sort
          <select value={sort} onChange={(e) => go({ sort: e.target.value, offset: 0 })}>
            <option value="-published">newest first</option>
            <option value="published">oldest first</option>
            <option value="title">title</option>
          </select>
        </label>
        <button type="submit">Filter</button>
      </form>
      <Async state={state}>
        {(page) => (
          <>
            <table className="table">
              <thead><tr><th>Published</th><th>Title</th><th>Events</th></tr></thead>
              <tbody>
                {page.items.map((d) => (
                  <tr key={d.id}>
                    <td>{d.published ?? <span className="muted">—</span>}</td>
                    <td><Link to={`/documents/${encodeURIComponent(d.id)}`}>{d.title ?? d.id}</Link></td>
                    <td>{d.events}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager total={page.total} limit={LIMIT} offset={offset} onPage={(o) => go({ offset: o })} />
          </>
        )}
      </Async>
    </section>
  );
}

import { api } from "../api.js";
import { Async, DateText, TypeBadge } from "../components/common.js";
import { TypeChart } from "../components/TypeChart.js";
import { WorldMap } from "../components/WorldMap.js";
import { Link } from "../router.js";
import { useApi } from "../use-api.js";

export function OverviewPage() {
  const stats = useApi(() => api.stats(), []);
  const overview = useApi(() => api.overview(), []);
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">Overview</h1>
      <Async state={stats}>
        {(s) => (
          <dl className="counts">
            <div><dt>Documents</dt><dd><Link to="/documents">{s.documents}</Link></dd></div>
            <div><dt>Incidents</dt><dd><Link to="/incidents">{s.incidents}</Link></dd></div>
            <div><dt>Events</dt><dd>{s.events}</dd></div>
            <div><dt>Claims</dt><dd>{s.claims}</dd></div>
            <div><dt>Actors</dt><dd>{s.actors}</dd></div>
          </dl>
        )}
      </Async>
      <Async state={overview}>
        {(o) => (
          <div className="grid">
            <section className="card wide">
              <h2>Incidents by victim country</h2>
              <WorldMap counts={o.incidentsByCountry} />
            </section>
            <div className="pair wide">
              <section className="card">
                <h2>Most-accused states</h2>
                <CountryList rows={o.mostAccused} />
              </section>
              <section className="card">
                <h2>Most-targeted states</h2>
                <CountryList rows={o.mostTargeted} />
              </section>
            </div>
            <section className="card wide">
              <h2>Events by type over time</h2>
              <TypeChart rows={o.countsByYear} />
            </section>
            <section className="card wide">
              <h2>Latest events</h2>
              <ul className="event-list">
                {o.latest.map((e) => (
                  <li key={e.id}>
                    <DateText date={e.date} fallback={e.published ? `published ${e.published}` : undefined} /> <TypeBadge type={e.type} />{" "}
                    <Link to={`/documents/${encodeURIComponent(e.documentId)}?event=${encodeURIComponent(e.id)}`}>{e.title ?? e.documentId}</Link>
                    <div className="quote small">{e.quote}</div>
                  </li>
                ))}
              </ul>
            </section>
          </div>
        )}
      </Async>
    </section>
  );
}

function CountryList({ rows }: { rows: { country: string; name: string; count: number }[] }) {
  if (rows.length === 0) return <p className="muted">None yet.</p>;
  const max = Math.max(...rows.map((r) => r.count));
  return (
    <ol className="bars">
      {rows.map((r) => (
        <li key={r.country}>
          <Link to={`/actors/${encodeURIComponent(r.name)}`}>{r.name}</Link>
          <span className="bar" style={{ width: `${(100 * r.count) / max}%` }} aria-hidden="true" />
          <span className="num">{r.count}</span>
        </li>
      ))}
    </ol>
  );
}

import { api } from "../api.js";
import { ActorLink, Async, DateText, Hedge, Sources } from "../components/common.js";
import { Timeline } from "../components/Timeline.js";
import { Link } from "../router.js";
import { useApi } from "../use-api.js";

export function DossierPage({ id }: { id: string }) {
  const state = useApi(() => api.incident(id), [id]);
  return (
    <Async state={state}>
      {({ incident, claims, timeline }) => (
        <article className="dossier">
          <p className="crumbs"><Link to="/incidents">Incidents</Link> /</p>
          <h1>
            Attack on <ActorLink actor={incident.victim} /> {incident.operation ? <span className="muted">({incident.operation})</span> : null}
          </h1>
          <p className="meta">
            <DateText date={incident.date} /> · {incident.attackType ?? "attack type unknown"} · {incident.sources.length} source{incident.sources.length === 1 ? "" : "s"}
          </p>
          <section>
            <h2>Attribution claims</h2>
            {claims.length === 0 ? <p className="muted">No one is named as responsible in the sources.</p> : null}
            <ul className="claims">
              {claims.map((c) => (
                <li key={c.id} className="claim">
                  <ActorLink actor={c.attributor} /> <span aria-label="accuses">→</span> <ActorLink actor={c.accused} /> <DateText date={c.date} /> <Hedge hedged={c.hedged} />{" "}
                  <Link to={`/dyad?a=${encodeURIComponent(c.attributor.name)}&b=${encodeURIComponent(c.accused.name)}`}>dyad</Link>
                  <Sources sources={c.sources} />
                </li>
              ))}
            </ul>
          </section>
          <section>
            <h2>Timeline</h2>
            <Timeline entries={timeline} />
          </section>
        </article>
      )}
    </Async>
  );
}

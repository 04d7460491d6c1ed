import { useState } from "react";
import { api, type ApiClaim } from "../api.js";
import { ActorLink, Async, DateText, Hedge, Sources } from "../components/common.js";
import { Timeline } from "../components/Timeline.js";
import { Link, navigate } from "../router.js";
import { useApi } from "../use-api.js";

function Claims({ claims, show }: { claims: ApiClaim[]; show: "accused" | "attributor" }) {
  if (claims.length === 0) return <p className="muted">None.</p>;
  return (
    <ul className="claims">
      {claims.map((c) => (
        <li key={c.id}>
          {show === "accused" ? <>accuses <ActorLink actor={c.accused} /></> : <>accused by <ActorLink actor={c.attributor} /></>} <DateText date={c.date} /> <Hedge hedged={c.hedged} />
          <Sources sources={c.sources} />
        </li>
      ))}
    </ul>
  );
}

export function ActorPage({ name }: { name: string }) {
  const state = useApi(() => api.actor(name), [name]);
  const [other, setOther] = useState("");
  return (
    <Async state={state}>
      {(p) => (
        <article className="actor-page">
          <h1>{p.actors[0]?.name ?? name}</h1>
          <p className="meta">
            {[...new Set(p.actors.map((a) => a.kind))].join(", ")}
            {p.actors[0]?.country ? ` · ${p.actors[0].country}` : ""}
            {p.aliases.length ? ` · also: ${p.aliases.join(", ")}` : ""}
          </p>
          <form className="filters" onSubmit={(e) => (e.preventDefault(), other.trim() && navigate(`/dyad?a=${encodeURIComponent(name)}&b=${encodeURIComponent(other.trim())}`))}>
            <label>Compare with <input value={other} onChange={(e) => setOther(e.target.value)} placeholder="another actor" /></label>
            <button type="submit">Dyad view</button>
          </form>
          <div className="grid">
            <section className="card">
              <h2>As victim</h2>
              {p.asVictim.length === 0 ? <p className="muted">None.</p> : null}
              <ul>
                {p.asVictim.map((i) => (
                  <li key={i.id}><Link to={`/incidents/${encodeURIComponent(i.id)}`}>{i.operation ?? i.attackType ?? "attack"}</Link> <DateText date={i.date} /></li>
                ))}
              </ul>
            </section>
            <section className="card"><h2>As accuser</h2><Claims claims={p.asAccuser} show="accused" /></section>
            <section className="card"><h2>As accused</h2><Claims claims={p.asAccused} show="attributor" /></section>
          </div>
          <section><h2>Denials</h2><Timeline entries={p.denials} /></section>
          <section><h2>Responses given</h2><Timeline entries={p.responsesGiven} /></section>
          <section><h2>Responses received</h2><Timeline entries={p.responsesReceived} /></section>
        </article>
      )}
    </Async>
  );
}

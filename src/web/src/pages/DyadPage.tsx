import { useState } from "react";
import { api } from "../api.js";
import { ActorLink, Async, DateText, Hedge, Sources } from "../components/common.js";
import { Timeline } from "../components/Timeline.js";
import { navigate, useLocation } from "../router.js";
import { useApi } from "../use-api.js";

export function DyadPage() {
  const { params } = useLocation();
  const a = params.get("a") ?? "";
  const b = params.get("b") ?? "";
  const [draft, setDraft] = useState({ a, b });
  const state = useApi(() => (a && b ? api.dyad(a, b) : Promise.resolve(undefined)), [a, b]);
  return (
    <section>
      <h1>Dyad{a && b ? <>: {a} ↔ {b}</> : null}</h1>
      <form className="filters" onSubmit={(e) => (e.preventDefault(), navigate(`/dyad?a=${encodeURIComponent(draft.a)}&b=${encodeURIComponent(draft.b)}`))}>
        <label>Actor A <input name="a" value={draft.a} onChange={(e) => setDraft({ ...draft, a: e.target.value })} placeholder="e.g. United States" /></label>
        <label>Actor B <input name="b" value={draft.b} onChange={(e) => setDraft({ ...draft, b: e.target.value })} placeholder="e.g. Russia" /></label>
        <button type="submit" className="primary">Show</button>
      </form>
      {a && b ? (
        <Async state={state}>
          {(d) =>
            d ? (
              <>
                {d.a.length === 0 || d.b.length === 0 ? <p className="muted">Unknown actor: {d.a.length === 0 ? a : b}.</p> : null}
                <h2>Claims between them</h2>
                {d.claims.length === 0 ? <p className="muted">None.</p> : null}
                <ul className="claims">
                  {d.claims.map((c) => (
                    <li key={c.id}>
                      <ActorLink actor={c.attributor} /> → <ActorLink actor={c.accused} /> <DateText date={c.date} /> <Hedge hedged={c.hedged} />
                      <Sources sources={c.sources} />
                    </li>
                  ))}
                </ul>
                <h2>Events involving both</h2>
                <Timeline entries={d.timeline} />
              </>
            ) : null
          }
        </Async>
      ) : (
        <p className="muted">Name two actors (names, aliases or ids).</p>
      )}
    </section>
  );
}

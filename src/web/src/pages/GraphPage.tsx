import cytoscape from "cytoscape";
import { useEffect, useRef, useState } from "react";
import { api, type ApiGraph, type EdgeType } from "../api.js";
import { Async } from "../components/common.js";
import { Link, navigate } from "../router.js";
import { useApi } from "../use-api.js";

const EDGE_TYPES: EdgeType[] = ["accuses", "denies", "sanctions", "expels", "indicts"];
const EDGE_COLOR: Record<EdgeType, string> = { accuses: "#c0392b", denies: "#7f8c8d", sanctions: "#8e44ad", expels: "#d35400", indicts: "#2c3e50" };

function GraphView({ graph }: { graph: ApiGraph }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const cy = cytoscape({
      container: ref.current,
      elements: [
        ...graph.nodes.map((n) => ({ data: { id: n.id, label: n.name, kind: n.kind, degree: n.degree } })),
        ...graph.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, type: e.type, weight: e.eventIds.length } })),
      ],
      style: [
        { selector: "node", style: { label: "data(label)", "font-size": 12, "text-background-color": "#ffffff", "text-background-opacity": 0.75, "text-background-padding": "1px", "background-color": "#2f6690", width: "mapData(degree, 1, 12, 14, 40)", height: "mapData(degree, 1, 12, 14, 40)", "text-valign": "bottom", "text-margin-y": 3, color: "#222" } },
        { selector: 'node[kind = "state"]', style: { "background-color": "#16425b" } },
        { selector: 'node[kind = "group"]', style: { "background-color": "#c0392b", shape: "diamond" } },
        { selector: "edge", style: { width: "mapData(weight, 1, 6, 1.5, 6)", "curve-style": "bezier", "target-arrow-shape": "triangle", "arrow-scale": 0.9 } },
        ...EDGE_TYPES.map((t) => ({ selector: `edge[type = "${t}"]`, style: { "line-color": EDGE_COLOR[t], "target-arrow-color": EDGE_COLOR[t] } })),
      ],
      // Strong repulsion and spacing so labels of the small clusters do not pile up.
      layout: { name: "cose", animate: false, nodeRepulsion: () => 60_000, idealEdgeLength: () => 60, nodeOverlap: 20, componentSpacing: 30, gravity: 1.2, numIter: 1500, padding: 20, randomize: false },
      wheelSensitivity: 0.3,
    });
    cy.on("tap", "node", (e) => navigate(`/actors/${encodeURIComponent(String(e.target.data("label")))}`));
    return () => cy.destroy();
  }, [graph]);
  return <div ref={ref} className="graph-canvas" role="img" aria-label={`Graph of ${graph.nodes.length} actors and ${graph.edges.length} typed relations; the table below lists them`} />;
}

export function GraphPage() {
  const [types, setTypes] = useState<EdgeType[]>(EDGE_TYPES);
  const [since, setSince] = useState("");
  const [until, setUntil] = useState("");
  const valid = (s: string) => s === "" || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(s);
  const state = useApi(() => api.graph({ types: types.join(","), ...(valid(since) && since ? { since } : {}), ...(valid(until) && until ? { until } : {}) }), [types.join(","), since, until]);
  const names = new Map(state.data?.nodes.map((n) => [n.id, n.name]));
  return (
    <section>
      <h1>Who accuses whom</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="graph filters">
        <fieldset className="row">
          <legend>Relations</legend>
          {EDGE_TYPES.map((t) => (
            <label key={t} className="check">
              <input type="checkbox" checked={types.includes(t)} disabled={types.length === 1 && types.includes(t)} onChange={(e) => setTypes(e.target.checked ? [...types, t] : types.filter((x) => x !== t))} />
              <i className="swatch" style={{ background: EDGE_COLOR[t] }} /> {t}
            </label>
          ))}
        </fieldset>
        <label>Since <input value={since} onChange={(e) => setSince(e.target.value)} placeholder="YYYY" size={10} aria-invalid={!valid(since)} /></label>
        <label>Until <input value={until} onChange={(e) => setUntil(e.target.value)} placeholder="YYYY" size={10} aria-invalid={!valid(until)} /></label>
      </form>
      <Async state={state}>
        {(g) => (
          <>
            {g.nodes.length ? <GraphView graph={g} /> : <p className="muted">No relation matches.</p>}
            <details className="edge-table">
              <summary>{g.edges.length} relations as a table</summary>
              <table className="table">
                <thead><tr><th>From</th><th>Relation</th><th>To</th><th>Events</th><th>Dates</th></tr></thead>
                <tbody>
                  {g.edges.map((e) => (
                    <tr key={e.id}>
                      <td><Link to={`/actors/${encodeURIComponent(names.get(e.source) ?? e.source)}`}>{names.get(e.source)}</Link></td>
                      <td>{e.type}</td>
                      <td><Link to={`/actors/${encodeURIComponent(names.get(e.target) ?? e.target)}`}>{names.get(e.target)}</Link></td>
                      <td>{e.eventIds.length}</td>
                      <td>{e.first ?? ""}{e.last && e.last !== e.first ? ` – ${e.last}` : ""}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </>
        )}
      </Async>
    </section>
  );
}

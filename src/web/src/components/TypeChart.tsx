import type { ApiOverview } from "../api.js";
import { TYPE_LABEL } from "./common.js";

const ORDER = ["attack", "attribution", "denial", "sanction", "diplomatic", "legal", "condemnation"] as const;

/** Stacked bars: events of each type per year. */
export function TypeChart({ rows }: { rows: ApiOverview["countsByYear"] }) {
  const totals = rows.map((r) => Object.values(r.counts).reduce((a, b) => a + (b ?? 0), 0));
  const max = Math.max(1, ...totals);
  const width = 800;
  const height = 160;
  const slot = (width - 40) / Math.max(1, rows.length);
  const bar = Math.min(56, slot * 0.7);
  const gap = slot - bar;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height + 30}`} role="img" aria-label="Events by type per year">
        <line x1={30} x2={width} y1={height} y2={height} className="axis" />
        <text x={0} y={12} className="tick">{max}</text>
        {rows.map((r, i) => {
          let y = height;
          const x = 36 + i * (bar + gap);
          return (
            <g key={r.year}>
              {ORDER.map((t) => {
                const n = r.counts[t] ?? 0;
                if (!n) return null;
                const h = (n / max) * (height - 10);
                y -= h;
                return (
                  <rect key={t} x={x} y={y} width={bar} height={h} className={`fill-${t}`}>
                    <title>{`${r.year}: ${n} ${t}`}</title>
                  </rect>
                );
              })}
              <text x={x + bar / 2} y={height + 16} className="tick" textAnchor="middle">{`'${r.year.slice(2)}`}</text>
            </g>
          );
        })}
      </svg>
      <figcaption className="legend">
        {ORDER.map((t) => <span key={t}><i className={`swatch fill-${t}`} /> {TYPE_LABEL[t]}</span>)}
      </figcaption>
    </figure>
  );
}

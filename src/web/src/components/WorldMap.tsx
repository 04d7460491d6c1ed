import { geoEqualEarth, geoPath } from "d3-geo";
import { useMemo } from "react";
import { feature } from "topojson-client";
import type { FeatureCollection, Geometry } from "geojson";
import type { Topology, GeometryCollection } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import type { CountryCount } from "../api.js";
import { navigate } from "../router.js";

const WIDTH = 800;
const HEIGHT = 400;

/** Shades countries by how many incidents name them as victim; a click lists those incidents. */
export function WorldMap({ counts }: { counts: CountryCount[] }) {
  const shapes = useMemo(() => {
    const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const fc = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;
    const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], fc);
    const path = geoPath(projection);
    return fc.features.map((f) => ({ id: String(f.id ?? ""), name: f.properties.name, d: path(f) ?? "" }));
  }, []);
  const byNumeric = new Map(counts.filter((c) => c.numeric).map((c) => [c.numeric!, c]));
  const max = Math.max(1, ...counts.map((c) => c.count));
  return (
    <figure className="map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label="World map shaded by number of incidents per victim country">
        {shapes.map((s) => {
          const c = byNumeric.get(s.id);
          const share = c ? 0.25 + 0.75 * (c.count / max) : 0;
          const label = c ? `${c.name}: ${c.count} incident${c.count === 1 ? "" : "s"}` : s.name;
          return (
            <path
              key={s.id + s.name}
              d={s.d}
              className={c ? "country hit" : "country"}
              style={c ? { fillOpacity: share } : undefined}
              tabIndex={c ? 0 : undefined}
              role={c ? "link" : undefined}
              aria-label={c ? label : undefined}
              onClick={c ? () => navigate(`/incidents?victim=${encodeURIComponent(c.name)}`) : undefined}
              onKeyDown={c ? (e) => e.key === "Enter" && navigate(`/incidents?victim=${encodeURIComponent(c.name)}`) : undefined}
            >
              <title>{label}</title>
            </path>
          );
        })}
      </svg>
      <figcaption className="muted">Incidents by victim country (darker: more). Select a country to list its incidents.</figcaption>
    </figure>
  );
}

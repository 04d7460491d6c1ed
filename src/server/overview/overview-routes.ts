import { Hono } from "hono";
import { z } from "zod";
import { EXTRACTOR_VERSION } from "../../extraction/extract.js";
import { writeMode } from "../http/auth.js";
import type { ResourceRoutes, RouteDeps } from "../http/deps.js";
import { isoDay, query } from "../http/validate.js";
import { EDGE_TYPES, graph, loadSnapshot, overview, type EdgeType, type Snapshot } from "./analytics.js";

export const graphQuery = z.object({
  since: isoDay.optional(),
  until: isoDay.optional(),
  types: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(",").map((t) => t.trim()) : [...EDGE_TYPES]))
    .pipe(z.array(z.enum(EDGE_TYPES)).min(1)),
});

/** Snapshots are rebuilt after a write here, or when older than this (another process may write). */
const MAX_AGE_MS = 5_000;

export function overviewRoutes(deps: RouteDeps): ResourceRoutes {
  const { store, policy, generation } = deps;
  let cached: { generation: number; at: number; snapshot: Promise<Snapshot> } | undefined;
  const snapshot = () => {
    if (!cached || cached.generation !== generation() || Date.now() - cached.at > MAX_AGE_MS) {
      const fresh = { generation: generation(), at: Date.now(), snapshot: loadSnapshot(store) };
      fresh.snapshot.catch(() => { if (cached === fresh) cached = undefined; });
      cached = fresh;
    }
    return cached.snapshot;
  };
  const app = new Hono()
    .get("/config", (c) => c.json({ writes: writeMode(policy), extractorVersion: EXTRACTOR_VERSION }))
    .get("/stats", async (c) => c.json(await store.stats()))
    .get("/overview", async (c) => c.json(overview(await snapshot())))
    .get("/graph", async (c) => {
      const q = query(c, graphQuery);
      return c.json(graph(await snapshot(), { ...(q.since ? { since: q.since } : {}), ...(q.until ? { until: q.until } : {}), types: q.types as EdgeType[] }));
    });
  return {
    app,
    docs: [
      { method: "get", path: "/api/config", summary: "How writes are allowed here (open, token or read-only) and the extractor version" },
      { method: "get", path: "/api/stats", summary: "Counts of documents, events by type, incidents, actors and claims" },
      { method: "get", path: "/api/overview", summary: "Latest events, event counts by type per year, most-accused and most-targeted states, incidents by victim country" },
      { method: "get", path: "/api/graph", summary: "Actors and typed edges (accuses, denies, sanctions, expels, indicts), filtered by time and edge type", query: graphQuery },
    ],
  };
}

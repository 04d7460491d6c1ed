import { Hono } from "hono";
import { z } from "zod";
import type { ResourceRoutes, RouteDeps } from "../http/deps.js";
import { query } from "../http/validate.js";
import { presentActor, presentClaim, presentTimeline } from "../present.js";

export const dyadQuery = z.object({ a: z.string().min(1).max(200), b: z.string().min(1).max(200) });

export function dyadRoutes({ store }: RouteDeps): ResourceRoutes {
  const app = new Hono().get("/dyads", async (c) => {
    const q = query(c, dyadQuery);
    const d = await store.dyad(q.a, q.b);
    return c.json({ a: d.a.map(presentActor), b: d.b.map(presentActor), claims: d.claims.map(presentClaim), timeline: d.timeline.map(presentTimeline) });
  });
  return { app, docs: [{ method: "get", path: "/api/dyads", summary: "Everything between two actors (names, aliases or ids), both directions, in date order", query: dyadQuery }] };
}

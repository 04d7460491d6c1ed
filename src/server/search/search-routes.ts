import { Hono } from "hono";
import { z } from "zod";
import type { ResourceRoutes, RouteDeps } from "../http/deps.js";
import { intParam, query } from "../http/validate.js";
import { presentActor, presentSearchHit } from "../present.js";

export const searchQuery = z.object({ q: z.string().trim().min(1, "a search text").max(300), limit: intParam(1, 100, 20) });

export function searchRoutes({ store }: RouteDeps): ResourceRoutes {
  const app = new Hono().get("/search", async (c) => {
    const q = query(c, searchQuery);
    const needle = q.q.toLowerCase();
    const actors = (await store.listActors())
      .filter((a) => [a.name, ...(a.aliases ?? [])].some((n) => n.toLowerCase().includes(needle)))
      .slice(0, q.limit)
      .map(presentActor);
    const documents = (await store.search(q.q, { limit: q.limit })).map(presentSearchHit);
    return c.json({ query: q.q, documents, actors });
  });
  return { app, docs: [{ method: "get", path: "/api/search", summary: "Full-text search over documents, and actors whose name or alias contains the text", query: searchQuery }] };
}

import { Hono } from "hono";
import { z } from "zod";
import { ACTOR_KINDS } from "../../domain/index.js";
import { ApiError } from "../http/errors.js";
import type { ResourceRoutes, RouteDeps } from "../http/deps.js";
import { page, pageQuery, query } from "../http/validate.js";
import { presentActor, presentProfile } from "../present.js";

export const actorListQuery = z.object({
  kind: z.enum(ACTOR_KINDS).optional(),
  q: z.string().max(200).optional(),
  country: z.string().regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 code").optional(),
  sort: z.enum(["name", "-name"]).default("name"),
  ...pageQuery,
});

export function actorRoutes({ store }: RouteDeps): ResourceRoutes {
  const app = new Hono()
    .get("/actors", async (c) => {
      const q = query(c, actorListQuery);
      const needle = q.q?.trim().toLowerCase();
      const all = (await store.listActors(q.kind ? { kind: q.kind } : {}))
        .filter((a) => !q.country || a.country === q.country)
        .filter((a) => !needle || [a.name, ...(a.aliases ?? [])].some((n) => n.toLowerCase().includes(needle)))
        .map(presentActor)
        .sort((a, b) => (q.sort === "name" ? 1 : -1) * a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
      return c.json(page(all, q.limit, q.offset));
    })
    .get("/actors/:name", async (c) => {
      const name = c.req.param("name");
      if (name.length > 200) throw new ApiError("invalid_input", "name: at most 200 characters");
      const profile = await store.getActor(name);
      if (!profile) throw new ApiError("not_found", `no actor named ${name}`);
      return c.json(presentProfile(profile));
    });
  return {
    app,
    docs: [
      { method: "get", path: "/api/actors", summary: "Actors, filtered by kind, country or name, sorted and paged", query: actorListQuery },
      { method: "get", path: "/api/actors/{name}", summary: "An actor (by id, name or alias): as victim, accuser, accused; denials; responses given and received" },
    ],
  };
}

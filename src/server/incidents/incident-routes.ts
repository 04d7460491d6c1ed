import { Hono } from "hono";
import { z } from "zod";
import { ApiError } from "../http/errors.js";
import type { ResourceRoutes, RouteDeps } from "../http/deps.js";
import { isoDay, page, pageQuery, query } from "../http/validate.js";
import { presentDossier, presentIncident, type ApiIncident } from "../present.js";

const SORTS = ["-date", "date", "victim", "sources"] as const;
export const incidentListQuery = z.object({
  victim: z.string().min(1).max(200).optional(),
  accused: z.string().min(1).max(200).optional(),
  since: isoDay.optional(),
  until: isoDay.optional(),
  attackType: z.string().max(40).optional(),
  sort: z.enum(SORTS).default("-date"),
  ...pageQuery,
});

const compareBy: Record<(typeof SORTS)[number], (a: ApiIncident, b: ApiIncident) => number> = {
  // Undated incidents go last in both date orders.
  "-date": (a, b) => (b.date?.value ?? "").localeCompare(a.date?.value ?? "") || a.id.localeCompare(b.id),
  date: (a, b) => (a.date?.value ?? "~").localeCompare(b.date?.value ?? "~") || a.id.localeCompare(b.id),
  victim: (a, b) => a.victim.name.localeCompare(b.victim.name) || a.id.localeCompare(b.id),
  sources: (a, b) => b.sources.length - a.sources.length || a.id.localeCompare(b.id),
};

export function incidentRoutes({ store }: RouteDeps): ResourceRoutes {
  const app = new Hono()
    .get("/incidents", async (c) => {
      const q = query(c, incidentListQuery);
      // The store filters; sorting and paging happen here so every sort sees the whole match set.
      const all = (await store.listIncidents({ victim: q.victim, accused: q.accused, since: q.since, limit: 100_000 }))
        .map(presentIncident)
        .filter((i) => !q.attackType || i.attackType === q.attackType)
        .filter((i) => !q.until || (i.date !== undefined && i.date.value.slice(0, q.until.length) <= q.until))
        .sort(compareBy[q.sort]);
      return c.json(page(all, q.limit, q.offset));
    })
    .get("/incidents/:id", async (c) => {
      const dossier = await store.getIncident(c.req.param("id"));
      if (!dossier) throw new ApiError("not_found", `no incident with id ${c.req.param("id")}`);
      return c.json(presentDossier(dossier));
    });
  return {
    app,
    docs: [
      { method: "get", path: "/api/incidents", summary: "Incidents (attacks grouped across sources), filtered, sorted and paged", query: incidentListQuery },
      { method: "get", path: "/api/incidents/{id}", summary: "An incident's dossier: claims and a timeline from attack to responses" },
    ],
  };
}

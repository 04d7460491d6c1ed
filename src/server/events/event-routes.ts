import { Hono } from "hono";
import { z } from "zod";
import { eventTypeSchema } from "../../domain/index.js";
import { REVIEW_STATUSES } from "../../store/index.js";
import type { ResourceRoutes, RouteDeps } from "../http/deps.js";
import { pageQuery, query } from "../http/validate.js";
import { presentEvent } from "../present.js";

export const eventListQuery = z.object({
  type: eventTypeSchema.optional(),
  status: z.enum(REVIEW_STATUSES).optional(),
  documentId: z.string().min(1).max(300).optional(),
  ...pageQuery,
});

export function eventRoutes({ store }: RouteDeps): ResourceRoutes {
  const app = new Hono().get("/events", async (c) => {
    const q = query(c, eventListQuery);
    // One extra row tells whether another page follows without counting the whole table.
    const rows = await store.listEvents({ type: q.type, status: q.status, documentId: q.documentId, limit: q.limit + 1, offset: q.offset });
    return c.json({ items: rows.slice(0, q.limit).map(presentEvent), limit: q.limit, offset: q.offset, hasMore: rows.length > q.limit });
  });
  return { app, docs: [{ method: "get", path: "/api/events", summary: "Events in document order, filtered by type, review status or document, paged", query: eventListQuery }] };
}

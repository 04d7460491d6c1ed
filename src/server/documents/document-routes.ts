import { Hono } from "hono";
import { z } from "zod";
import { ApiError } from "../http/errors.js";
import type { ResourceRoutes, RouteDeps } from "../http/deps.js";
import { newEventInput, spansInside, toNewEvent } from "../http/event-input.js";
import { jsonBody, page, pageQuery, query } from "../http/validate.js";
import { requireWriteAccess } from "../http/auth.js";
import { presentDocument, presentEvent } from "../present.js";

export const documentListQuery = z.object({
  q: z.string().max(200).optional(),
  sort: z.enum(["-published", "published", "title"]).default("-published"),
  ...pageQuery,
});

export function documentRoutes({ store, policy, changed }: RouteDeps): ResourceRoutes {
  const app = new Hono()
    .get("/documents", async (c) => {
      const q = query(c, documentListQuery);
      const needle = q.q?.toLowerCase();
      const docs = (await store.allExtractions())
        .filter((x) => !needle || (x.document.title ?? x.document.id).toLowerCase().includes(needle))
        .map((x) => ({ ...x.document, events: x.events.length }))
        .sort((a, b) => {
          if (q.sort === "title") return (a.title ?? a.id).localeCompare(b.title ?? b.id);
          const order = (a.published ?? "").localeCompare(b.published ?? "") || a.id.localeCompare(b.id);
          return q.sort === "published" ? order : -order;
        });
      return c.json(page(docs, q.limit, q.offset));
    })
    .get("/documents/:id", async (c) => {
      const doc = await store.getDocument(c.req.param("id"));
      if (!doc) throw new ApiError("not_found", `no document with id ${c.req.param("id")}`);
      return c.json(presentDocument(doc));
    })
    .post("/documents/:id/events", requireWriteAccess(policy), async (c) => {
      const input = await jsonBody(c, newEventInput);
      const doc = await store.getDocument(c.req.param("id"));
      if (!doc) throw new ApiError("not_found", `no document with id ${c.req.param("id")}`);
      if (!spansInside(input.evidence, doc.document.text.length))
        throw new ApiError("invalid_input", `evidence: spans must end within the text (${doc.document.text.length} characters)`);
      const added = await store.addEvent(doc.document.id, toNewEvent(input));
      changed();
      return c.json(presentEvent(added), 201);
    });
  return {
    app,
    docs: [
      { method: "get", path: "/api/documents", summary: "Current documents with their event counts, sorted and paged", query: documentListQuery },
      { method: "get", path: "/api/documents/{id}", summary: "A document's text (plain text) with every extracted event and its evidence spans" },
      {
        method: "post", path: "/api/documents/{id}/events", summary: "Add a missing event by hand (from a text selection); it is stored as accepted",
        body: newEventInput, write: true, responses: { "201": "the new event" },
      },
    ],
  };
}

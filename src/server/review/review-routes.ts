import { Hono } from "hono";
import { z } from "zod";
import { eventTypeSchema } from "../../domain/index.js";
import type { EventReview } from "../../store/index.js";
import { requireWriteAccess } from "../http/auth.js";
import type { ResourceRoutes, RouteDeps } from "../http/deps.js";
import { eventPatchInput, toEventPatch } from "../http/event-input.js";
import { jsonBody, pageQuery, query } from "../http/validate.js";
import { presentEvent } from "../present.js";

export const reviewQueueQuery = z.object({
  status: z.enum(["pending", "accepted", "rejected", "edited"]).default("pending"),
  type: eventTypeSchema.optional(),
  ...pageQuery,
});

export const reviewDecision = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("accept") }),
  z.object({ decision: z.literal("reject") }),
  z.object({ decision: z.literal("reset") }),
  z.object({ decision: z.literal("edit"), patch: eventPatchInput }),
]);
export type ReviewDecision = z.infer<typeof reviewDecision>;

const STATUS_OF = { accept: "accepted", reject: "rejected", reset: "pending", edit: "edited" } as const;

export function reviewRoutes({ store, policy, changed }: RouteDeps): ResourceRoutes {
  const app = new Hono()
    .get("/review", async (c) => {
      const q = query(c, reviewQueueQuery);
      const rows = await store.listEvents({ status: q.status, type: q.type, limit: q.limit + 1, offset: q.offset });
      return c.json({ items: rows.slice(0, q.limit).map(presentEvent), limit: q.limit, offset: q.offset, hasMore: rows.length > q.limit });
    })
    .post("/review/:id", requireWriteAccess(policy), async (c) => {
      const input = await jsonBody(c, reviewDecision);
      const review: EventReview = { status: STATUS_OF[input.decision] };
      if (input.decision === "edit") review.patch = toEventPatch(input.patch);
      const updated = await store.reviewEvent(c.req.param("id"), review);
      changed();
      return c.json(presentEvent(updated));
    });
  return {
    app,
    docs: [
      { method: "get", path: "/api/review", summary: "The review queue: events with a given review status (pending by default)", query: reviewQueueQuery },
      { method: "post", path: "/api/review/{id}", summary: "Accept, reject, reset or edit (roles, date, type...) an event; reviewed events survive re-extraction", body: reviewDecision, write: true },
    ],
  };
}

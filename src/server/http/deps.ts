import type { Hono } from "hono";
import type { ZodType } from "zod";
import type { Store } from "../../store/index.js";
import type { WritePolicy } from "./auth.js";

/** What every handler may use: the store, the write policy, and a hook to drop derived caches after a write. */
export interface RouteDeps {
  store: Store;
  policy: WritePolicy;
  /** Called after every successful write so cached overviews are rebuilt. */
  changed: () => void;
  /** A number that changes with every write; caches compare it. */
  generation: () => number;
}

/** One route as the OpenAPI document lists it (path in OpenAPI form: /api/incidents/{id}). */
export interface RouteDoc {
  method: "get" | "post";
  path: string;
  summary: string;
  query?: ZodType;
  body?: ZodType;
  /** Writes need a bearer token beyond loopback (see http/auth.ts). */
  write?: boolean;
  /** Extra response statuses besides 200 and the error codes every route may give. */
  responses?: Record<string, string>;
}

export interface ResourceRoutes {
  /** Mounted under /api. */
  app: Hono;
  docs: RouteDoc[];
}

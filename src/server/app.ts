import { fileURLToPath } from "node:url";
import { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";
import type { Store } from "../store/index.js";
import { actorRoutes } from "./actors/actor-routes.js";
import { documentRoutes } from "./documents/document-routes.js";
import { dyadRoutes } from "./dyads/dyad-routes.js";
import { eventRoutes } from "./events/event-routes.js";
import type { WritePolicy } from "./http/auth.js";
import type { ResourceRoutes, RouteDeps, RouteDoc } from "./http/deps.js";
import { ApiError, toErrorResponse } from "./http/errors.js";
import { openApiDocument } from "./http/openapi.js";
import { webApp } from "./http/static-files.js";
import { incidentRoutes } from "./incidents/incident-routes.js";
import { ingestRoutes } from "./ingest/ingest-routes.js";
import { overviewRoutes } from "./overview/overview-routes.js";
import { reviewRoutes } from "./review/review-routes.js";
import { searchRoutes } from "./search/search-routes.js";

/** dist/web next to dist/server (the Vite build output). */
export const WEB_ROOT = fileURLToPath(new URL("../web/", import.meta.url));

/** A sub-app mounted beside the API (e.g. the TAXII server at /taxii2/), with its routes for the OpenAPI document. */
export interface ExtraRoutes {
  /** Mount path, e.g. "/taxii2". */
  path: string;
  app: Hono;
  docs?: RouteDoc[];
}

export interface AppDeps {
  store: Store;
  /** ATTRIB_TOKEN, if set. */
  token?: string;
  /** True when listening on loopback only (default true: tests and `serve` on 127.0.0.1). */
  loopback?: boolean;
  /** Built web app folder; `false` serves the API only. Default dist/web. */
  webRoot?: string | false;
  /** Extra sub-apps, mounted before the web app's catch-all. */
  extraRoutes?: ExtraRoutes[];
}

/**
 * The HTTP application: JSON API under /api, extra sub-apps, then the web app at /. Built without
 * a port so tests call `app.request()`; `serve` (src/cli/serve-command.ts) binds it.
 */
export function createApp(deps: AppDeps) {
  const policy: WritePolicy = { loopback: deps.loopback ?? true, ...(deps.token ? { token: deps.token } : {}) };
  let generation = 0;
  const routeDeps: RouteDeps = { store: deps.store, policy, changed: () => void generation++, generation: () => generation };
  const ingest = ingestRoutes(routeDeps);
  const resources: ResourceRoutes[] = [
    overviewRoutes(routeDeps), documentRoutes(routeDeps), eventRoutes(routeDeps), incidentRoutes(routeDeps), actorRoutes(routeDeps),
    dyadRoutes(routeDeps), searchRoutes(routeDeps), reviewRoutes(routeDeps), ingest,
  ];
  const docs: RouteDoc[] = [
    { method: "get", path: "/api/openapi.json", summary: "This OpenAPI 3.1 document" },
    ...resources.flatMap((r) => r.docs),
    ...(deps.extraRoutes ?? []).flatMap((x) => x.docs ?? []),
  ];
  const openapi = openApiDocument(docs, "0.1.0");

  const app = new Hono();
  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Cytoscape and React set element styles from script; no inline <style> or remote sheets are used.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
      },
      referrerPolicy: "no-referrer",
    }),
  );
  app.onError(toErrorResponse);
  const api = new Hono();
  api.get("/openapi.json", (c) => c.json(openapi));
  for (const r of resources) api.route("/", r.app);
  api.all("*", () => {
    throw new ApiError("not_found", "no such API route");
  });
  app.route("/api", api);
  for (const extra of deps.extraRoutes ?? []) app.route(extra.path, extra.app);
  if (deps.webRoot !== false) app.use("*", webApp(deps.webRoot ?? WEB_ROOT));
  app.notFound((c) => toErrorResponse(new ApiError("not_found", `nothing at ${c.req.path}`), c));
  return Object.assign(app, { openapi, ingestJobs: ingest.jobs, routeDocs: docs });
}
export type AttribApp = ReturnType<typeof createApp>;

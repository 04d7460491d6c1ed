import { Hono, type Context } from "hono";
import type { Store } from "../../store/index.js";
import { CollectionSource } from "./collections.js";
import { acceptsTaxii, STIX_MEDIA_TYPE, TAXII_MEDIA_TYPE, taxiiError, taxiiJson } from "./media.js";
import { dateAddedHeaders, filterObjects, page, parseObjectQuery, QueryError, type ObjectQuery } from "./query.js";

export interface TaxiiDeps {
  store: Store;
  /** Shown in discovery. */
  title?: string;
  /** How long a collection's objects are reused between requests (default 30 s; 0 to rebuild each time). */
  cacheMs?: number;
}

/** The one API root's path segment, below wherever the app is mounted. */
export const API_ROOT = "api";

/**
 * A read-only TAXII 2.1 server over the store's STIX export, as a Hono app with paths relative to
 * where it is mounted (`app.route("/taxii2", taxiiApp({ store }))` serves discovery at /taxii2/).
 * Discovery → one API root → collections ("all", and one per incident) → objects, manifest, versions.
 * Every request must accept `application/taxii+json;version=2.1` (else 406); errors are TAXII error messages.
 */
export function taxiiApp(deps: TaxiiDeps): Hono {
  const source = new CollectionSource(deps.store, deps.cacheMs);
  const app = new Hono();

  app.use("*", async (c, next) => {
    if (!acceptsTaxii(c.req.header("Accept")))
      return taxiiError(c, 406, "Not Acceptable", `This is a TAXII 2.1 server: send Accept: ${TAXII_MEDIA_TYPE}`);
    if (c.req.method !== "GET" && c.req.method !== "HEAD") return taxiiError(c, 405, "Method Not Allowed", "This TAXII server is read-only.");
    await next();
  });

  /** Registers a GET route with and without its trailing slash (TAXII URLs end in "/"; some clients drop it). */
  const get = (path: string, handler: (c: Context) => Promise<Response>) => {
    const bare = path.replace(/\/+$/, "");
    for (const p of new Set([bare === "" ? "/" : bare, `${bare}/`])) app.get(p, handler);
  };

  const discovery = async (c: Context) => {
    const apiRoot = new URL(`${API_ROOT}/`, withSlash(c.req.url)).href;
    return taxiiJson(c, {
      title: deps.title ?? "Attrib TAXII server",
      description: "Attrib's findings (state-linked cyberattacks, attribution claims, denials, responses) as STIX 2.1, read-only.",
      default: apiRoot,
      api_roots: [apiRoot],
    });
  };
  get("/", discovery);

  get(`/${API_ROOT}/`, async (c) =>
    taxiiJson(c, {
      title: "Attrib",
      description: "Collections of Attrib's STIX 2.1 export: all findings, and one collection per incident.",
      versions: [TAXII_MEDIA_TYPE],
      max_content_length: 0, // read-only: no request bodies are accepted
    }),
  );

  get(`/${API_ROOT}/collections/`, async (c) => taxiiJson(c, { collections: await source.list() }));

  get(`/${API_ROOT}/collections/:id/`, async (c) => {
    const collection = await source.get(c.req.param("id")!);
    return collection ? taxiiJson(c, collection) : noCollection(c);
  });

  get(`/${API_ROOT}/collections/:id/objects/`, async (c) =>
    withObjects(c, (objects, q) => {
      const p = page(objects, q);
      return taxiiJson(c, { more: p.more, ...(p.next ? { next: p.next } : {}), ...(p.items.length ? { objects: p.items.map((o) => o.object) } : {}) }, 200, dateAddedHeaders(p.items));
    }),
  );

  get(`/${API_ROOT}/collections/:id/manifest/`, async (c) =>
    withObjects(c, (objects, q) => {
      const p = page(objects, q);
      const manifest = p.items.map((o) => ({ id: o.object.id, date_added: o.dateAdded, version: o.version, media_type: STIX_MEDIA_TYPE }));
      return taxiiJson(c, { more: p.more, ...(p.next ? { next: p.next } : {}), ...(manifest.length ? { objects: manifest } : {}) }, 200, dateAddedHeaders(p.items));
    }),
  );

  // One object's envelope and its version list: the same look-up, paged, with a different field out.
  const oneObject = (field: "objects" | "versions") => async (c: Context) =>
    withObjects(c, (objects, q) => {
      const mine = objects.filter((o) => o.object.id === c.req.param("objectId"));
      if (mine.length === 0) return taxiiError(c, 404, "Object not found", `No object ${c.req.param("objectId")} in this collection.`);
      const p = page(mine, q);
      const items = p.items.map((o) => (field === "objects" ? o.object : o.version));
      return taxiiJson(c, { more: p.more, ...(p.next ? { next: p.next } : {}), [field]: items }, 200, dateAddedHeaders(p.items));
    }, { ignoreIdFilter: true });
  get(`/${API_ROOT}/collections/:id/objects/:objectId/`, oneObject("objects"));
  get(`/${API_ROOT}/collections/:id/objects/:objectId/versions/`, oneObject("versions"));

  // Last: whatever else reaches this app. Mounted with app.route("/taxii2", …), Hono maps "/" to
  // "/taxii2" only, so discovery at "/taxii2/" arrives here; anything else is a TAXII 404 (the
  // parent's plain-text notFound would not be a TAXII error message).
  app.all("/*", async (c) => {
    const mount = c.req.routePath.replace(/\/?\*$/, "");
    const rest = new URL(c.req.url).pathname.slice(mount.length);
    if (rest === "" || rest === "/") return discovery(c);
    return taxiiError(c, 404, "Not Found", `Nothing at ${new URL(c.req.url).pathname}; start at the discovery endpoint.`);
  });
  app.notFound((c) => taxiiError(c, 404, "Not Found", `Nothing at ${new URL(c.req.url).pathname}; start at the discovery endpoint.`));
  app.onError((error, c) => taxiiError(c, 500, "Internal Server Error", error.message));

  /** Resolves the collection, parses the query, filters, and hands the result to `respond`. */
  async function withObjects(
    c: Context,
    respond: (objects: ReturnType<typeof filterObjects>, q: ObjectQuery) => Response,
    options: { ignoreIdFilter?: boolean } = {},
  ): Promise<Response> {
    const id = c.req.param("id")!;
    if (!(await source.get(id))) return noCollection(c);
    let q: ObjectQuery;
    try {
      q = parseObjectQuery(c.req.url);
    } catch (e) {
      if (e instanceof QueryError) return taxiiError(c, 400, "Bad Request", e.message);
      throw e;
    }
    if (options.ignoreIdFilter) delete q.ids;
    return respond(filterObjects(await source.objects(id), q), q);
  }

  return app;
}

function noCollection(c: Context): Response {
  return taxiiError(c, 404, "Collection not found", `No collection ${c.req.param("id")} on this API root; list them at ../`);
}

/** Discovery may be requested without its trailing slash; relative URLs must resolve below it. */
function withSlash(url: string): string {
  const u = new URL(url);
  if (!u.pathname.endsWith("/")) u.pathname += "/";
  u.search = "";
  return u.href;
}

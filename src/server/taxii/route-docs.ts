import type { RouteDoc } from "../http/deps.js";

/** The TAXII routes for the server's OpenAPI document, under the mount path (e.g. "/taxii2"). */
export function taxiiRouteDocs(mount: string): RouteDoc[] {
  const api = `${mount}/api`;
  const objects = `${api}/collections/{id}/objects`;
  const paged = { "406": "the client does not accept application/taxii+json;version=2.1" };
  return [
    { method: "get", path: `${mount}/`, summary: "TAXII 2.1 discovery", responses: paged },
    { method: "get", path: `${api}/`, summary: "TAXII 2.1 API root", responses: paged },
    { method: "get", path: `${api}/collections/`, summary: "TAXII collections: all findings, and one per incident", responses: paged },
    { method: "get", path: `${api}/collections/{id}/`, summary: "One TAXII collection", responses: paged },
    { method: "get", path: `${objects}/`, summary: "STIX objects of a collection (added_after, match[type], match[id], match[version], limit, next)", responses: paged },
    { method: "get", path: `${api}/collections/{id}/manifest/`, summary: "Manifest of a collection's objects", responses: paged },
    { method: "get", path: `${objects}/{objectId}/`, summary: "One STIX object", responses: paged },
    { method: "get", path: `${objects}/{objectId}/versions/`, summary: "Versions of one STIX object", responses: paged },
  ];
}

import type { CollectionObject } from "./collections.js";

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

/** The filter and paging parameters of objects, manifest and versions requests (TAXII 3.4, 3.5). */
export interface ObjectQuery {
  addedAfter?: string;
  types?: string[];
  ids?: string[];
  versions?: string[];
  limit: number;
  offset: number;
}

export class QueryError extends Error {}

/** Reads the query string; wrong values are a QueryError (answered 400), not silently ignored. */
export function parseObjectQuery(url: string): ObjectQuery {
  const params = new URL(url).searchParams;
  const list = (name: string) => {
    const values = params.getAll(name).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
    return values.length > 0 ? values : undefined;
  };
  const query: ObjectQuery = { limit: DEFAULT_LIMIT, offset: 0 };
  const addedAfter = params.get("added_after");
  if (addedAfter !== null) {
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(addedAfter) || Number.isNaN(Date.parse(addedAfter)))
      throw new QueryError(`added_after: expected a timestamp such as 2022-09-12T00:00:00.000Z, got "${addedAfter}"`);
    query.addedAfter = new Date(addedAfter).toISOString();
  }
  const limit = params.get("limit");
  if (limit !== null) {
    if (!/^\d+$/.test(limit) || Number(limit) < 1) throw new QueryError(`limit: expected a positive integer, got "${limit}"`);
    query.limit = Math.min(Number(limit), MAX_LIMIT); // the server may return fewer than asked (3.4)
  }
  const next = params.get("next");
  if (next !== null) query.offset = decodeNext(next);
  const types = list("match[type]");
  const ids = list("match[id]");
  const versions = list("match[version]");
  if (types) query.types = types;
  if (ids) query.ids = ids;
  if (versions) query.versions = versions;
  const specVersions = list("match[spec_version]");
  if (specVersions && !specVersions.includes("2.1")) query.types = []; // everything here is STIX 2.1
  return query;
}

/** Applies the filters (not paging). Each object has one version, so first, last and all are the same. */
export function filterObjects(objects: readonly CollectionObject[], q: ObjectQuery): CollectionObject[] {
  return objects.filter(
    (o) =>
      (q.addedAfter === undefined || o.dateAdded > q.addedAfter) &&
      (q.types === undefined || q.types.includes(o.object.type)) &&
      (q.ids === undefined || q.ids.includes(o.object.id)) &&
      (q.versions === undefined || q.versions.some((v) => v === "last" || v === "first" || v === "all" || sameInstant(v, o.version))),
  );
}

export interface Page {
  items: CollectionObject[];
  more: boolean;
  next?: string;
}

export function page(objects: readonly CollectionObject[], q: ObjectQuery): Page {
  const items = objects.slice(q.offset, q.offset + q.limit);
  const more = q.offset + items.length < objects.length;
  return { items, more, ...(more ? { next: encodeNext(q.offset + items.length) } : {}) };
}

/** X-TAXII-Date-Added-First/Last: the date_added of the first and last item returned. */
export function dateAddedHeaders(items: readonly CollectionObject[]): Record<string, string> {
  const first = items[0];
  const last = items.at(-1);
  return first && last ? { "X-TAXII-Date-Added-First": first.dateAdded, "X-TAXII-Date-Added-Last": last.dateAdded } : {};
}

/** `next` is opaque to clients (3.4): the offset into the filtered, ordered list, base64url-encoded. */
function encodeNext(offset: number): string {
  return Buffer.from(`o:${offset}`).toString("base64url");
}

function decodeNext(token: string): number {
  const m = /^o:(\d+)$/.exec(Buffer.from(token, "base64url").toString("utf8"));
  if (!m) throw new QueryError(`next: "${token}" is not a token this server gave`);
  return Number(m[1]);
}

function sameInstant(a: string, b: string): boolean {
  const ta = Date.parse(a);
  return !Number.isNaN(ta) && ta === Date.parse(b);
}

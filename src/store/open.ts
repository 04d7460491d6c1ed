import { openPostgresStore } from "./postgres/postgres-store.js";
import { openSqliteStore } from "./sqlite/sqlite-store.js";
import type { Store } from "./store.js";

export const DEFAULT_DB = "./attrib.db";

/**
 * Opens the store a URL names: `postgres://` or `postgresql://` → PostgreSQL; `sqlite:PATH` or a plain
 * path → an SQLite file (`sqlite::memory:` for a throwaway one). Without a URL: env ATTRIB_DB, else ./attrib.db.
 */
export function openStore(url: string = process.env.ATTRIB_DB || DEFAULT_DB): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(url)) return openPostgresStore(url);
  return openSqliteStore(sqlitePath(url));
}

/** `sqlite:/a/b.db`, `sqlite:///a/b.db` and `sqlite:rel.db` → a file path. */
export function sqlitePath(url: string): string {
  if (!url.startsWith("sqlite:")) return url;
  const rest = url.slice("sqlite:".length);
  return rest.startsWith("//") ? rest.slice(2) : rest;
}

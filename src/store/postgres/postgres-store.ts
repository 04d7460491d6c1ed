import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { KyselyStore } from "../kysely-store.js";
import { migrateToLatest } from "../migrations/index.js";
import type { Database } from "../schema.js";
import { StoreError, type Store } from "../store.js";
import { postgresSearch, postgresSearchMigrations } from "./postgres-search.js";

/** The URL without its password, for error messages. */
export const redactUrl = (url: string): string => url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");

/** Connects a pool to a PostgreSQL database (which must exist) and migrates it. */
export async function openPostgresStore(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 5 });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on("error", () => {});
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end();
    throw new StoreError("unreachable", `could not connect to PostgreSQL at ${redactUrl(url)}: ${(error as Error).message}`, { cause: error });
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrateToLatest(db, postgresSearchMigrations);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return new KyselyStore(db, postgresSearch);
}

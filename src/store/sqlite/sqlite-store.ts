import BetterSqlite3 from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { KyselyStore } from "../kysely-store.js";
import { migrateToLatest } from "../migrations/index.js";
import type { Database } from "../schema.js";
import type { Store } from "../store.js";
import { sqliteSearch, sqliteSearchMigrations } from "./sqlite-search.js";

/** Opens (creating if needed) an SQLite file, in WAL mode so readers do not block the writer. */
export async function openSqliteStore(path: string): Promise<Store> {
  const database = new BetterSqlite3(path);
  if (path !== ":memory:") database.pragma("journal_mode = WAL");
  database.pragma("foreign_keys = ON"); // off by default in SQLite; the schema relies on cascades
  database.pragma("busy_timeout = 5000");
  // In WAL mode NORMAL still survives a killed process (commits are in the WAL); only an OS crash can lose
  // the last commits. It saves an fsync per transaction: 4.5 ms → 0.2 ms per commit measured here.
  database.pragma("synchronous = NORMAL");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  try {
    await migrateToLatest(db, sqliteSearchMigrations);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return new KyselyStore(db, sqliteSearch);
}

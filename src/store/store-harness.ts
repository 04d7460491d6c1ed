/**
 * Test-only: opens fresh stores of each dialect for the contract suite. SQLite gets a file in a temp
 * folder; PostgreSQL a new database per store, created through the `postgres` database and dropped after.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openStore } from "./open.js";
import type { Store } from "./store.js";

export interface DialectHarness {
  name: string;
  /** Set when the dialect cannot run here and may be skipped. */
  skip?: string;
  /** Set when the dialect cannot run here and must not be skipped: the suite fails with it. */
  failure?: string;
  open(): Promise<Store>;
  /** Closes the stores opened and removes their files / databases. */
  cleanup(): Promise<void>;
}

export function sqliteHarness(): DialectHarness {
  const dir = mkdtempSync(join(tmpdir(), "attrib-store-"));
  const stores: Store[] = [];
  let n = 0;
  return {
    name: "sqlite",
    async open() {
      const store = await openStore(join(dir, `store-${n++}.db`));
      stores.push(store);
      return store;
    },
    async cleanup() {
      for (const s of stores.splice(0)) await s.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const PG_BASE = process.env.ATTRIB_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/";

export async function postgresHarness(): Promise<DialectHarness> {
  const admin = new pg.Pool({ connectionString: `${PG_BASE}postgres`, max: 1, connectionTimeoutMillis: 3000 });
  const base: Omit<DialectHarness, "open" | "cleanup"> = { name: "postgres" };
  try {
    await admin.query("select 1");
  } catch (error) {
    await admin.end();
    const why = `PostgreSQL is unreachable at ${PG_BASE}postgres (${(error as Error).message})`;
    const unavailable = async () => {
      throw new Error(why);
    };
    if (process.env.ATTRIB_SKIP_PG === "1") return { ...base, skip: `${why}; skipped because ATTRIB_SKIP_PG=1`, open: unavailable, cleanup: async () => {} };
    return { ...base, failure: `${why}. Start it, set ATTRIB_TEST_PG, or set ATTRIB_SKIP_PG=1 to skip.`, open: unavailable, cleanup: async () => {} };
  }
  const run = `attrib_test_${process.pid}_${Date.now()}`;
  const created: { name: string; store?: Store }[] = [];
  return {
    ...base,
    async open() {
      const entry: { name: string; store?: Store } = { name: `${run}_${created.length}` };
      created.push(entry);
      await admin.query(`create database ${entry.name}`);
      entry.store = await openStore(`${PG_BASE}${entry.name}`);
      return entry.store;
    },
    async cleanup() {
      for (const entry of created.splice(0)) {
        await entry.store?.close().catch(() => {});
        await admin.query(`drop database if exists ${entry.name} with (force)`);
      }
      await admin.end();
    },
  };
}

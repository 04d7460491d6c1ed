import { Option } from "commander";
import { openStore, type Store } from "../store/index.js";

/** `--db`, shared by every command that reads or writes the store. */
export function dbOption(): Option {
  return new Option("--db <url>", "an SQLite file (sqlite:PATH or a path) or a postgres://... URL (default: $ATTRIB_DB, else ./attrib.db)");
}

/** Opens the store, runs `use`, and closes it even when `use` throws. */
export async function withStore<T>(db: string | undefined, use: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(db || process.env.ATTRIB_DB || undefined);
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

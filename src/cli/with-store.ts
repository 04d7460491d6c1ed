import { openStore, type Store } from "../store/index.js";

/** Opens the store `--db` names (else ATTRIB_DB, else ./attrib.db), runs `work`, and always closes it. */
export async function withStore<T>(db: string | undefined, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(db);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

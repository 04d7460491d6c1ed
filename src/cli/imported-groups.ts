import { setExtraActors } from "../extraction/recognize/lexicon.js";
import { loadImportedGroups } from "../knowledge/imported-groups.js";
import type { Store } from "../store/index.js";

/**
 * Makes extraction recognise the threat groups imported into `store` (`attrib knowledge import`).
 * Commands that extract into a store (ingest, reextract) call this once before extracting.
 * Returns how many gazetteer entries were added.
 */
export async function useImportedGroups(store: Store): Promise<number> {
  const actors = await loadImportedGroups(store);
  setExtraActors(actors);
  return actors.length;
}

import type { ImportedGroup } from "../domain/index.js";
import { companies } from "./companies.js";
import { countries } from "./countries.js";
import type { KnownActor } from "./entry.js";
import { formKey } from "./forms.js";
import { governmentBodies } from "./government-bodies.js";
import { organizations } from "./organizations.js";
import { threatGroups, type ThreatGroup } from "./threat-groups.js";

/** Anything that can list imported groups (the Store does); knowledge/ does not depend on store/. */
export interface ImportedGroupSource {
  listImportedGroups(): Promise<ImportedGroup[]>;
}

/**
 * The imported groups as gazetteer entries for the recognizer:
 * `setExtraActors(await loadImportedGroups(store))` before extracting.
 */
export async function loadImportedGroups(store: ImportedGroupSource): Promise<KnownActor[]> {
  return knownActorsFromImports(await store.listImportedGroups());
}

/**
 * Imported files are raw (a MISP galaxy lists "Group 5", country names and vendor notes as synonyms),
 * and the recognizer matches every form as a name, so the same cleaning as the built-in table applies:
 *  - forms shorter than 3 characters, numbers, annotations with ":", "Group 12"-style labels, and
 *    "Operation …" / "… campaign" forms are dropped;
 *  - forms naming a state (country names, demonyms, capitals, seats) or a curated government body,
 *    company or organization are dropped: those are not groups;
 *  - a group the built-in table already knows (by any form) keeps the built-in name and country and
 *    contributes only its new forms; a form naming a different built-in group is dropped;
 *  - a form two imported groups share cannot tell them apart and is dropped from both.
 */
export function knownActorsFromImports(groups: readonly ImportedGroup[]): KnownActor[] {
  const builtinByForm = new Map<string, ThreatGroup>();
  for (const g of threatGroups)
    for (const f of [g.name, ...g.aliases, ...(g.contextAliases ?? []), ...(g.campaigns ?? [])]) builtinByForm.set(formKey(f), g);

  const formCount = new Map<string, number>();
  for (const g of groups) for (const key of new Set([g.name, ...g.aliases].map(formKey))) formCount.set(key, (formCount.get(key) ?? 0) + 1);

  const out: KnownActor[] = [];
  for (const g of groups) {
    const forms = [g.name, ...g.aliases].map((f) => f.trim());
    const builtin = forms.map((f) => builtinByForm.get(formKey(f))).find((b) => b !== undefined);
    const usable = (f: string) => {
      const key = formKey(f);
      if (isJunk(f) || nonGroupForms().has(key) || formCount.get(key) !== 1) return false;
      const owner = builtinByForm.get(key);
      return owner === undefined; // a built-in form is matched already, or names another group
    };
    if (builtin) {
      const extra = forms.filter(usable);
      if (extra.length > 0) out.push({ name: builtin.name, kind: "group", ...(builtin.country ? { country: builtin.country } : g.country ? { country: g.country } : {}), aliases: extra });
      continue;
    }
    const [name, ...aliases] = forms.filter(usable);
    if (name === undefined) continue;
    // The group keeps its own name for output when that is usable; else its first usable alias.
    out.push({ name, kind: "group", ...(g.country ? { country: g.country } : {}), aliases });
  }
  return out;
}

function isJunk(form: string): boolean {
  return (
    form.length < 3 ||
    /^\d+$/.test(form) ||
    form.includes(":") ||
    /^(group|team|gang|crew)[\s-]*\d{1,3}$/i.test(form) ||
    /^(operation|op)\s/i.test(form) ||
    /\bcampaigns?\b/i.test(form)
  );
}

let nonGroup: Set<string> | undefined;
/** Forms that name states and curated non-group actors. */
function nonGroupForms(): Set<string> {
  if (nonGroup) return nonGroup;
  nonGroup = new Set<string>();
  for (const c of countries) for (const f of [c.name, ...c.names, ...c.demonyms, ...c.capitals, ...c.seats]) nonGroup.add(formKey(f));
  for (const a of [...governmentBodies, ...companies, ...organizations]) for (const f of [a.name, ...a.aliases]) nonGroup.add(formKey(f));
  return nonGroup;
}

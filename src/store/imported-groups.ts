import type { Kysely } from "kysely";
import type { ImportedGroup } from "../domain/index.js";
import { chunks } from "./event-reads.js";
import type { Database } from "./schema.js";
import type { GroupImportResult, StoredImportedGroup } from "./store.js";

/** The same group across sources: case, diacritics and spacing do not matter. */
export function groupNameKey(name: string): string {
  return name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * Replaces what `source` said before with `groups` (a re-import of an updated file drops the groups it
 * no longer lists), in one transaction. Groups repeated within the file are merged first.
 */
export async function importGroupsIn(trx: Kysely<Database>, source: string, groups: readonly ImportedGroup[]): Promise<GroupImportResult> {
  const byKey = new Map<string, ImportedGroup>();
  for (const g of groups) {
    const key = groupNameKey(g.name);
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...g, aliases: uniqueNames(g.aliases, g.name) });
    else byKey.set(key, mergeGroup(seen, g));
  }
  const known = new Set<string>();
  for (const part of chunks([...byKey.keys()]))
    for (const r of await trx.selectFrom("imported_groups").select("name_key").where("name_key", "in", part).where("source", "!=", source).execute())
      known.add(r.name_key);
  const before = new Set((await trx.selectFrom("imported_groups").select("name_key").where("source", "=", source).execute()).map((r) => r.name_key));
  await trx.deleteFrom("imported_groups").where("source", "=", source).execute();
  const now = new Date().toISOString();
  const rows = [...byKey.entries()].map(([name_key, g]) => ({
    source,
    name_key,
    name: g.name,
    aliases: JSON.stringify(g.aliases),
    country: g.country ?? null,
    sponsor: g.sponsor ?? null,
    imported_at: now,
  }));
  for (const part of chunks(rows, 200)) await trx.insertInto("imported_groups").values(part).execute();
  const added = [...byKey.keys()].filter((k) => !known.has(k) && !before.has(k)).length;
  const removed = [...before].filter((k) => !byKey.has(k)).length;
  return { source, groups: byKey.size, added, merged: byKey.size - added, removed };
}

/** Every imported group, merged across sources (aliases united, first country given), by name. */
export async function listImportedGroups(db: Kysely<Database>): Promise<StoredImportedGroup[]> {
  const rows = await db.selectFrom("imported_groups").selectAll().orderBy("name_key").orderBy("imported_at").orderBy("source").execute();
  const out = new Map<string, StoredImportedGroup>();
  for (const r of rows) {
    const group: ImportedGroup = {
      name: r.name,
      aliases: JSON.parse(r.aliases) as string[],
      ...(r.country ? { country: r.country } : {}),
      ...(r.sponsor ? { sponsor: r.sponsor } : {}),
    };
    const seen = out.get(r.name_key);
    out.set(r.name_key, seen ? { ...mergeGroup(seen, group), sources: [...seen.sources, r.source] } : { ...group, sources: [r.source] });
  }
  return [...out.values()];
}

/** Deletes a group (by name or alias, from every source) or everything one source brought; returns the rows removed. */
export async function removeImportedGroups(db: Kysely<Database>, filter: { name?: string; source?: string }): Promise<number> {
  let q = db.deleteFrom("imported_groups");
  if (filter.source !== undefined) q = q.where("source", "=", filter.source);
  if (filter.name !== undefined) {
    const key = groupNameKey(filter.name);
    // A group is also found by an alias, so `remove "Fancy Bear"` removes the group listed as APT28.
    const keys = new Set([key]);
    for (const g of await listImportedGroups(db))
      if ([g.name, ...g.aliases].some((n) => groupNameKey(n) === key)) keys.add(groupNameKey(g.name));
    q = q.where("name_key", "in", [...keys]);
  }
  const result = await q.executeTakeFirst();
  return Number(result.numDeletedRows);
}

function mergeGroup(a: ImportedGroup, b: ImportedGroup): ImportedGroup {
  const country = a.country ?? b.country;
  const sponsor = a.sponsor ?? b.sponsor;
  return {
    name: a.name,
    aliases: uniqueNames([...a.aliases, b.name, ...b.aliases], a.name),
    ...(country ? { country } : {}),
    ...(sponsor ? { sponsor } : {}),
  };
}

/** Aliases once each (by folded form), never the name itself. */
function uniqueNames(names: readonly string[], name: string): string[] {
  const seen = new Set([groupNameKey(name)]);
  const out: string[] = [];
  for (const n of names) {
    const key = groupNameKey(n);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    out.push(n.trim());
  }
  return out;
}

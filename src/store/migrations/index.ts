import { Migrator, type Kysely, type Migration, type MigrationProvider } from "kysely";
import { StoreError } from "../store.js";
import { coreTables } from "./0001-core-tables.js";
import { importedGroupsTable } from "./0003-imported-groups.js";

/**
 * Migrations shared by every dialect, keyed by name (the Migrator runs them in name order).
 * They live in code, not in files read from disk, so compiled dist/ needs nothing beside it.
 */
export const coreMigrations: Readonly<Record<string, Migration>> = {
  "0001-core-tables": coreTables,
  // 0002 is each dialect's full-text search.
  "0003-imported-groups": importedGroupsTable,
};

/** Hands the Migrator a fixed map of migrations. */
export class InCodeMigrationProvider implements MigrationProvider {
  constructor(private readonly migrations: Readonly<Record<string, Migration>>) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return { ...this.migrations };
  }
}

/**
 * Brings a database to the latest schema: the core migrations plus the dialect's own
 * (full-text search), named so they sort after the core ones they build on.
 */
export async function migrateToLatest(db: Kysely<any>, dialectMigrations: Readonly<Record<string, Migration>>): Promise<void> {
  const migrator = new Migrator({ db, provider: new InCodeMigrationProvider({ ...coreMigrations, ...dialectMigrations }) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "(before any migration ran)";
    throw new StoreError("migration_failed", `database migration ${failed} failed: ${String(error)}`, { cause: error });
  }
}

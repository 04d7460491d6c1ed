import type { Kysely, Migration } from "kysely";

/**
 * Threat groups imported from knowledge files, one row per group and source file, so that removing
 * one file's import leaves what other files said about the same group.
 */
export const importedGroupsTable: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable("imported_groups")
      .addColumn("source", "text", (c) => c.notNull())
      .addColumn("name_key", "text", (c) => c.notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("aliases", "text", (c) => c.notNull())
      .addColumn("country", "text")
      .addColumn("sponsor", "text")
      .addColumn("imported_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("imported_groups_pk", ["source", "name_key"])
      .execute();
    await db.schema.createIndex("imported_groups_name").on("imported_groups").column("name_key").execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropTable("imported_groups").execute();
  },
};

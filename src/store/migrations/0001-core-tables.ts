import type { Kysely, Migration } from "kysely";

/** Documents, actors, events with roles and evidence, and the incident/claim groupings. */
export const coreTables: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable("documents")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("external_id", "text", (c) => c.notNull())
      .addColumn("title", "text")
      .addColumn("published", "text")
      .addColumn("url", "text")
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("content_hash", "text", (c) => c.notNull())
      .addColumn("language", "text")
      .addColumn("extraction_version", "text")
      .addColumn("ingested_at", "text", (c) => c.notNull())
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("previous_id", "text", (c) => c.references("documents.id"))
      .addColumn("superseded_by", "text")
      .execute();
    await db.schema.createIndex("documents_hash").on("documents").column("content_hash").execute();
    await db.schema.createIndex("documents_url").on("documents").column("url").execute();

    await db.schema
      .createTable("actors")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("country", "text")
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("aliases", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("events")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("document_id", "text", (c) => c.notNull().references("documents.id").onDelete("cascade"))
      .addColumn("ordinal", "integer", (c) => c.notNull())
      .addColumn("type", "text", (c) => c.notNull())
      .addColumn("action", "text")
      .addColumn("attack_type", "text")
      .addColumn("systems", "text")
      .addColumn("hedged", "integer", (c) => c.notNull())
      .addColumn("date_value", "text")
      .addColumn("date_precision", "text")
      .addColumn("confidence", "double precision")
      .addColumn("origin", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("events_document").on("events").column("document_id").execute();

    await db.schema
      .createTable("event_roles")
      .addColumn("event_id", "text", (c) => c.notNull().references("events.id").onDelete("cascade"))
      .addColumn("role", "text", (c) => c.notNull())
      .addColumn("actor_id", "text", (c) => c.notNull().references("actors.id"))
      .addColumn("surface_name", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("event_roles_pk", ["event_id", "role"])
      .execute();
    await db.schema.createIndex("event_roles_actor").on("event_roles").column("actor_id").execute();

    await db.schema
      .createTable("evidence_spans")
      .addColumn("event_id", "text", (c) => c.notNull().references("events.id").onDelete("cascade"))
      .addColumn("ordinal", "integer", (c) => c.notNull())
      .addColumn("start", "integer", (c) => c.notNull())
      .addColumn("end", "integer", (c) => c.notNull())
      .addColumn("quote", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("evidence_spans_pk", ["event_id", "ordinal"])
      .execute();

    await db.schema
      .createTable("incidents")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("victim_id", "text", (c) => c.notNull().references("actors.id"))
      .addColumn("attack_type", "text")
      .addColumn("operation", "text")
      .addColumn("date_value", "text")
      .addColumn("date_precision", "text")
      .execute();
    await db.schema
      .createTable("incident_events")
      .addColumn("incident_id", "text", (c) => c.notNull().references("incidents.id").onDelete("cascade"))
      .addColumn("event_id", "text", (c) => c.notNull().references("events.id").onDelete("cascade"))
      .addPrimaryKeyConstraint("incident_events_pk", ["incident_id", "event_id"])
      .execute();

    await db.schema
      .createTable("claims")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("attributor_id", "text", (c) => c.notNull().references("actors.id"))
      .addColumn("accused_id", "text", (c) => c.notNull().references("actors.id"))
      .addColumn("incident_id", "text", (c) => c.references("incidents.id").onDelete("set null"))
      .addColumn("hedged", "integer", (c) => c.notNull())
      .addColumn("date_value", "text")
      .addColumn("date_precision", "text")
      .execute();
    await db.schema
      .createTable("claim_events")
      .addColumn("claim_id", "text", (c) => c.notNull().references("claims.id").onDelete("cascade"))
      .addColumn("event_id", "text", (c) => c.notNull().references("events.id").onDelete("cascade"))
      .addPrimaryKeyConstraint("claim_events_pk", ["claim_id", "event_id"])
      .execute();

    await db.schema
      .createTable("store_meta")
      .addColumn("key", "text", (c) => c.primaryKey())
      .addColumn("value", "text", (c) => c.notNull())
      .execute();
  },

  async down(db: Kysely<any>) {
    for (const t of ["store_meta", "claim_events", "claims", "incident_events", "incidents", "evidence_spans", "event_roles", "events", "actors", "documents"])
      await db.schema.dropTable(t).execute();
  },
};

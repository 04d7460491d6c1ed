import type { Kysely } from "kysely";
import type { ZodType } from "zod";
import { articleSchema, eventSchema, type Article, type CyberEvent, type Extraction } from "../domain/index.js";
import { putDocumentIn } from "./document-writes.js";
import { loadEvents, toCyberEvent, toStoredEvent } from "./event-reads.js";
import { eventColumns, insertEvent, machineEventId, reviewEventId, writeRolesAndSpans } from "./event-writes.js";
import { importedGroupSchema, type ImportedGroup } from "../domain/index.js";
import { importGroupsIn, listImportedGroups, removeImportedGroups } from "./imported-groups.js";
import * as queries from "./queries.js";
import { markRelinkPending, relink, relinkIn, relinkPending, visibleEvents } from "./relink.js";
import type { Database } from "./schema.js";
import {
  REVIEW_STATUSES, StoreError, type DocumentRef, type DocumentWithEvents, type EventFilter, type EventReview, type PutResult, type SaveOptions,
  type SaveResult, type SearchHit, type Store, type StoredDocument, type StoredEvent,
} from "./store.js";

/** The one thing a dialect adds besides its connection: full-text search over current documents. */
export type SearchFn = (db: Kysely<Database>, text: string, limit: number) => Promise<SearchHit[]>;

export interface SearchRow { id: string; title: string | null; url: string | null; published: string | null; snippet: string; score: number | string }

export function toSearchHit(r: SearchRow): SearchHit {
  return {
    documentId: r.id,
    ...(r.title ? { title: r.title } : {}),
    ...(r.url ? { url: r.url } : {}),
    ...(r.published ? { published: r.published } : {}),
    snippet: r.snippet,
    score: Number(r.score),
  };
}

/** The Store over any Kysely database with the shared schema; dialect folders construct it. */
export class KyselyStore implements Store {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly searchFn: SearchFn,
  ) {}

  async putDocument(article: Article, options: SaveOptions = {}): Promise<PutResult> {
    valid(articleSchema, article, "article");
    return this.db.transaction().execute((trx) => putDocumentIn(trx, article, options));
  }

  async saveExtraction(article: Article, extraction: Extraction, options: SaveOptions = {}): Promise<SaveResult> {
    valid(articleSchema, article, "article");
    const events = extraction.events.map((e, i) => valid(eventSchema, e, `event ${i}`));
    return this.db.transaction().execute(async (trx) => {
      const put = await putDocumentIn(trx, article, options);
      if (options.extractionVersion)
        await trx.updateTable("documents").set({ extraction_version: options.extractionVersion }).where("id", "=", put.id).execute();
      // Only untouched machine output is replaced; what a person added or reviewed stays.
      await trx.deleteFrom("events").where("document_id", "=", put.id).where("origin", "=", "machine").where("status", "=", "pending").execute();
      const kept = new Set((await trx.selectFrom("events").select("id").where("document_id", "=", put.id).execute()).map((r) => r.id));
      const keptCount = kept.size;
      let written = 0;
      for (const [ordinal, event] of events.entries()) {
        const id = machineEventId(put.id, event);
        if (kept.has(id)) continue; // already reviewed, or the extraction repeats an event
        kept.add(id);
        await insertEvent(trx, event, { id, documentId: put.id, text: article.text, ordinal, origin: "machine", status: "pending" });
        written++;
      }
      if (options.relink !== false) await relinkIn(trx);
      else await markRelinkPending(trx); // committed with the document, so a killed bulk load is noticed
      return { ...put, written, kept: keptCount };
    });
  }

  relink(): Promise<void> {
    return relink(this.db);
  }

  needsRelink(): Promise<boolean> {
    return relinkPending(this.db);
  }

  async listDocuments(): Promise<DocumentRef[]> {
    const rows = await this.db
      .selectFrom("documents")
      .select(["id", "title", "language", "extraction_version"])
      .where("superseded_by", "is", null)
      .orderBy("id")
      .execute();
    return rows.map((r) => ({
      id: r.id,
      ...(r.title !== null ? { title: r.title } : {}),
      ...(r.language !== null ? { language: r.language } : {}),
      ...(r.extraction_version !== null ? { extractionVersion: r.extraction_version } : {}),
    }));
  }

  async hasDocumentHash(hash: string): Promise<boolean> {
    return (await this.db.selectFrom("documents").select("id").where("content_hash", "=", hash).executeTakeFirst()) !== undefined;
  }

  async getDocument(id: string): Promise<DocumentWithEvents | undefined> {
    const row = await this.db.selectFrom("documents").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) return undefined;
    const document: StoredDocument = {
      id: row.id,
      text: row.text,
      contentHash: row.content_hash,
      version: row.version,
      ingestedAt: row.ingested_at,
      ...(row.title !== null ? { title: row.title } : {}),
      ...(row.published !== null ? { published: row.published } : {}),
      ...(row.url !== null ? { url: row.url } : {}),
      ...(row.language !== null ? { language: row.language } : {}),
      ...(row.previous_id !== null ? { previousId: row.previous_id } : {}),
      ...(row.superseded_by !== null ? { supersededBy: row.superseded_by } : {}),
      ...(row.extraction_version !== null ? { extractionVersion: row.extraction_version } : {}),
    };
    return { document, events: await this.listEvents({ documentId: id, limit: 100_000 }) };
  }

  async listEvents(filter: EventFilter = {}): Promise<StoredEvent[]> {
    let q = this.db.selectFrom("events").select("id");
    if (filter.type) q = q.where("type", "=", filter.type);
    if (filter.status) q = q.where("status", "=", filter.status);
    if (filter.documentId) q = q.where("document_id", "=", filter.documentId);
    const ids = await q.orderBy("document_id").orderBy("ordinal").orderBy("id").limit(filter.limit ?? 100).offset(filter.offset ?? 0).execute();
    return (await loadEvents(this.db, ids.map((r) => r.id))).map(toStoredEvent);
  }

  async reviewEvent(id: string, review: EventReview): Promise<StoredEvent> {
    if (!REVIEW_STATUSES.includes(review.status))
      throw new StoreError("invalid_input", `review status: expected one of ${REVIEW_STATUSES.join(", ")}, found ${String(review.status)}`);
    await this.db.transaction().execute(async (trx) => {
      const [current] = await loadEvents(trx, [id]);
      if (!current) throw new StoreError("not_found", `no event with id ${id}`);
      if (review.patch) {
        const event = valid(eventSchema, { ...toCyberEvent(current), ...review.patch }, "patched event");
        const { text } = await trx.selectFrom("documents").select("text").where("id", "=", current.row.document_id).executeTakeFirstOrThrow();
        await trx
          .updateTable("events")
          .set(eventColumns(event))
          .where("id", "=", id)
          .execute();
        await writeRolesAndSpans(trx, event, { id, text });
      }
      await trx.updateTable("events").set({ status: review.status }).where("id", "=", id).execute();
      await relinkIn(trx);
    });
    const [updated] = await loadEvents(this.db, [id]);
    return toStoredEvent(updated!);
  }

  async addEvent(documentId: string, event: CyberEvent): Promise<StoredEvent> {
    valid(eventSchema, event, "event");
    const id = reviewEventId(documentId);
    await this.db.transaction().execute(async (trx) => {
      const doc = await trx.selectFrom("documents").select("text").where("id", "=", documentId).executeTakeFirst();
      if (!doc) throw new StoreError("not_found", `no document with id ${documentId}`);
      const last = await trx.selectFrom("events").select((eb) => eb.fn.max("ordinal").as("n")).where("document_id", "=", documentId).executeTakeFirst();
      const ordinal = Number(last?.n ?? -1) + 1;
      await insertEvent(trx, event, { id, documentId, text: doc.text, ordinal, origin: "review", status: "accepted" });
      await relinkIn(trx);
    });
    const [added] = await loadEvents(this.db, [id]);
    return toStoredEvent(added!);
  }

  stats = () => queries.stats(this.db);
  listIncidents = (filter?: Parameters<Store["listIncidents"]>[0]) => queries.listIncidents(this.db, filter);
  getIncident = (id: string) => queries.getIncident(this.db, id);
  listActors = (filter?: Parameters<Store["listActors"]>[0]) => queries.listActors(this.db, filter);
  getActor = (name: string) => queries.getActor(this.db, name);
  dyad = (a: string, b: string) => queries.dyad(this.db, a, b);
  listClaims = (filter?: Parameters<Store["listClaims"]>[0]) => queries.listClaims(this.db, filter);

  async importGroups(source: string, groups: ImportedGroup[]) {
    if (source.trim() === "") throw new StoreError("invalid_input", "import source: expected a file name, found an empty string");
    const checked = groups.map((g, i) => valid(importedGroupSchema, g, `group ${i} (${String((g as { name?: unknown }).name)})`));
    return this.db.transaction().execute((trx) => importGroupsIn(trx, source, checked));
  }

  listImportedGroups = () => listImportedGroups(this.db);

  async removeImportedGroups(filter: { name?: string; source?: string }): Promise<number> {
    if (filter.name === undefined && filter.source === undefined)
      throw new StoreError("invalid_input", "remove imported groups: give a name or a source");
    return removeImportedGroups(this.db, filter);
  }

  search(text: string, options: { limit?: number } = {}): Promise<SearchHit[]> {
    return this.searchFn(this.db, text, options.limit ?? 20);
  }

  async allExtractions(): Promise<Extraction[]> {
    const docs = await this.db.selectFrom("documents").select(["id", "title", "published", "url", "language"]).where("superseded_by", "is", null).orderBy("id").execute();
    const eventIds = (await visibleEvents(this.db).select("e.id").execute()).map((r) => r.id);
    const byDocument = new Map<string, CyberEvent[]>();
    for (const e of await loadEvents(this.db, eventIds)) {
      if (!byDocument.has(e.row.document_id)) byDocument.set(e.row.document_id, []);
      byDocument.get(e.row.document_id)!.push(toCyberEvent(e));
    }
    return docs.map((d) => ({
      document: {
        id: d.id,
        ...(d.title !== null ? { title: d.title } : {}),
        ...(d.published !== null ? { published: d.published } : {}),
        ...(d.url !== null ? { url: d.url } : {}),
        ...(d.language !== null ? { language: d.language } : {}),
      },
      events: byDocument.get(d.id) ?? [],
    }));
  }

  close(): Promise<void> {
    return this.db.destroy();
  }
}

/** Checks input at the store's edge, so a bad JSON file fails with a message, not a constraint error. */
function valid<T>(schema: ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
  throw new StoreError("invalid_input", `${what} is not valid: ${issues}`);
}

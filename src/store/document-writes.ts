import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Article } from "../domain/index.js";
import type { Database } from "./schema.js";
import type { PutResult, SaveOptions } from "./store.js";

export const contentHash = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

/**
 * Writes an article inside the caller's transaction. The same text is never stored twice; a different
 * text at the URL (or under the id) of a stored document becomes its next version, and the old row is
 * marked superseded so queries see only the current text.
 */
export async function putDocumentIn(db: Kysely<Database>, article: Article, options: SaveOptions = {}): Promise<PutResult> {
  const hash = contentHash(article.text);
  const same = await db
    .selectFrom("documents")
    .select("id")
    .where("content_hash", "=", hash)
    .orderBy("version", "desc")
    .executeTakeFirst();
  if (same) return { id: same.id, status: "unchanged" };

  const prior = await db
    .selectFrom("documents")
    .selectAll()
    .where("superseded_by", "is", null)
    .where((eb) => {
      const matches = [eb("external_id", "=", article.id), eb("id", "=", article.id)];
      if (article.url) matches.push(eb("url", "=", article.url));
      return eb.or(matches);
    })
    .orderBy("version", "desc")
    .executeTakeFirst();

  let id = article.id;
  if (prior) {
    const taken = await db.selectFrom("documents").select("id").where("id", "=", id).executeTakeFirst();
    if (taken) id = `${prior.external_id}@v${prior.version + 1}`;
  }
  await db
    .insertInto("documents")
    .values({
      id,
      external_id: prior?.external_id ?? article.id,
      title: article.title ?? null,
      published: article.published ?? null,
      url: article.url ?? null,
      text: article.text,
      content_hash: hash,
      language: article.language ?? null,
      extraction_version: options.extractionVersion ?? null,
      ingested_at: new Date().toISOString(),
      version: prior ? prior.version + 1 : 1,
      previous_id: prior?.id ?? null,
      superseded_by: null,
    })
    .execute();
  if (!prior) return { id, status: "inserted" };
  await db.updateTable("documents").set({ superseded_by: id }).where("id", "=", prior.id).execute();
  return { id, status: "new-version", previousId: prior.id };
}

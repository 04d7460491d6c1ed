import { sql, type Kysely, type Migration } from "kysely";
import { toSearchHit, type SearchFn, type SearchRow } from "../kysely-store.js";

/**
 * FTS5 over title and text. The index keeps its own copy of the text rather than pointing at
 * `documents` as external content: external content addresses rows by rowid, and `documents` (a text
 * primary key) has only an implicit rowid, which VACUUM may renumber. Triggers keep the copy in sync.
 */
export const sqliteSearchMigrations: Record<string, Migration> = {
  "0002-search": {
    async up(db: Kysely<any>) {
      await sql`create virtual table documents_fts using fts5(document_id unindexed, title, text, tokenize = 'porter unicode61')`.execute(db);
      await sql`create trigger documents_fts_insert after insert on documents begin
        insert into documents_fts (document_id, title, text) values (new.id, new.title, new.text); end`.execute(db);
      await sql`create trigger documents_fts_delete after delete on documents begin
        delete from documents_fts where document_id = old.id; end`.execute(db);
      await sql`create trigger documents_fts_update after update of title, text on documents begin
        delete from documents_fts where document_id = old.id;
        insert into documents_fts (document_id, title, text) values (new.id, new.title, new.text); end`.execute(db);
    },
    async down(db: Kysely<any>) {
      for (const t of ["documents_fts_insert", "documents_fts_delete", "documents_fts_update"]) await sql`drop trigger ${sql.id(t)}`.execute(db);
      await sql`drop table documents_fts`.execute(db);
    },
  },
};

/** Words only, each quoted: user input never reaches FTS5's query syntax (AND of all words). */
export function ftsQuery(text: string): string {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => `"${w}"`).join(" ");
}

export const sqliteSearch: SearchFn = async (db, text, limit) => {
  const match = ftsQuery(text);
  if (match === "") return [];
  const { rows } = await sql<SearchRow>`
    select d.id, d.title, d.url, d.published,
           snippet(documents_fts, 2, '[', ']', '…', 16) as snippet,
           -bm25(documents_fts) as score
    from documents_fts f join documents d on d.id = f.document_id
    where documents_fts match ${match} and d.superseded_by is null
    order by score desc, d.id
    limit ${limit}`.execute(db);
  return rows.map(toSearchHit);
};

import { sql, type Kysely, type Migration } from "kysely";
import { toSearchHit, type SearchFn, type SearchRow } from "../kysely-store.js";

/** A stored tsvector column generated from title (weight A) and text (weight B), with a GIN index. */
export const postgresSearchMigrations: Record<string, Migration> = {
  "0002-search": {
    async up(db: Kysely<any>) {
      await sql`alter table documents add column search_vector tsvector generated always as (
        setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')) stored`.execute(db);
      await sql`create index documents_search on documents using gin (search_vector)`.execute(db);
    },
    async down(db: Kysely<any>) {
      await sql`drop index documents_search`.execute(db);
      await sql`alter table documents drop column search_vector`.execute(db);
    },
  },
};

/** websearch_to_tsquery accepts anything a person types ("quoted phrases", -not, or). */
export const postgresSearch: SearchFn = async (db, text, limit) => {
  if (text.trim() === "") return [];
  const { rows } = await sql<SearchRow>`
    select d.id, d.title, d.url, d.published,
           ts_headline('english', d.text, q, 'StartSel=[, StopSel=], MaxWords=20, MinWords=8') as snippet,
           ts_rank(d.search_vector, q) as score
    from documents d, websearch_to_tsquery('english', ${text}) q
    where d.search_vector @@ q and d.superseded_by is null
    order by score desc, d.id
    limit ${limit}`.execute(db);
  return rows.map(toSearchHit);
};

import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// One search across the read side (GET /v1/search), kept by its own projection (search-v1): a row
// per thing a reader can find (claim, source, entity, metric, comment) with its words in a
// weighted tsvector that PostgreSQL computes from the row (the projector writes plain text, in
// batches), and the names of entities, metrics and sources lower-cased for partial words through
// pg_trgm (installed by list_indexes).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table rm_search (
      doc_id          text primary key,
      kind            text not null check (kind in ('claim', 'source', 'entity', 'metric', 'comment')),
      claim_id        text,
      source_id       text,
      entity_id       text,
      metric_id       text,
      comment_id      text,
      publisher       text,
      published_start date,
      -- Weight A: a name or a title; B: a quote, aliases, an attribution, a publisher, a comment;
      -- C: long texts (a source's text, a claim's note).
      heading         text not null,
      detail          text,
      body            text,
      -- Entities', metrics' and sources' names, lower-case, for partial words; null for the rest.
      names           text,
      document        tsvector generated always as (
                        setweight(to_tsvector('english', heading), 'A') ||
                        setweight(to_tsvector('english', coalesce(detail, '')), 'B') ||
                        setweight(to_tsvector('english', coalesce(body, '')), 'C')) stored,
      position        bigint not null
    )`.execute(db);
  await sql`create index rm_search_document_idx on rm_search using gin (document)`.execute(db);
  await sql`create index rm_search_names_idx on rm_search using gin (names gin_trgm_ops) where names is not null`.execute(db);
  // A comment copies its claim's subject, metric and publisher; a source's new publisher or date
  // is copied to its claims and their comments.
  await sql`create index rm_search_claim_idx on rm_search (claim_id) where claim_id is not null`.execute(db);
  await sql`create index rm_search_source_idx on rm_search (source_id) where source_id is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table rm_search`.execute(db);
}

import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// The lists of sources and claims (GET /v1/sources, GET /v1/claims) page through the read
// models in a stable order and filter them. Entities and metrics are catalogues read in
// primary-key order; their prefix search reads each row of the page's range.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Sources newest first, then by id: the order and the keyset cursor of the list.
  await sql`create index rm_sources_listed_idx on rm_sources (published_start desc, source_id)`.execute(db);
  await sql`create index rm_sources_publisher_idx on rm_sources (lower(publisher))`.execute(db);
  // Words anywhere in the title or publisher (`like '%words%'`): a trigram index answers that
  // without reading every source. pg_trgm is a trusted contrib extension, as btree_gist is.
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`
    create index rm_sources_search_idx on rm_sources
    using gin ((lower(coalesce(publisher, '') || E'\\n' || title)) gin_trgm_ops)`.execute(db);
  // Claims as they stand now, in the order they were first recorded.
  await sql`create index rm_claims_listed_idx on rm_claims (first_recorded_at, claim_id) where recorded_to is null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index rm_claims_listed_idx`.execute(db);
  await sql`drop index rm_sources_search_idx`.execute(db);
  await sql`drop index rm_sources_publisher_idx`.execute(db);
  await sql`drop index rm_sources_listed_idx`.execute(db);
}

import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// Most claims of a data set carry no words of their own (no quote, attribution or note): their
// rm_search row had an empty document that no search can match, and cost as much to write as
// any other (a tsvector, a GIN entry, three btree entries): about 7% of the server's CPU in an
// import. The search projection keeps them here instead, as what a comment on them copies
// (their source, subject and metric); the rows already written move over.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table rm_search_claims (
      claim_id  text primary key,
      source_id text not null,
      entity_id text not null,
      metric_id text not null,
      position  bigint not null
    )`.execute(db);
  await sql`
    with moved as (
      delete from rm_search
      where kind = 'claim' and heading = '' and coalesce(detail, '') = '' and coalesce(body, '') = ''
      returning claim_id, source_id, entity_id, metric_id, position
    )
    insert into rm_search_claims select * from moved`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    insert into rm_search (doc_id, kind, claim_id, source_id, entity_id, metric_id, publisher, published_start, heading, position)
    select 'claim:' || c.claim_id, 'claim', c.claim_id, c.source_id, c.entity_id, c.metric_id, s.publisher, s.published_start, '', c.position
    from rm_search_claims c left join rm_search s on s.doc_id = 'source:' || c.source_id`.execute(db);
  await sql`drop table rm_search_claims`.execute(db);
}

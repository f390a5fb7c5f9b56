import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// A comment on a claim without words takes the claim's source, subject and metric from the
// claim's ClaimRecorded event in the log: rm_search_claims, a row per such claim kept only for
// that, goes. Those claims are most of a data set, and their rows were written at every import
// for the few that are ever commented on. On the way down the rows are drawn from the log again.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`drop table rm_search_claims`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table rm_search_claims (
      claim_id  text primary key,
      source_id text not null,
      entity_id text not null,
      metric_id text not null,
      position  bigint not null
    )`.execute(db);
  // The claims with no quote, attribution or note, as the search projection tells them apart;
  // those it has not reached yet too (it skips them when it does).
  await sql`
    insert into rm_search_claims (claim_id, source_id, entity_id, metric_id, position)
    select e.data ->> 'claimId', e.data ->> 'sourceId', e.data ->> 'entityId', e.data ->> 'metricId', e.global_position
    from events e
    where e.event_type = 'ClaimRecorded'
      and coalesce(e.data -> 'quote' ->> 'text', '') = '' and coalesce(e.data ->> 'attribution', '') = '' and coalesce(e.data ->> 'note', '') = ''
    on conflict (claim_id) do nothing`.execute(db);
}

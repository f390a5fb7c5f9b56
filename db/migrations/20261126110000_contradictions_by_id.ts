import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// Every contradiction of the fact summaries, by id, with the fact and the claims it is about: an
// editor's resolution names a contradiction by id, and the command finds its claims here with
// one probe rather than by searching every summary. The projector keeps it with the summaries.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table rm_contradictions (
      contradiction_id uuid primary key,
      entity_id        text not null,
      metric_id        text not null,
      claim_ids        text[] not null
    )`.execute(db);
  await sql`create index rm_contradictions_fact_idx on rm_contradictions (entity_id, metric_id)`.execute(db);
  await sql`
    insert into rm_contradictions (contradiction_id, entity_id, metric_id, claim_ids)
    select (c ->> 'id')::uuid, f.entity_id, f.metric_id, array(select json_array_elements_text(c -> 'claimIds'))
    from rm_facts f, json_array_elements(f.summary -> 'contradictions') c`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table rm_contradictions`.execute(db);
}

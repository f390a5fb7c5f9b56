import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// A fact's contradictions and revisions leave its summary row for rows of their own: each
// contradiction whole in rm_contradictions, and each revised claim with the claim that revised it
// in rm_revisions. The projector then writes only those a batch changed. Kept in the summary, a
// statistical series of 10,000 claims made every batch that touched it rewrite (and log) a
// megabyte of JSON for the handful of claims that changed.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table rm_contradictions add column contradiction json`.execute(db);
  await sql`
    update rm_contradictions r set contradiction = c
    from rm_facts f, json_array_elements(f.summary -> 'contradictions') c
    where f.entity_id = r.entity_id and f.metric_id = r.metric_id and (c ->> 'id')::uuid = r.contradiction_id`.execute(db);
  await sql`alter table rm_contradictions alter column contradiction set not null`.execute(db);

  await sql`
    create table rm_revisions (
      claim_id      text primary key,
      entity_id     text not null,
      metric_id     text not null,
      superseded_by text not null
    )`.execute(db);
  await sql`create index rm_revisions_fact_idx on rm_revisions (entity_id, metric_id)`.execute(db);
  await sql`
    insert into rm_revisions (claim_id, entity_id, metric_id, superseded_by)
    select r.key, f.entity_id, f.metric_id, r.value
    from rm_facts f, json_each_text(f.summary -> 'supersededBy') r`.execute(db);

  await sql`update rm_facts set summary = (summary::jsonb - 'contradictions' - 'supersededBy')::json`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    update rm_facts f set summary = (f.summary::jsonb || jsonb_build_object(
      'contradictions', coalesce((select jsonb_agg(c.contradiction::jsonb order by c.contradiction ->> 'id')
                                  from rm_contradictions c where c.entity_id = f.entity_id and c.metric_id = f.metric_id), '[]'::jsonb),
      'supersededBy', coalesce((select jsonb_object_agg(r.claim_id, r.superseded_by)
                                from rm_revisions r where r.entity_id = f.entity_id and r.metric_id = f.metric_id), '{}'::jsonb)))::json`.execute(db);
  await sql`drop table rm_revisions`.execute(db);
  await sql`alter table rm_contradictions drop column contradiction`.execute(db);
}

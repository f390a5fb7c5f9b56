import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// The editorial read model, built by its own projection (editorial-v1): where each claim is in
// review, who reviews it, and what was said about it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table rm_claim_workflow (
      claim_id      uuid primary key,
      entity_id     text not null,
      metric_id     text not null,
      source_id     text not null,
      value         jsonb not null,
      valid_time    jsonb not null,
      claim_status  text not null,
      status        text not null,
      assignees     text[] not null,
      verdict       text,
      comment_count integer not null,
      changed_at    timestamptz not null,
      changed_by    text,
      -- Global position of the claim's latest event: the order of the review list.
      position      bigint not null
    )`.execute(db);
  await sql`create index rm_claim_workflow_status_idx on rm_claim_workflow (status, position)`.execute(db);
  await sql`create index rm_claim_workflow_position_idx on rm_claim_workflow (position)`.execute(db);
  await sql`create index rm_claim_workflow_assignees_idx on rm_claim_workflow using gin (assignees)`.execute(db);

  await sql`
    create table rm_claim_comments (
      claim_id   uuid not null,
      comment_id text not null,
      text       text not null,
      author     text,
      created_at timestamptz not null,
      position   bigint not null,
      primary key (claim_id, comment_id)
    )`.execute(db);

  await sql`
    create table rm_editorial_sources (
      source_id text primary key,
      title     text not null
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['rm_editorial_sources', 'rm_claim_comments', 'rm_claim_workflow']) {
    await sql`drop table ${sql.table(table)}`.execute(db);
  }
}

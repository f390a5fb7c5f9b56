import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// The review desk shows whether a claim's verdict judged an earlier version of it, as the fact
// views do (20261127102000_headline_flags). Rows written before keep false:
// `npm run rebuild -- editorial-v1` derives the column from the log.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table rm_claim_workflow add column verdict_outdated boolean not null default false`.execute(db);
  // Verdicts to redo are few among many claims: the queue filtered on them reads only theirs.
  await sql`create index rm_claim_workflow_verdict_outdated_idx on rm_claim_workflow (position) where verdict_outdated`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index rm_claim_workflow_verdict_outdated_idx`.execute(db);
  await sql`alter table rm_claim_workflow drop column verdict_outdated`.execute(db);
}

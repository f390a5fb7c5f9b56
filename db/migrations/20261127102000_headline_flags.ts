import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// A headline that can be trusted: a verdict judges one version of a claim, so a claim row says
// whether it was corrected since its verdict; and a metric may declare how often its figure is
// expected to be updated, which is what makes a fact stale (no global number of days). Rows
// written before keep false and null: `npm run rebuild` derives both from the log.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table rm_claims add column verdict_outdated boolean not null default false`.execute(db);
  await sql`alter table rm_metrics add column update_interval_days integer`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table rm_metrics drop column update_interval_days`.execute(db);
  await sql`alter table rm_claims drop column verdict_outdated`.execute(db);
}

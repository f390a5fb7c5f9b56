import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// A metric is a level (a figure holds until a later one) or a flow (a figure counts its own
// period): GET .../value carries a level's latest claim forward and a flow's never. Metrics
// defined before measures existed are levels.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table rm_metrics add column measure text not null default 'level'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table rm_metrics drop column measure`.execute(db);
}

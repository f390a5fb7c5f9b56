import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// A batch on a fact closes and opens the history rows of the contradictions it changed, found by
// id: without this index it read every open row of the fact, thousands on a long series.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index rm_contradiction_history_open_by_id on rm_contradiction_history (contradiction_id) where recorded_to is null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index rm_contradiction_history_open_by_id`.execute(db);
}

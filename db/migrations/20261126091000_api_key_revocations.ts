import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// Who revoked a key, beside when. A revoked key's row (and so its hash) stays: that is what keeps
// a revoked FACTLOG_ADMIN_KEY from working again at the next start.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table api_keys add column revoked_by text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table api_keys drop column revoked_by`.execute(db);
}

import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// Dead letters are few among every message ever delivered: /metrics counts them at each scrape
// from an index of their own rather than by reading the whole table.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index webhook_messages_dead on webhook_messages (subscription_id) where state = 'dead'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index webhook_messages_dead`.execute(db);
}

import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// Delivered messages are pruned after FACTLOG_WEBHOOK_RETENTION_DAYS: the prune finds them by
// age, and deleting a message deletes its attempts, found by message. Dead letters are few among
// every message ever delivered: /metrics counts them at each scrape from an index of their own.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index webhook_messages_delivered on webhook_messages (delivered_at) where state = 'delivered'`.execute(db);
  await sql`create index webhook_messages_dead on webhook_messages (subscription_id) where state = 'dead'`.execute(db);
  await sql`create index webhook_attempts_by_message on webhook_attempts (message_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index webhook_attempts_by_message`.execute(db);
  await sql`drop index webhook_messages_dead`.execute(db);
  await sql`drop index webhook_messages_delivered`.execute(db);
}

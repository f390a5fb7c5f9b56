import { sql } from 'kysely';
import type { DeliveryDb } from './sender.js';

/** Messages deleted per statement: a prune never holds many rows locked at once. */
const PRUNE_BATCH = 5000;

/**
 * Deletes delivered messages older than `days`, with their attempts (by the foreign key's
 * cascade): a delivery's history is for looking into a receiver's recent trouble, and the log
 * keeps every event for good. Pending and dead messages stay whatever their age (each still
 * needs a send, or a person's decision). Returns how many messages went.
 */
export async function pruneDelivered(db: DeliveryDb, days: number): Promise<number> {
  let total = 0;
  for (;;) {
    const { rows } = await sql<{ n: number }>`
      with old as (
        select id from webhook_messages
        where state = 'delivered' and delivered_at < now() - make_interval(days => ${days}::int)
        limit ${PRUNE_BATCH}
      ), gone as (
        delete from webhook_messages m using old where m.id = old.id returning 1
      )
      select count(*)::int as n from gone`.execute(db);
    total += rows[0]!.n;
    if (rows[0]!.n < PRUNE_BATCH) return total;
  }
}

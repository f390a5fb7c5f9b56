import { sql } from 'kysely';
import type { WebhookDb } from './subscriptions.js';

/** How delivery stands across every subscription, for monitoring. */
export interface DeliveryTotals {
  readonly subscriptions: { readonly active: number; readonly paused: number };
  /** Messages waiting for a first or a further attempt. */
  readonly pending: number;
  /** Messages that used up their attempts, until redelivered by hand or deleted with their subscription. */
  readonly dead: number;
  /** Age of the oldest pending message; 0 when none waits. */
  readonly oldestPendingSeconds: number;
}

/** One statement, each count read from an index of its own (pending and dead messages are few). */
export async function deliveryTotals(db: WebhookDb): Promise<DeliveryTotals> {
  const { rows } = await sql<{ active: number; paused: number; pending: number; dead: number; oldest: number }>`
    select (select count(*)::int from webhook_subscriptions where status = 'active') as active,
           (select count(*)::int from webhook_subscriptions where status = 'paused') as paused,
           (select count(*)::int from webhook_messages where state = 'pending') as pending,
           (select count(*)::int from webhook_messages where state = 'dead') as dead,
           (select coalesce(extract(epoch from now() - min(created_at)), 0)::float8 from webhook_messages where state = 'pending') as oldest`.execute(db);
  const row = rows[0]!;
  return {
    subscriptions: { active: row.active, paused: row.paused },
    pending: row.pending,
    dead: row.dead,
    oldestPendingSeconds: Math.max(0, row.oldest),
  };
}

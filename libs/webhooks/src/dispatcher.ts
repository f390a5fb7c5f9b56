import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { EventStoreTables, RecordedEvent } from '#event-store';
import { feedEvent } from './feed-event.js';
import type { WebhookTables } from './tables.js';
import { type Touched, touchedFacts } from './touched.js';

/** The checkpoint of the dispatcher, the log's consumer that feeds every subscription. */
export const WEBHOOK_DISPATCHER = 'webhook-dispatcher';

export interface SubscriptionFilter {
  readonly event_types: readonly string[];
  readonly subjects: readonly string[] | null;
  readonly metrics: readonly string[] | null;
}

/** Whether a subscription wants an event: its type, and the fact it touches when the filters name one. */
export function wants(filter: SubscriptionFilter, type: string, touched: Touched): boolean {
  if (!filter.event_types.includes(type)) return false;
  if (filter.subjects && (!touched.subject || !filter.subjects.includes(touched.subject))) return false;
  if (filter.metrics && (!touched.metric || !filter.metrics.includes(touched.metric))) return false;
  return true;
}

/** Whether any subscription exists, paused ones included: the dispatcher has events to queue. */
export async function hasSubscriptions(db: Kysely<EventStoreTables>): Promise<boolean> {
  const webhooks = db as unknown as Kysely<WebhookTables>;
  return (await webhooks.selectFrom('webhook_subscriptions').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/** Rows per insert: well below PostgreSQL's 65,535 parameters. */
const CHUNK = 500;

/**
 * Writes one message per (subscription, matching event), in the transaction that moves the
 * dispatcher's checkpoint: a batch is queued for every subscription or for none. Paused
 * subscriptions are queued too, and get what they missed when they resume. Run again over the
 * same events (a takeover), it writes nothing twice.
 */
export async function dispatch(events: readonly RecordedEvent[], tx: Transaction<EventStoreTables>): Promise<number> {
  const db = tx as unknown as Kysely<EventStoreTables & WebhookTables>;
  const subscriptions = await db.selectFrom('webhook_subscriptions').select(['id', 'event_types', 'subjects', 'metrics']).execute();
  if (subscriptions.length === 0) return 0;
  const wanted = events.filter((e) => subscriptions.some((s) => s.event_types.includes(e.type)));
  if (wanted.length === 0) return 0;
  const touched = await touchedFacts(db, wanted);
  const rows = wanted.flatMap((event, i) =>
    subscriptions
      .filter((s) => wants(s, event.type, touched[i]!))
      .map((s) => ({
        id: randomUUID(),
        subscription_id: s.id,
        event_id: event.id,
        transaction_id: event.transactionId,
        global_position: event.globalPosition,
        event_type: event.type,
        event: JSON.stringify(feedEvent(event)),
        subject: touched[i]!.subject,
        metric: touched[i]!.metric,
        state: 'pending' as const,
        delivered_at: null,
      })),
  );
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('webhook_messages')
      .values(rows.slice(i, i + CHUNK))
      .onConflict((oc) => oc.columns(['subscription_id', 'event_id']).doNothing())
      .execute();
  }
  return rows.length;
}

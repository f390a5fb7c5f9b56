import { randomBytes, randomUUID } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import { eventMetadata, type RequestContext } from '#access';
import { appendToStream, type EventMetadata, type EventStoreTables } from '#event-store';
import type { WebhookTables } from './tables.js';

/** The tables subscriptions live in: their own, and the log their changes are recorded in. */
export type WebhookDb = Kysely<EventStoreTables & WebhookTables>;
export type WebhookTx = Transaction<EventStoreTables & WebhookTables>;
type Tx = WebhookTx;

// The event store takes any Kysely whose tables include its own.
const asStore = (tx: unknown) => tx as Kysely<EventStoreTables>;

/** Each subscription's changes are events on a stream of its own, like API keys': never its secret. */
const webhookStream = (id: string) => `webhook-${id}`;

/** Who pauses a subscription that keeps failing. */
export const DELIVERY_ACTOR: EventMetadata = { actor: 'factlog webhook delivery' };

/** A signing secret as Standard Webhooks writes it: `whsec_` and base64 of 32 random bytes. */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

/**
 * The receiver's address as the log records it: its origin only. Every reader of the feed sees
 * the log, and receivers often carry a credential in the path (chat services' incoming webhooks)
 * or the query.
 */
const recordedUrl = (url: string) => new URL(url).origin;

export interface NewSubscription {
  readonly url: string;
  readonly eventTypes: readonly string[];
  readonly subjects?: readonly string[] | undefined;
  readonly metrics?: readonly string[] | undefined;
  readonly description: string;
}

export interface SubscriptionView {
  readonly id: string;
  readonly url: string;
  readonly eventTypes: string[];
  readonly subjects: string[] | null;
  readonly metrics: string[] | null;
  readonly description: string;
  readonly status: 'active' | 'paused';
  readonly pausedReason: string | null;
  readonly pending: number;
  readonly deadLetters: number;
  readonly createdBy: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

async function record(
  tx: Tx,
  id: string,
  type: string,
  data: Record<string, unknown>,
  metadata: EventMetadata,
  expectedVersion: 'no_stream' | 'stream_exists',
) {
  await appendToStream(asStore(tx), webhookStream(id), [{ type, data: { webhookId: id, ...data }, metadata }], { expectedVersion, streamType: 'webhook' });
}

/** Registers a subscription, active at once; its secret is returned here and on rotation only. */
export async function createSubscription(db: WebhookDb, input: NewSubscription, context: RequestContext): Promise<{ id: string; secret: string }> {
  const id = randomUUID();
  const secret = newWebhookSecret();
  const filters = { subjects: input.subjects?.length ? [...input.subjects] : null, metrics: input.metrics?.length ? [...input.metrics] : null };
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('webhook_subscriptions')
      .values({
        id,
        url: input.url,
        event_types: [...input.eventTypes],
        ...filters,
        description: input.description,
        secret,
        status: 'active',
        paused_reason: null,
        created_by: context.actor.name,
      })
      .execute();
    const data = { url: recordedUrl(input.url), eventTypes: [...input.eventTypes], ...filters, description: input.description };
    await record(tx, id, 'WebhookRegistered', data, eventMetadata(context), 'no_stream');
  });
  return { id, secret };
}

const views = (db: WebhookDb) =>
  db.selectFrom('webhook_subscriptions as s').select((eb) => [
    's.id',
    's.url',
    's.event_types',
    's.subjects',
    's.metrics',
    's.description',
    's.status',
    's.paused_reason',
    's.created_by',
    's.created_at',
    's.updated_at',
    eb
      .selectFrom('webhook_messages as m')
      .select(sql<number>`count(*)::int`.as('n'))
      .whereRef('m.subscription_id', '=', 's.id')
      .where('m.state', '=', 'pending')
      .as('pending'),
    eb
      .selectFrom('webhook_messages as m')
      .select(sql<number>`count(*)::int`.as('n'))
      .whereRef('m.subscription_id', '=', 's.id')
      .where('m.state', '=', 'dead')
      .as('dead'),
  ]);

type Row = Awaited<ReturnType<ReturnType<typeof views>['executeTakeFirstOrThrow']>>;
const toView = (r: Row): SubscriptionView => ({
  id: r.id,
  url: r.url,
  eventTypes: r.event_types,
  subjects: r.subjects,
  metrics: r.metrics,
  description: r.description,
  status: r.status,
  pausedReason: r.paused_reason,
  pending: r.pending ?? 0,
  deadLetters: r.dead ?? 0,
  createdBy: r.created_by,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

/** Every subscription, oldest first, without secrets. */
export async function listSubscriptions(db: WebhookDb): Promise<SubscriptionView[]> {
  return (await views(db).orderBy('s.created_at').orderBy('s.id').execute()).map(toView);
}

export async function findSubscription(db: WebhookDb, id: string): Promise<SubscriptionView | undefined> {
  const row = await views(db).where('s.id', '=', id).executeTakeFirst();
  return row && toView(row);
}

/**
 * Pauses or resumes a subscription, recording who did and why. Undefined when there is no such
 * subscription; false when it already was in that state (nothing is recorded then).
 */
export async function setSubscriptionStatus(
  db: WebhookDb,
  id: string,
  status: 'active' | 'paused',
  reason: string | null,
  metadata: EventMetadata,
): Promise<boolean | undefined> {
  return db.transaction().execute((tx) => changeStatus(tx, id, status, reason, metadata));
}

/** As setSubscriptionStatus, inside a transaction of the caller's (the sender pauses in the one that records a dead letter). */
export async function changeStatus(
  tx: Tx,
  id: string,
  status: 'active' | 'paused',
  reason: string | null,
  metadata: EventMetadata,
): Promise<boolean | undefined> {
  const row = await tx.selectFrom('webhook_subscriptions').select('status').where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) return undefined;
  if (row.status === status) return false;
  await tx
    .updateTable('webhook_subscriptions')
    .set({ status, paused_reason: status === 'paused' ? reason : null, consecutive_dead: 0, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
  if (status === 'paused') await record(tx, id, 'WebhookPaused', { reason: reason ?? 'paused by hand' }, metadata, 'stream_exists');
  else await record(tx, id, 'WebhookResumed', {}, metadata, 'stream_exists');
  return true;
}

/** A new secret, which signs every delivery from now on; the old one stops at once. */
export async function rotateSecret(db: WebhookDb, id: string, context: RequestContext): Promise<string | undefined> {
  const secret = newWebhookSecret();
  return db.transaction().execute(async (tx) => {
    const row = await tx.updateTable('webhook_subscriptions').set({ secret, updated_at: new Date() }).where('id', '=', id).returning('id').executeTakeFirst();
    if (!row) return undefined;
    await record(tx, id, 'WebhookSecretRotated', {}, eventMetadata(context), 'stream_exists');
    return secret;
  });
}

/** Deletes a subscription with its messages and attempts; the log keeps that it existed. */
export async function deleteSubscription(db: WebhookDb, id: string, context: RequestContext): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const row = await tx.deleteFrom('webhook_subscriptions').where('id', '=', id).returning('id').executeTakeFirst();
    if (!row) return false;
    await record(tx, id, 'WebhookDeleted', {}, eventMetadata(context), 'stream_exists');
    return true;
  });
}

/**
 * Sends a message again, at once and with a fresh budget of attempts: a dead letter, or one
 * delivered that the receiver lost. It goes before the subscription's other pending messages,
 * being older than them. Undefined when the subscription has no such message.
 */
export async function redeliver(db: WebhookDb, subscriptionId: string, messageId: string, context: RequestContext): Promise<{ eventId: string } | undefined> {
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .updateTable('webhook_messages')
      .set({ state: 'pending', attempts: 0, next_attempt_at: new Date(), delivered_at: null })
      .where('id', '=', messageId)
      .where('subscription_id', '=', subscriptionId)
      .returning(['event_id'])
      .executeTakeFirst();
    if (!row) return undefined;
    await record(tx, subscriptionId, 'WebhookRedeliveryRequested', { messageId, eventId: row.event_id }, eventMetadata(context), 'stream_exists');
    return { eventId: row.event_id };
  });
}

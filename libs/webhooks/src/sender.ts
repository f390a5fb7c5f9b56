import { type Kysely, sql } from 'kysely';
import { Webhook } from 'standardwebhooks';
import type { EventStoreTables } from '#event-store';
import { FACT_VIEWS, factView, projectionHasReached, type ReadModelTables } from '#projections';
import { type RetryPolicy, retryDelayMs } from './backoff.js';
import type { FeedEventJson } from './feed-event.js';
import { changeStatus, DELIVERY_ACTOR } from './subscriptions.js';
import type { WebhookTables } from './tables.js';

export type DeliveryDb = Kysely<EventStoreTables & WebhookTables & ReadModelTables>;

export interface DeliverySettings extends RetryPolicy {
  /** How long a receiver has to answer (its headers) before the attempt counts as failed (FACTLOG_WEBHOOK_TIMEOUT_MS). */
  readonly timeoutMs: number;
  /** Dead letters in a row after which a subscription is paused (FACTLOG_WEBHOOK_PAUSE_AFTER). */
  readonly pauseAfter: number;
  /** How often the sender looks for messages due, besides being woken by the dispatcher. */
  readonly pollIntervalMs: number;
  /**
   * How long a message waits for the fact views to have applied its event, so that the fact it
   * carries includes it; after that it is sent with the view as it stands.
   */
  readonly factWaitMs: number;
  /** Days a delivered message and its attempts are kept (FACTLOG_WEBHOOK_RETENTION_DAYS). */
  readonly retentionDays: number;
}

export const DEFAULT_DELIVERY: DeliverySettings = {
  maxAttempts: 8,
  baseDelayMs: 10_000,
  maxDelayMs: 3_600_000,
  timeoutMs: 10_000,
  pauseAfter: 3,
  pollIntervalMs: 500,
  factWaitMs: 5_000,
  retentionDays: 30,
};

interface Head {
  id: string;
  subscription_id: string;
  global_position: number;
  event_type: string;
  event: FeedEventJson;
  subject: string | null;
  metric: string | null;
  attempts: number;
  created_at: Date;
  url: string;
  secret: string;
}

/** The first pending message of each active subscription, when it is due. */
async function dueHeads(db: DeliveryDb, busy: readonly string[]): Promise<Head[]> {
  const { rows } = await sql<Head>`
    select h.*, s.url, s.secret from webhook_subscriptions s
    cross join lateral (
      select m.id, m.subscription_id, m.global_position, m.event_type, m.event, m.subject, m.metric, m.attempts, m.next_attempt_at, m.created_at
      from webhook_messages m where m.subscription_id = s.id and m.state = 'pending'
      order by m.transaction_id, m.global_position limit 1
    ) h
    where s.status = 'active' and h.next_attempt_at <= now() and not (s.id = any(${busy}::uuid[]))`.execute(db);
  return rows;
}

const describe = (error: unknown): string => {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError') return 'timed out';
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return cause?.code ?? cause?.message ?? error.message;
  }
  return String(error);
};

/**
 * Sends messages: each subscription's in log order, one at a time, so a message blocks only
 * the subscription it belongs to; subscriptions are served side by side, so one slow or failing
 * receiver never holds up another. Every attempt is recorded with its outcome.
 */
export class WebhookSender {
  readonly #busy = new Set<string>();
  readonly #sends = new Set<Promise<void>>();
  readonly #stopping = new AbortController();

  constructor(
    private readonly db: DeliveryDb,
    private readonly settings: DeliverySettings,
    private readonly onError: (error: unknown) => void = () => {},
    /**
     * Told when a message is settled for good ('settled': its subscription's next one can go at
     * once, rather than at the next poll) or waits a moment for the fact views ('deferred').
     */
    private readonly onSettled: (outcome: 'settled' | 'deferred') => void = () => {},
    private readonly random: () => number = Math.random,
  ) {}

  /** Starts a send for each subscription that has a message due and none in flight. */
  async tick(): Promise<void> {
    if (this.#stopping.signal.aborted) return;
    for (const head of await dueHeads(this.db, [...this.#busy])) {
      this.#busy.add(head.subscription_id);
      const send = this.#send(head)
        .catch((error: unknown) => {
          this.onError(error);
          return 'failed' as const;
        })
        .then((outcome) => {
          this.#busy.delete(head.subscription_id);
          this.#sends.delete(send);
          if (outcome === 'settled' || outcome === 'deferred') this.onSettled(outcome);
        });
      this.#sends.add(send);
    }
  }

  /** Abandons the sends in flight: their messages stay pending, to be sent again by whoever delivers next. */
  async stop(): Promise<void> {
    this.#stopping.abort();
    await Promise.all([...this.#sends]);
  }

  /** settled: delivered or dead-lettered; deferred: waiting for the fact views; failed: to be tried again later. */
  async #send(head: Head): Promise<'settled' | 'deferred' | 'failed'> {
    let fact = null;
    if (head.subject && head.metric) {
      const applied = await projectionHasReached(this.db, FACT_VIEWS, head.global_position);
      if (!applied && Date.now() - head.created_at.getTime() < this.settings.factWaitMs) return 'deferred'; // not an attempt
      fact = (await factView(this.db, head.subject, head.metric, { today: new Date().toISOString().slice(0, 10) })) ?? null;
    }
    const now = new Date();
    const body = JSON.stringify({ type: head.event_type, timestamp: now.toISOString(), data: { event: head.event, fact } });
    const started = performance.now();
    let status: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(head.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'factlog-webhooks',
          'webhook-id': head.id,
          'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
          'webhook-signature': new Webhook(head.secret).sign(head.id, now, body),
        },
        body,
        // A redirect is the receiver's answer, not an address to follow with a signed body.
        redirect: 'manual',
        signal: AbortSignal.any([AbortSignal.timeout(this.settings.timeoutMs), this.#stopping.signal]),
      });
      status = response.status;
      await response.body?.cancel();
    } catch (e) {
      if (this.#stopping.signal.aborted) return 'failed';
      error = describe(e);
    }
    return (await this.#settle(head, now, Math.round(performance.now() - started), status, error)) ? 'settled' : 'failed';
  }

  /** Records the attempt and what follows from it, unless the message changed meanwhile (redelivered, deleted). */
  async #settle(head: Head, startedAt: Date, latencyMs: number, status: number | null, error: string | null): Promise<boolean> {
    const attempt = head.attempts + 1;
    const delivered = status !== null && status >= 200 && status < 300;
    const dead = !delivered && attempt >= this.settings.maxAttempts;
    const nextRetryAt = delivered || dead ? null : new Date(Date.now() + retryDelayMs(this.settings, attempt, this.random()));
    return this.db.transaction().execute(async (tx) => {
      const changed = await tx
        .updateTable('webhook_messages')
        .set({
          state: delivered ? 'delivered' : dead ? 'dead' : 'pending',
          attempts: attempt,
          ...(nextRetryAt ? { next_attempt_at: nextRetryAt } : {}),
          ...(delivered ? { delivered_at: new Date() } : {}),
        })
        .where('id', '=', head.id)
        .where('state', '=', 'pending')
        .where('attempts', '=', head.attempts)
        .executeTakeFirst();
      if (changed.numUpdatedRows !== 1n) return false;
      await tx
        .insertInto('webhook_attempts')
        .values({
          message_id: head.id,
          subscription_id: head.subscription_id,
          attempt,
          started_at: startedAt,
          latency_ms: latencyMs,
          response_status: status,
          error: error ?? (delivered ? null : `answered ${status}`),
          outcome: delivered ? 'delivered' : dead ? 'dead' : 'failed',
          next_retry_at: nextRetryAt,
        })
        .execute();
      if (delivered) {
        await tx
          .updateTable('webhook_subscriptions')
          .set({ consecutive_dead: 0 })
          .where('id', '=', head.subscription_id)
          .where('consecutive_dead', '>', 0)
          .execute();
      } else if (dead) {
        const row = await tx
          .updateTable('webhook_subscriptions')
          .set((eb) => ({ consecutive_dead: eb('consecutive_dead', '+', 1) }))
          .where('id', '=', head.subscription_id)
          .returning('consecutive_dead')
          .executeTakeFirst();
        if (row && row.consecutive_dead >= this.settings.pauseAfter) {
          const reason = `${row.consecutive_dead} messages in a row failed ${this.settings.maxAttempts} attempts each; the last: ${error ?? `answered ${status}`}`;
          await changeStatus(tx, head.subscription_id, 'paused', reason, DELIVERY_ACTOR);
        }
      }
      return delivered || dead;
    });
  }
}

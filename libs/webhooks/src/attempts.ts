import type { WebhookDb } from './subscriptions.js';

export interface AttemptView {
  readonly id: number;
  readonly messageId: string;
  readonly eventId: string;
  readonly position: number;
  readonly eventType: string;
  readonly attempt: number;
  readonly outcome: 'delivered' | 'failed' | 'dead';
  readonly responseStatus: number | null;
  readonly error: string | null;
  readonly latencyMs: number;
  readonly startedAt: string;
  readonly nextRetryAt: string | null;
  /** Where the message stands now: pending, delivered or dead (a dead letter, until redelivered). */
  readonly messageState: 'pending' | 'delivered' | 'dead';
}

/** A subscription's attempts, newest first; `before` pages on to older ones. */
export async function listAttempts(db: WebhookDb, subscriptionId: string, options: { before?: number; limit: number }): Promise<AttemptView[]> {
  let query = db
    .selectFrom('webhook_attempts as a')
    .innerJoin('webhook_messages as m', 'm.id', 'a.message_id')
    .select([
      'a.id',
      'a.message_id',
      'm.event_id',
      'm.global_position',
      'm.event_type',
      'a.attempt',
      'a.outcome',
      'a.response_status',
      'a.error',
      'a.latency_ms',
      'a.started_at',
      'a.next_retry_at',
      'm.state',
    ])
    .where('a.subscription_id', '=', subscriptionId)
    .orderBy('a.id', 'desc')
    .limit(options.limit);
  if (options.before !== undefined) query = query.where('a.id', '<', options.before);
  return (await query.execute()).map((r) => ({
    id: Number(r.id),
    messageId: r.message_id,
    eventId: r.event_id,
    position: Number(r.global_position),
    eventType: r.event_type,
    attempt: r.attempt,
    outcome: r.outcome,
    responseStatus: r.response_status,
    error: r.error,
    latencyMs: r.latency_ms,
    startedAt: r.started_at.toISOString(),
    nextRetryAt: r.next_retry_at?.toISOString() ?? null,
    messageState: r.state,
  }));
}

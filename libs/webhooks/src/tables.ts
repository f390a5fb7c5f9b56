import type { ColumnType, Generated } from 'kysely';
import type { FeedEventJson } from './feed-event.js';

export interface WebhookSubscriptionsTable {
  id: string;
  url: string;
  event_types: string[];
  subjects: string[] | null;
  metrics: string[] | null;
  description: string;
  /** Kept because signing needs it; never shown after creation, except by a rotation. */
  secret: string;
  status: 'active' | 'paused';
  paused_reason: string | null;
  /** Messages dead-lettered in a row: at the limit the subscription is paused. */
  consecutive_dead: Generated<number>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface WebhookMessagesTable {
  /** Also the `webhook-id` header: the same on every attempt, so a receiver can drop repeats. */
  id: string;
  subscription_id: string;
  event_id: string;
  /** xid8 as text, with global_position the event's place in the log. */
  transaction_id: string;
  global_position: ColumnType<number, number, number>;
  event_type: string;
  /** The event as the change feed shows it (feedEvent). */
  event: ColumnType<FeedEventJson, string, string>;
  subject: string | null;
  metric: string | null;
  state: 'pending' | 'delivered' | 'dead';
  attempts: Generated<number>;
  next_attempt_at: Generated<Date>;
  created_at: Generated<Date>;
  delivered_at: Date | null;
}

export interface WebhookAttemptsTable {
  id: Generated<number>;
  message_id: string;
  subscription_id: string;
  attempt: number;
  started_at: Date;
  latency_ms: number;
  response_status: number | null;
  error: string | null;
  outcome: 'delivered' | 'failed' | 'dead';
  next_retry_at: Date | null;
}

export interface WebhookTables {
  webhook_subscriptions: WebhookSubscriptionsTable;
  webhook_messages: WebhookMessagesTable;
  webhook_attempts: WebhookAttemptsTable;
}

export { type RetryPolicy, retryDelayMs } from './backoff.js';
export { DeliveryRunner, type DeliveryRunnerOptions } from './delivery-runner.js';
export { dispatch, WEBHOOK_DISPATCHER, wants } from './dispatcher.js';
export { feedCursor, feedEvent, type FeedEventJson } from './feed-event.js';
export { type DeliveryDb, type DeliverySettings, DEFAULT_DELIVERY, WebhookSender } from './sender.js';
export {
  createSubscription,
  deleteSubscription,
  DELIVERY_ACTOR,
  findSubscription,
  listSubscriptions,
  type NewSubscription,
  redeliver,
  rotateSecret,
  setSubscriptionStatus,
  type SubscriptionView,
  type WebhookDb,
} from './subscriptions.js';
export { listAttempts, type AttemptView } from './attempts.js';
export { deliveryTotals, type DeliveryTotals } from './totals.js';
export { pruneDelivered } from './retention.js';
export type { WebhookAttemptsTable, WebhookMessagesTable, WebhookSubscriptionsTable, WebhookTables } from './tables.js';

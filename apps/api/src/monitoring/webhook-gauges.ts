import type { Kysely } from 'kysely';
import { Gauge, type Registry } from 'prom-client';
import { consumerLag } from '#event-store';
import { deliveryTotals, WEBHOOK_DISPATCHER } from '#webhooks';
import type { Database } from '../schema.js';
import { perScrape } from './per-scrape.js';

/**
 * Webhook delivery as Prometheus sees it, read from the database (the process that delivers may
 * be a projector elsewhere): subscriptions by status, messages waiting and dead, the age of the
 * oldest waiting one, and how far the dispatcher that queues them is behind the log.
 */
export function registerWebhookGauges(registry: Registry, db: Kysely<Database>): void {
  const read = perScrape(() => Promise.all([deliveryTotals(db), consumerLag(db, WEBHOOK_DISPATCHER)]));
  new Gauge({
    name: 'factlog_webhook_subscriptions',
    help: 'Webhook subscriptions, by status (a subscription whose messages keep dying is paused)',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      const [totals] = await read();
      this.set({ status: 'active' }, totals.subscriptions.active);
      this.set({ status: 'paused' }, totals.subscriptions.paused);
    },
  });
  new Gauge({
    name: 'factlog_webhook_messages',
    help: 'Webhook messages waiting for an attempt (pending) or out of attempts (dead)',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      const [totals] = await read();
      this.set({ state: 'pending' }, totals.pending);
      this.set({ state: 'dead' }, totals.dead);
    },
  });
  new Gauge({
    name: 'factlog_webhook_oldest_pending_seconds',
    help: 'Age of the oldest webhook message still waiting to be delivered; 0 when none waits',
    registers: [registry],
    async collect() {
      this.set((await read())[0].oldestPendingSeconds);
    },
  });
  new Gauge({
    name: 'factlog_webhook_dispatcher_events_behind',
    help: 'Committed events the webhook dispatcher has not yet matched against the subscriptions',
    registers: [registry],
    async collect() {
      this.set((await read())[1].eventsBehind);
    },
  });
}

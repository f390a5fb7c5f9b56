import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../apps/api/src/app.js';
import { createTestDatabase, startWebhookReceiver, type TestDatabase, type WebhookReceiver } from '#test-support';

const WEBHOOKS = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 400, timeoutMs: 3000, pauseAfter: 2, pollIntervalMs: 30, factWaitMs: 3000 };

// The process that delivers stops while a receiver is still answering: what it was sending is
// sent again by the next one, and nothing is lost.
describe('webhooks across a restart of the delivering process', () => {
  let database: TestDatabase;
  let receiver: WebhookReceiver;
  const adminKey = `test-admin-${randomUUID()}`;
  const apps: NestFastifyApplication[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    receiver = await startWebhookReceiver();
  });
  afterAll(async () => {
    for (const app of apps) await app.close().catch(() => {});
    await receiver?.close();
    await database?.drop();
  });

  async function start() {
    const app = await createApp({ databaseUrl: database.url, adminKey, logLevel: 'silent', webhooks: WEBHOOKS, limits: { authFailuresPerMinute: 0 } });
    await app.listen(0, '127.0.0.1');
    apps.push(app);
    const url = await app.getUrl();
    return async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${url}${path}`, {
        method,
        headers: { authorization: `Bearer ${adminKey}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined };
    };
  }

  it('loses nothing and sends again only what was in flight', async () => {
    let request = await start();
    await request('POST', '/v1/metrics', { id: 'member-count', unit: 'member', kind: 'count', cumulative: false, tolerance: 0 });
    await request('POST', '/v1/entities', { id: 'restart', name: 'Restart', aliases: [] });
    const sourceId = (await request('POST', '/v1/sources', { title: 'Report', publishedAt: '2020-01-01', kind: 'news_article', language: 'en' })).body.id;
    const hook = (await request('POST', '/v1/webhooks', { url: `${receiver.url}/restart`, eventTypes: ['ClaimRecorded'], description: 'restart' })).body;
    receiver.behave('/restart', { status: 204, delayMs: 500 });
    const claim = async (amount: number) => {
      const res = await request('POST', '/v1/claims', {
        sourceId,
        subject: 'restart',
        metric: 'member-count',
        value: { amount },
        validTime: { at: '2020-01-01' },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.position as number;
    };
    const positions = [];
    for (let i = 1; i <= 4; i++) positions.push(await claim(i));

    // The second message is on its way when the process stops.
    await receiver.until((r) => r.length >= 2);
    await apps.shift()!.close();
    const inFlight = receiver.received[1]!.headers['webhook-id'];

    request = await start();
    for (let i = 5; i <= 6; i++) positions.push(await claim(i));
    receiver.behave('/restart', { status: 204 });
    await receiver.until((r) => new Set(r.map((x) => x.headers['webhook-id'])).size >= 6, 20_000);
    await new Promise((r) => setTimeout(r, 300));

    const got = receiver.received;
    const ids = got.map((r) => r.headers['webhook-id']);
    // Only the message in flight came twice; the one answered 2xx before the stop did not.
    expect(ids.filter((id) => id === inFlight)).toHaveLength(2);
    expect(got.length).toBe(7);
    const firstArrivals = got.filter((r, i) => ids.indexOf(r.headers['webhook-id']) === i);
    expect(firstArrivals.map((r) => JSON.parse(r.body).data.event.position)).toEqual(positions);
    for (const r of got) expect(() => new Webhook(hook.secret).verify(r.body, r.headers as Record<string, string>)).not.toThrow();

    const attempts = (await request('GET', `/v1/webhooks/${hook.id}/deliveries`)).body.items as { outcome: string; attempt: number }[];
    // The abandoned send was never recorded: six messages, each delivered at its first recorded attempt.
    expect(attempts).toHaveLength(6);
    expect(attempts.every((a) => a.outcome === 'delivered' && a.attempt === 1)).toBe(true);
  }, 60_000);
});

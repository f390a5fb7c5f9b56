import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, startWebhookReceiver, type TestApp, type WebhookReceiver } from '#test-support';
import { ensureBuilt, root } from './built-app.js';

const projectorJs = path.join(root, 'dist/apps/projector/src/main.js');

// In production the projector app delivers webhooks (the API runs with FACTLOG_PROJECTOR=off).
// Killed outright while a receiver is still answering, it loses nothing: the next projector
// sends what was in flight again, and the rest.
describe('webhooks delivered by the projector app', () => {
  let app: TestApp;
  let receiver: WebhookReceiver;
  const projectors: ChildProcess[] = [];

  beforeAll(async () => {
    ensureBuilt();
    app = await startTestApp({ runProjector: false });
    receiver = await startWebhookReceiver();
  });
  afterAll(async () => {
    for (const p of projectors) p.kill('SIGKILL');
    await app?.close();
    await receiver?.close();
  });

  function startProjector(): ChildProcess {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('FACTLOG_'))) as Record<string, string>;
    const child = spawn(process.execPath, [projectorJs], {
      cwd: root,
      env: { ...clean, DATABASE_URL: app.database.url, FACTLOG_STANDBY_RETRY_MS: '200', FACTLOG_WEBHOOK_BACKOFF_MS: '100', FACTLOG_WEBHOOK_TIMEOUT_MS: '3000' },
      stdio: 'ignore',
    });
    projectors.push(child);
    return child;
  }

  it('survives a projector killed mid-delivery', async () => {
    const key = app.keys.editor;
    await app.request('POST', '/v1/metrics', { key, body: { id: 'member-count', unit: 'member', kind: 'count', cumulative: false, tolerance: 0 } });
    await app.request('POST', '/v1/entities', { key, body: { id: 'killed', name: 'Killed', aliases: [] } });
    const sourceId = (
      await app.request('POST', '/v1/sources', { key, body: { title: 'Report', publishedAt: '2020-01-01', kind: 'news_article', language: 'en' } })
    ).body.id as string;
    const hook = (await app.request('POST', '/v1/webhooks', { body: { url: `${receiver.url}/killed`, eventTypes: ['ClaimRecorded'], description: 'killed' } }))
      .body;
    receiver.behave('/killed', { status: 204, delayMs: 700 });
    const positions: number[] = [];
    const claim = async (amount: number) => {
      const res = await app.request('POST', '/v1/claims', {
        key,
        body: { sourceId, subject: 'killed', metric: 'member-count', value: { amount }, validTime: { at: '2020-01-01' } },
      });
      expect(res.status).toBe(201);
      positions.push(res.body.position);
    };
    for (let i = 1; i <= 4; i++) await claim(i);

    const first = startProjector();
    await receiver.until((r) => r.length >= 2, 30_000);
    first.kill('SIGKILL');
    const inFlight = receiver.received[1]!.headers['webhook-id'];
    for (let i = 5; i <= 6; i++) await claim(i);
    receiver.behave('/killed', { status: 204 });
    startProjector();
    await receiver.until((r) => new Set(r.map((x) => x.headers['webhook-id'])).size >= 6, 30_000);
    await new Promise((r) => setTimeout(r, 300));

    const ids = receiver.received.map((r) => r.headers['webhook-id']);
    expect(ids.filter((id) => id === inFlight)).toHaveLength(2);
    expect(receiver.received).toHaveLength(7);
    const firstArrivals = receiver.received.filter((r, i) => ids.indexOf(r.headers['webhook-id']) === i);
    expect(firstArrivals.map((r) => JSON.parse(r.body).data.event.position)).toEqual(positions);
    for (const r of receiver.received) expect(() => new Webhook(hook.secret).verify(r.body, r.headers as Record<string, string>)).not.toThrow();
    const attempts = (await app.request('GET', `/v1/webhooks/${hook.id}/deliveries`)).body.items as { outcome: string }[];
    expect(attempts).toHaveLength(6);
    expect(attempts.every((a) => a.outcome === 'delivered')).toBe(true);
  }, 90_000);
});

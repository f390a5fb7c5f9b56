import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Received, startTestApp, startWebhookReceiver, type TestApp, type WebhookReceiver } from '#test-support';

// Small backoffs and timeouts, so that retries, dead letters and pauses happen in a test's time.
const WEBHOOKS = { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 400, timeoutMs: 1500, pauseAfter: 2, pollIntervalMs: 30, factWaitMs: 3000 };

const payload = (r: Received) => JSON.parse(r.body) as { type: string; timestamp: string; data: { event: any; fact: any } };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('webhooks', () => {
  let app: TestApp;
  let receiver: WebhookReceiver;
  let sourceId: string;
  const metric = 'member-count';

  beforeAll(async () => {
    app = await startTestApp({ app: { webhooks: WEBHOOKS } });
    receiver = await startWebhookReceiver();
    const key = app.keys.editor;
    await app.request('POST', '/v1/metrics', { key, body: { id: metric, unit: 'member', kind: 'count', cumulative: false, tolerance: 0 } });
    sourceId = (
      await app.request('POST', '/v1/sources', { key, body: { title: 'Coalition report', publishedAt: '2020-01-01', kind: 'news_article', language: 'en' } })
    ).body.id;
  });
  afterAll(async () => {
    await app?.close();
    await receiver?.close();
  });

  /** A subject of its own per test, so that each subscription sees only its test's events. */
  async function subject(id: string) {
    const res = await app.request('POST', '/v1/entities', { key: app.keys.editor, body: { id, name: `Subject ${id}`, aliases: [] } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return id;
  }
  async function claim(subjectId: string, amount: number, day = 1): Promise<{ id: string; position: number }> {
    const res = await app.request('POST', '/v1/claims', {
      key: app.keys.editor,
      body: { sourceId, subject: subjectId, metric, value: { amount }, validTime: { at: `2020-01-${String(day).padStart(2, '0')}` } },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  }
  async function subscribe(path: string, body: Record<string, unknown>) {
    const res = await app.request('POST', '/v1/webhooks', { body: { url: `${receiver.url}${path}`, description: `test ${path}`, ...body } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { id: string; secret: string };
  }
  const attempts = async (id: string) => (await app.request('GET', `/v1/webhooks/${id}/deliveries`)).body.items.slice().reverse() as any[];
  const at = (path: string) => receiver.received.filter((r) => r.path === path);

  it('delivers every matching event once, in log order, signed, as the feed shows it with the fact it touched', async () => {
    const s1 = await subject('subject-order');
    const other = await subject('subject-order-other');
    const hook = await subscribe('/order', { eventTypes: ['ClaimRecorded', 'ClaimCorrected'], subjects: [s1] });
    const recorded = [];
    for (let i = 0; i < 5; i++) {
      recorded.push(await claim(s1, 60 + i, i + 1));
      await claim(other, 10 + i, i + 1); // not this subscription's subject
    }
    const corrected = await app.request('POST', `/v1/claims/${recorded[1]!.id}/corrections`, {
      key: app.keys.editor,
      body: { value: { amount: 70 }, reason: 'misread' },
    });
    expect(corrected.status).toBe(200);

    await receiver.until(() => at('/order').length >= 6);
    await sleep(400); // time for a duplicate to show, if one were coming
    const got = at('/order');
    expect(got).toHaveLength(6);
    const verifier = new Webhook(hook.secret);
    for (const r of got) expect(() => verifier.verify(r.body, r.headers as Record<string, string>)).not.toThrow();
    expect(() => new Webhook(`whsec_${Buffer.alloc(32, 1).toString('base64')}`).verify(got[0]!.body, got[0]!.headers as Record<string, string>)).toThrow();
    expect(new Set(got.map((r) => r.headers['webhook-id'])).size).toBe(6);

    const bodies = got.map(payload);
    expect(bodies.map((b) => b.type)).toEqual(['ClaimRecorded', 'ClaimRecorded', 'ClaimRecorded', 'ClaimRecorded', 'ClaimRecorded', 'ClaimCorrected']);
    const positions = bodies.map((b) => b.data.event.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(bodies.slice(0, 5).map((b) => b.data.event.data.claimId)).toEqual(recorded.map((c) => c.id));
    // The event exactly as the change feed shows it.
    const feed = (await app.request('GET', `/v1/events?limit=1000`)).body.items as any[];
    for (const b of bodies) expect(b.data.event).toEqual(feed.find((e) => e.id === b.data.event.id));
    // The fact as it stood with the event applied: the correction names only its claim, yet comes with its fact.
    bodies.slice(0, 5).forEach((b, i) => {
      expect(b.data.fact).toMatchObject({ subject: s1, metric });
      expect(b.data.fact.claimCount).toBeGreaterThanOrEqual(i + 1);
    });
    expect(bodies[5]!.data.fact).toMatchObject({ subject: s1, metric, claimCount: 5 });

    const tried = await attempts(hook.id);
    expect(tried).toHaveLength(6);
    for (const a of tried) expect(a).toMatchObject({ attempt: 1, outcome: 'delivered', responseStatus: 204, nextRetryAt: null, messageState: 'delivered' });
  });

  it('retries a failing or silent receiver with growing, jittered waits until it answers 2xx', async () => {
    const s = await subject('subject-retry');
    receiver.behave('/retry', (n) => (n === 1 ? 'hang' : n === 2 ? { status: 503 } : { status: 200 }));
    const hook = await subscribe('/retry', { eventTypes: ['ClaimRecorded'], subjects: [s] });
    await claim(s, 1);
    await receiver.until(() => at('/retry').length >= 3, 20_000);
    await sleep(300);
    const got = at('/retry');
    expect(got).toHaveLength(3);
    expect(new Set(got.map((r) => r.headers['webhook-id'])).size).toBe(1); // the same message each time
    for (const r of got) expect(() => new Webhook(hook.secret).verify(r.body, r.headers as Record<string, string>)).not.toThrow();

    const tried = await attempts(hook.id);
    expect(tried.map((a) => [a.attempt, a.outcome, a.responseStatus])).toEqual([
      [1, 'failed', null],
      [2, 'failed', 503],
      [3, 'delivered', 200],
    ]);
    expect(tried[0].error).toBe('timed out');
    expect(tried[0].latencyMs).toBeGreaterThanOrEqual(WEBHOOKS.timeoutMs - 50);
    // Each wait is at least half its step: 100 ms doubling, with jitter.
    const waits = tried.slice(0, 2).map((a) => Date.parse(a.nextRetryAt) - Date.parse(a.startedAt) - a.latencyMs);
    expect(waits[0]).toBeGreaterThanOrEqual(45);
    expect(waits[1]).toBeGreaterThanOrEqual(95);
    expect(got[2]!.at - got[1]!.at).toBeGreaterThanOrEqual(95);
    expect(tried[2].nextRetryAt).toBeNull();
  }, 30_000);

  it('dead-letters a message after the last attempt, pauses a subscription that keeps failing, and redelivers by hand', async () => {
    const s = await subject('subject-dead');
    receiver.behave('/dead', { status: 500 });
    const hook = await subscribe('/dead', { eventTypes: ['ClaimRecorded'], subjects: [s] });
    const first = await claim(s, 1, 1);
    await claim(s, 2, 2);
    // Two messages of three attempts each, then the pause.
    await receiver.until(() => at('/dead').length >= 6);
    const paused = await waitFor(
      async () => (await app.request('GET', `/v1/webhooks/${hook.id}`)).body,
      (w) => w.status === 'paused',
    );
    expect(paused).toMatchObject({ status: 'paused', deadLetters: 2, pending: 0, pausedReason: expect.stringContaining('answered 500') });
    // Operators see it in /metrics: the only paused subscription and the only dead letters so far.
    const metrics = (await app.request('GET', '/metrics', { key: null })).body as string;
    expect(metrics).toContain('factlog_webhook_subscriptions{status="paused"} 1');
    expect(metrics).toContain('factlog_webhook_messages{state="dead"} 2');
    expect(metrics).toMatch(/^factlog_webhook_dispatcher_events_behind \d+$/m);
    expect(metrics).toMatch(/^factlog_webhook_oldest_pending_seconds [\d.]+$/m);
    const tried = await attempts(hook.id);
    expect(tried.map((a) => [a.attempt, a.outcome])).toEqual([
      [1, 'failed'],
      [2, 'failed'],
      [3, 'dead'],
      [1, 'failed'],
      [2, 'failed'],
      [3, 'dead'],
    ]);
    expect(tried.every((a) => a.responseStatus === 500 && a.messageState === 'dead')).toBe(true);
    // The pause is in the log, by factlog itself.
    const log = (await app.request('GET', '/v1/events?limit=1000')).body.items as any[];
    expect(log.filter((e) => e.stream === `webhook-${hook.id}`).map((e) => [e.type, e.actor])).toEqual([
      ['WebhookRegistered', 'admin (FACTLOG_ADMIN_KEY)'],
      ['WebhookPaused', 'factlog webhook delivery'],
    ]);

    // Paused, it still queues what happens, and sends nothing.
    const third = await claim(s, 3, 3);
    await sleep(300);
    expect(at('/dead')).toHaveLength(6);
    expect((await app.request('GET', `/v1/webhooks/${hook.id}`)).body.pending).toBe(1);

    // The receiver recovers; the first dead letter is sent again by hand, and on resume goes before the queued one.
    receiver.behave('/dead', { status: 200 });
    const firstMessage = tried[0].messageId;
    const again = await app.request('POST', `/v1/webhooks/${hook.id}/messages/${firstMessage}/redeliver`);
    expect(again.status).toBe(202);
    expect(again.body).toEqual({ messageId: firstMessage, eventId: tried[0].eventId, state: 'pending' });
    const resumed = await app.request('POST', `/v1/webhooks/${hook.id}/resume`);
    expect([resumed.status, resumed.body.status]).toEqual([200, 'active']);
    await receiver.until(() => at('/dead').length >= 8);
    await sleep(200);
    const sent = at('/dead').slice(6);
    expect(sent).toHaveLength(2);
    expect(sent.map((r) => payload(r).data.event.position)).toEqual([first.position, third.position]);
    expect(sent[0]!.headers['webhook-id']).toBe(firstMessage);
    const now = (await app.request('GET', `/v1/webhooks/${hook.id}`)).body;
    expect(now).toMatchObject({ status: 'active', deadLetters: 1, pending: 0, pausedReason: null });
    expect((await app.request('POST', `/v1/webhooks/${hook.id}/messages/00000000-0000-4000-8000-000000000000/redeliver`)).status).toBe(404);
  }, 30_000);

  it('never lets a slow receiver delay another subscription', async () => {
    const s = await subject('subject-slow');
    receiver.behave('/slow', { status: 204, delayMs: 800 });
    const slow = await subscribe('/slow', { eventTypes: ['ClaimRecorded'], subjects: [s] });
    const fast = await subscribe('/fast', { eventTypes: ['ClaimRecorded'], subjects: [s] });
    // Queued while paused, so that both start from the same three messages at the same moment.
    for (const hook of [slow, fast]) await app.request('POST', `/v1/webhooks/${hook.id}/pause`);
    for (let i = 1; i <= 3; i++) await claim(s, i, i);
    for (const hook of [slow, fast])
      await waitFor(
        async () => (await app.request('GET', `/v1/webhooks/${hook.id}`)).body.pending,
        (n) => n === 3,
      );
    for (const hook of [slow, fast]) await app.request('POST', `/v1/webhooks/${hook.id}/resume`);
    await receiver.until(() => at('/fast').length >= 3);
    // The fast receiver has everything while the slow one is still on its first or second message.
    expect(at('/slow').length).toBeLessThanOrEqual(2);
    await receiver.until(() => at('/slow').length >= 3, 10_000);
    expect(at('/fast').at(-1)!.at).toBeLessThan(at('/slow')[1]!.at);
    for (const [path, hook] of [
      ['/slow', slow],
      ['/fast', fast],
    ] as const) {
      const bodies = at(path).map(payload);
      expect(bodies.map((b) => b.data.event.data.value.amount)).toEqual([1, 2, 3]);
      for (const r of at(path)) expect(() => new Webhook(hook.secret).verify(r.body, r.headers as Record<string, string>)).not.toThrow();
    }
    const slowAttempts = await attempts(slow.id);
    expect(slowAttempts.every((a) => a.outcome === 'delivered' && a.latencyMs >= 750)).toBe(true);
  }, 30_000);

  it('keeps secrets out of every answer but the first, rotates them, and records every change in the log', async () => {
    const s = await subject('subject-admin');
    const hook = await subscribe('/admin', { eventTypes: ['ClaimRecorded'], subjects: [s], metrics: [metric] });
    expect(hook.secret).toMatch(/^whsec_/);
    const listed = await app.request('GET', '/v1/webhooks');
    expect(listed.status).toBe(200);
    expect(JSON.stringify(listed.body)).not.toContain(hook.secret);
    expect(listed.body.items.find((w: any) => w.id === hook.id)).toMatchObject({
      subjects: [s],
      metrics: [metric],
      status: 'active',
      createdBy: 'admin (FACTLOG_ADMIN_KEY)',
    });
    expect(JSON.stringify((await app.request('GET', `/v1/webhooks/${hook.id}`)).body)).not.toContain('whsec_');

    const rotated = await app.request('POST', `/v1/webhooks/${hook.id}/secret`);
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(hook.secret);
    await claim(s, 5);
    const [r] = await receiver.until(() => at('/admin').length >= 1).then(() => at('/admin'));
    expect(() => new Webhook(rotated.body.secret).verify(r!.body, r!.headers as Record<string, string>)).not.toThrow();
    expect(() => new Webhook(hook.secret).verify(r!.body, r!.headers as Record<string, string>)).toThrow();

    expect((await app.request('POST', `/v1/webhooks/${hook.id}/pause`)).body).toMatchObject({
      status: 'paused',
      pausedReason: 'paused by admin (FACTLOG_ADMIN_KEY)',
    });
    expect((await app.request('DELETE', `/v1/webhooks/${hook.id}`)).status).toBe(204);
    expect((await app.request('GET', `/v1/webhooks/${hook.id}`)).status).toBe(404);
    expect((await app.request('DELETE', `/v1/webhooks/${hook.id}`)).status).toBe(404);

    const log = (await app.request('GET', '/v1/events?limit=1000')).body.items as any[];
    const changes = log.filter((e) => e.stream === `webhook-${hook.id}`);
    expect(changes.map((e) => e.type)).toEqual(['WebhookRegistered', 'WebhookSecretRotated', 'WebhookPaused', 'WebhookDeleted']);
    // The log, which every reader sees, keeps the receiver's origin only: a path may hold its credential.
    expect(changes[0].data).toMatchObject({ webhookId: hook.id, url: new URL(receiver.url).origin, eventTypes: ['ClaimRecorded'], subjects: [s] });
    expect(changes[0].data.url).not.toContain('/admin');
    expect(JSON.stringify(log)).not.toContain('whsec_');
  });

  it('refuses a bad subscription with a problem naming the field, and records nothing', async () => {
    const before = await app.countEvents();
    for (const [body, field] of [
      [{ url: 'ftp://example.org/hook', eventTypes: ['ClaimRecorded'], description: 'x' }, 'url'],
      [{ url: 'https://user:pw@example.org/hook', eventTypes: ['ClaimRecorded'], description: 'x' }, 'url'],
      [{ url: 'https://example.org/hook', eventTypes: ['ClaimInvented'], description: 'x' }, 'eventTypes.0'],
      [{ url: 'https://example.org/hook', eventTypes: [], description: 'x' }, 'eventTypes'],
      [{ url: 'https://example.org/hook', eventTypes: ['ClaimRecorded'] }, 'description'],
    ] as const) {
      const res = await app.request('POST', '/v1/webhooks', { body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect(
      (
        await app.request('POST', '/v1/webhooks', {
          key: app.keys.reviewer,
          body: { url: 'https://example.org', eventTypes: ['ClaimRecorded'], description: 'x' },
        })
      ).status,
    ).toBe(403);
    expect(await app.countEvents()).toBe(before);
  });
});

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`still not there after ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await sleep(50);
  }
}

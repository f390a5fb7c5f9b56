import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '#test-support';
import { coalition, metric, sources } from '../fixtures/coalition.js';

describe('concurrent writers on one claim', () => {
  let app: TestApp;
  let claimId: string;

  beforeAll(async () => {
    app = await startTestApp();
    const sourceId = (await app.request('POST', '/v1/sources', { body: sources.london2015 })).body.id;
    await app.request('POST', '/v1/metrics', { body: metric });
    await app.request('POST', '/v1/entities', { body: coalition });
    const claim = await app.request('POST', '/v1/claims', {
      body: { sourceId, subject: coalition.id, metric: metric.id, value: { amount: 60 }, validTime: { at: '2015-01-22' } },
    });
    claimId = claim.body.id;
  });
  afterAll(() => app?.close());

  it('lets each of 20 parallel corrections succeed or fail loudly, and loses none', async () => {
    // Half say which version they saw (If-Match: "1"), half let the server retry on conflict.
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        app.request('POST', `/v1/claims/${claimId}/corrections`, {
          key: app.keys.editor,
          headers: i % 2 === 0 ? { 'if-match': '"1"' } : {},
          body: { value: { amount: 61 + i }, reason: `correction ${i}` },
        }),
      ),
    );
    const statuses = replies.map((r) => r.status);
    for (const status of statuses) expect([200, 409, 412]).toContain(status);
    const succeeded = replies.filter((r) => r.status === 200);
    expect(succeeded.length).toBeGreaterThan(0);
    // With If-Match "1", at most one can win: the first write moves the claim past version 1.
    expect(replies.filter((r, i) => i % 2 === 0 && r.status === 200).length).toBeLessThanOrEqual(1);
    for (const r of replies.filter((r, i) => i % 2 === 0 && r.status !== 200)) expect(r.status).toBe(412);

    const claim = await app.request('GET', `/v1/claims/${claimId}`, { key: app.keys.reader });
    const corrections = claim.body.history.filter((h: { type: string }) => h.type === 'ClaimCorrected');
    // Every success is in the history, once; nothing else is.
    expect(corrections).toHaveLength(succeeded.length);
    expect(new Set(corrections.map((c: { data: { reason: string } }) => c.data.reason))).toEqual(
      new Set(succeeded.map((r) => r.body.history.find((h: { version: number }) => h.version === r.body.version).data.reason)),
    );
    expect(claim.body.history.map((h: { version: number }) => h.version)).toEqual(Array.from({ length: 1 + succeeded.length }, (_, i) => i + 1));
    // Each correction's "previous" is the value the one before it left.
    for (let i = 1; i < corrections.length; i++) {
      expect(corrections[i].data.previous.value).toEqual(corrections[i - 1].data.value);
    }
    expect(claim.body.value).toEqual(corrections.at(-1).data.value);
  });

  it('answers a stale If-Match with 412 and writes nothing', async () => {
    const before = await app.countEvents();
    const res = await app.request('POST', `/v1/claims/${claimId}/retraction`, {
      headers: { 'if-match': '"1"' },
      body: { reason: 'stale view' },
    });
    expect(res.status).toBe(412);
    expect(await app.countEvents()).toBe(before);
  });
});

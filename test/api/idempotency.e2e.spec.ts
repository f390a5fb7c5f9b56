import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '#test-support';
import { coalition, metric, sources } from '../fixtures/coalition.js';

describe('Idempotency-Key', () => {
  let app: TestApp;
  let sourceId: string;

  beforeAll(async () => {
    app = await startTestApp();
    sourceId = (await app.request('POST', '/v1/sources', { body: sources.national2022 })).body.id;
    await app.request('POST', '/v1/metrics', { body: metric });
    await app.request('POST', '/v1/entities', { body: coalition });
  });
  afterAll(() => app?.close());

  const claim = (amount: number) => ({
    sourceId,
    subject: coalition.id,
    metric: metric.id,
    value: { amount },
    validTime: { at: '2022-05-11' },
    note: 'sent with a key',
  });

  it('creates one claim from the same POST sent ten times at once', async () => {
    const before = await app.countEvents();
    const replies = await Promise.all(
      Array.from({ length: 10 }, () =>
        app.request('POST', '/v1/claims', { key: app.keys.editor, headers: { 'idempotency-key': 'claim-84-once' }, body: claim(84) }),
      ),
    );
    for (const r of replies) expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(new Set(replies.map((r) => r.body.id)).size).toBe(1);
    expect(replies.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(9);
    expect(await app.countEvents()).toBe(before + 1);
  });

  it('replays the stored response to a later retry, headers included', async () => {
    const first = await app.request('POST', '/v1/claims', { key: app.keys.editor, headers: { 'idempotency-key': 'k2' }, body: claim(83) });
    const retry = await app.request('POST', '/v1/claims', { key: app.keys.editor, headers: { 'idempotency-key': 'k2' }, body: claim(83) });
    expect(retry.status).toBe(first.status);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(retry.headers.get('location')).toBe(first.headers.get('location'));
  });

  it('refuses the same key on a different request', async () => {
    await app.request('POST', '/v1/claims', { key: app.keys.editor, headers: { 'idempotency-key': 'k3' }, body: claim(82) });
    const before = await app.countEvents();
    const other = await app.request('POST', '/v1/claims', { key: app.keys.editor, headers: { 'idempotency-key': 'k3' }, body: claim(81) });
    expect(other.status).toBe(422);
    expect(await app.countEvents()).toBe(before);
  });

  it('lets a request that failed be retried with its key', async () => {
    const body = { ...claim(80), subject: 'ISIL' };
    const failed = await app.request('POST', '/v1/claims', { key: app.keys.editor, headers: { 'idempotency-key': 'k4' }, body });
    expect(failed.status).toBe(422); // no entity answers to ISIL yet
    await app.request('POST', '/v1/entities', { body: { id: 'isis', name: 'ISIS', aliases: ['ISIL', 'Daesh'] } });
    const retried = await app.request('POST', '/v1/claims', { key: app.keys.editor, headers: { 'idempotency-key': 'k4' }, body });
    expect(retried.status).toBe(201);
    expect(retried.headers.get('idempotent-replayed')).toBeNull();
    expect(retried.body.subject).toBe('isis');
  });

  it('keeps keys apart per API key', async () => {
    const a = await app.request('POST', '/v1/claims', { key: app.keys.editor, headers: { 'idempotency-key': 'shared' }, body: claim(79) });
    const b = await app.request('POST', '/v1/claims', { key: app.keys.reviewer, headers: { 'idempotency-key': 'shared' }, body: claim(78) });
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(a.body.id).not.toBe(b.body.id);
  });
});

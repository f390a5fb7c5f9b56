import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '#test-support';
import { coalition, metric, sources } from '../fixtures/coalition.js';

/** When a write to a claim was recorded, as its reply says: its newest event's `recordedAt`. */
const recordedAt = (reply: { body: { history: ReadonlyArray<{ recordedAt: string }> } }) => reply.body.history.at(-1)!.recordedAt;
const millisecondBefore = (t: string) => new Date(Date.parse(t) - 1).toISOString();

describe('what did we know, when', () => {
  let app: TestApp;
  let sourceIds: Record<string, string>;
  const read = (path: string) => app.request('GET', path, { key: app.keys.reader });
  const fact = '/v1/facts/global-coalition/member-count';

  beforeAll(async () => {
    app = await startTestApp();
    sourceIds = {};
    for (const [name, body] of Object.entries(sources)) sourceIds[name] = (await app.request('POST', '/v1/sources', { body })).body.id;
    await app.request('POST', '/v1/metrics', { body: metric });
    await app.request('POST', '/v1/entities', { body: coalition });
  });
  afterAll(() => app?.close());

  it('answers as factlog would have at each instant: before the record, after, after the correction, after the retraction', async () => {
    const recorded = await app.request('POST', '/v1/claims', {
      body: { sourceId: sourceIds.washington2017, subject: coalition.id, metric: metric.id, value: { amount: 71 }, validTime: { at: '2017-07' } },
    });
    const corrected = await app.request('POST', `/v1/claims/${recorded.body.id}/corrections`, {
      body: { value: { amount: 72 }, reason: 'misread: 72-member' },
    });
    const retracted = await app.request('POST', `/v1/claims/${recorded.body.id}/retraction`, { body: { reason: 'source withdrawn' } });
    // knownAt is read to the millisecond, which each write's own recordedAt names.
    const [beforeAnything, afterRecord, afterCorrection, afterRetraction] = [
      millisecondBefore(recordedAt(recorded)),
      recordedAt(recorded),
      recordedAt(corrected),
      recordedAt(retracted),
    ];
    expect(new Set([afterRecord, afterCorrection, afterRetraction]).size).toBe(3);
    const fresh = `minPosition=${retracted.body.position}`;

    expect((await read(`${fact}?${fresh}&knownAt=${beforeAnything}`)).status).toBe(404);
    const then1 = await read(`${fact}?${fresh}&knownAt=${afterRecord}`);
    expect(then1.body).toMatchObject({ current: { value: { amount: 71 } }, asOf: { knownAt: afterRecord } });
    const then2 = await read(`${fact}?${fresh}&knownAt=${afterCorrection}`);
    expect(then2.body.current.value.amount).toBe(72);
    const then3 = await read(`${fact}?${fresh}&knownAt=${afterRetraction}`);
    expect(then3.body.claimCount).toBe(0);
    expect(then3.body.current).toBeUndefined();

    const timeline = await read(`${fact}/timeline?${fresh}&knownAt=${afterRecord}`);
    expect(timeline.body.claims.map((c: { value: { amount: number } }) => c.value.amount)).toEqual([71]);
    const value = await read(`${fact}/value?${fresh}&validAt=2017-07-15&knownAt=${afterCorrection}`);
    expect(value.body.value.value.amount).toBe(72);
    const all = await read(`${fact}/timeline?${fresh}&include=all`);
    expect(all.body.claims[0]).toMatchObject({ status: 'retracted', value: { amount: 72 } });
    await app.request('POST', `/v1/claims/${recorded.body.id}/restoration`, { body: { reason: 'source restored' } });
  });

  it('considers only what had been published by a date', async () => {
    const body = (source: string, amount: number, at: string) => ({
      sourceId: sourceIds[source],
      subject: coalition.id,
      metric: metric.id,
      value: { amount },
      validTime: { at },
    });
    await app.request('POST', '/v1/claims', { body: body('london2015', 60, '2015-01-22') });
    const last = await app.request('POST', '/v1/claims', { body: body('national2022', 84, '2022-05-11') });
    const fresh = `minPosition=${last.body.position}`;
    const by2016 = await read(`${fact}?${fresh}&publishedBefore=2016`);
    expect(by2016.body).toMatchObject({ current: { value: { amount: 60 } }, asOf: { publishedBefore: '2016-12-31' } });
    const by2020 = await read(`${fact}?${fresh}&publishedBefore=2020-01-01`);
    expect(by2020.body.current.value.amount).toBe(72);
    const now = await read(`${fact}?${fresh}`);
    expect(now.body.current.value.amount).toBe(84);
  });

  it('groups a publisher\u2019s revisions of one quarter and sees no contradiction in them', async () => {
    await app.request('POST', '/v1/metrics', { body: { id: 'gdp-growth', unit: 'percent', kind: 'percent', tolerance: 0 } });
    await app.request('POST', '/v1/entities', { body: { id: 'utopia', name: 'Utopia' } });
    let position = 0;
    const releases = [
      ['2026-08-14', 2.1],
      ['2026-09-30', 2.4],
      ['2026-11-12', 2.3],
    ] as const;
    const claimIds: string[] = [];
    for (const [publishedAt, amount] of releases) {
      const src = await app.request('POST', '/v1/sources', {
        body: {
          title: `GDP, second quarter: release of ${publishedAt}`,
          publisher: 'Utopia Statistics Office',
          publishedAt,
          kind: 'statistical_release',
          language: 'en',
        },
      });
      const c = await app.request('POST', '/v1/claims', {
        body: { sourceId: src.body.id, subject: 'utopia', metric: 'gdp-growth', value: { amount }, validTime: { from: '2026-04', to: '2026-06' } },
      });
      claimIds.push(c.body.id);
      position = c.body.position;
    }
    const view = await read(`/v1/facts/utopia/gdp-growth?minPosition=${position}`);
    expect(view.body.current.value.amount).toBe(2.3);
    expect(view.body.flags).not.toContain('contradicted');
    expect(view.body.contradictions).toEqual([]);
    const timeline = await read('/v1/facts/utopia/gdp-growth/timeline');
    const newest = timeline.body.claims.find((c: { id: string }) => c.id === claimIds[2]);
    expect(newest.releases.map((r: { value: { amount: number } }) => r.value.amount)).toEqual([2.1, 2.4, 2.3]);
    expect(timeline.body.claims.find((c: { id: string }) => c.id === claimIds[0]).supersededBy).toBe(claimIds[1]);
  });

  it('flags a cumulative figure that falls as an anomaly', async () => {
    await app.request('POST', '/v1/metrics', { body: { id: 'pledged-total', unit: 'usd', kind: 'money', cumulative: true } });
    const src = sourceIds.national2022;
    await app.request('POST', '/v1/claims', {
      body: {
        sourceId: src,
        subject: coalition.id,
        metric: 'pledged-total',
        value: { amount: 600_000_000, qualifier: 'more_than' },
        validTime: { at: '2021' },
      },
    });
    const fell = await app.request('POST', '/v1/claims', {
      body: { sourceId: src, subject: coalition.id, metric: 'pledged-total', value: { amount: 450_000_000 }, validTime: { at: '2022' } },
    });
    const view = await read(`/v1/facts/global-coalition/pledged-total?minPosition=${fell.body.position}`);
    expect(view.body.flags).toContain('anomaly');
    expect((await read('/v1/facts?flag=anomaly')).body.items.map((f: { metric: string }) => f.metric)).toEqual(['pledged-total']);
  });

  it('answers a repeated read with 304 when nothing changed', async () => {
    const first = await read(fact);
    const etag = first.headers.get('etag')!;
    // A fact view has no version of its own: its ETag is a digest of the body.
    expect(etag).toBe(`W/"${createHash('sha1').update(JSON.stringify(first.body)).digest('base64url')}"`);
    const again = await app.request('GET', fact, { key: app.keys.reader, headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });
});

describe('read-your-writes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ runProjector: false });
  });
  afterAll(() => app?.close());

  it('answers 503 with Retry-After rather than stale data when the projection is behind', async () => {
    const src = await app.request('POST', '/v1/sources', { body: sources.london2015 });
    const res = await app.request('GET', `/v1/facts?minPosition=${src.body.position}`, { key: app.keys.reader });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('1');
    expect((await app.request('GET', '/v1/projections', { key: app.keys.reader })).body.items[0].eventsBehind).toBeGreaterThan(0);
  });
});

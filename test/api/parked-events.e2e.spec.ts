import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EventStore } from '#event-store';
import { FACT_VIEWS, factViewsProjection } from '#projections';
import { startTestApp, type TestApp } from '#test-support';
import { coalition, metric, sources } from '../fixtures/coalition.js';

// An event the fact views cannot apply must not stop them: it is parked, the projector goes on,
// operators see it (/v1/projections, its list, /metrics) and retry it once the cause is fixed.
describe('an event the projector cannot apply', () => {
  let app: TestApp;
  let store: EventStore;
  let sourceId: string;
  const fact = '/v1/facts/global-coalition/member-count';
  const claim = (amount: number, at: string) => ({ sourceId, subject: 'global-coalition', metric: metric.id, value: { amount }, validTime: { at } });
  const read = (path: string) => app.request('GET', path, { key: app.keys.reader });

  beforeAll(async () => {
    app = await startTestApp({ runProjector: true });
    store = app.nest.get(EventStore);
    sourceId = (await app.request('POST', '/v1/sources', { body: sources.london2015 })).body.id;
    await app.request('POST', '/v1/metrics', { body: metric });
    await app.request('POST', '/v1/entities', { body: coalition });
  });
  afterAll(() => app?.close());

  it('is parked with its error while the fact views go on, and shows in /v1/projections, its list and /metrics', async () => {
    const first = await app.request('POST', '/v1/claims', { body: claim(60, '2015-01-22') });
    // Dates in year 0, as a release that checked dates less could have written them: the log
    // keeps them for ever, and neither the domain nor PostgreSQL accepts them.
    const [recorded] = await store.readStream(`claim-${first.body.id}`);
    const oldClaim = randomUUID();
    await store.append(`source-year-zero`, [
      { type: 'SourceRegistered', data: { ...sources.london2015, sourceId: 'year-zero', title: 'Year zero', publishedAt: '0000' } },
    ]);
    const poisoned = await store.append(`claim-${oldClaim}`, [
      { type: 'ClaimRecorded', data: { ...(recorded!.data as object), claimId: oldClaim, validTime: { at: '0000-06-01' } } },
    ]);

    const next = await app.request('POST', '/v1/claims', { body: claim(72, '2017-07') });
    const view = await read(`${fact}?minPosition=${next.body.position}`);
    expect(view.status, JSON.stringify(view.body)).toBe(200);
    expect(view.body).toMatchObject({ current: { value: { amount: 72 } }, claimCount: 2 });
    // Asked to include the parked event itself, a read says it cannot, and where to look.
    const waiting = await read(`${fact}?minPosition=${poisoned.positions[0]}`);
    expect(waiting.status).toBe(500);
    expect(waiting.body.detail).toBe(
      `the ${FACT_VIEWS} projection could not apply the event at position ${poisoned.positions[0]} and set it aside: ` +
        `an admin sees why at /v1/projections/${FACT_VIEWS}/parked, and can retry it there once the cause is fixed`,
    );

    const status = await read('/v1/projections');
    const factViews = status.body.items.find((p: { name: string }) => p.name === FACT_VIEWS);
    expect(factViews).toMatchObject({ eventsBehind: 0, parked: { total: 2, failed: 2, href: `/v1/projections/${FACT_VIEWS}/parked` } });
    expect(status.body.items.find((p: { name: string }) => p.name === 'editorial-v1').parked.total).toBe(0);

    const parked = await read(`/v1/projections/${FACT_VIEWS}/parked`);
    expect(parked.status).toBe(200);
    expect(parked.body.items).toMatchObject([
      { streamId: 'source-year-zero', eventType: 'SourceRegistered', attempts: 1, blockedBy: null, error: expect.stringContaining('is out of range') },
      { streamId: `claim-${oldClaim}`, eventType: 'ClaimRecorded', attempts: 1, error: expect.stringContaining('is out of range') },
    ]);

    const metrics = await app.request('GET', '/metrics', { key: null });
    expect(metrics.body).toContain(`factlog_projection_parked_events{projection="${FACT_VIEWS}"} 2`);

    // A retry with the same code fails the same way: the events stay, with one more attempt.
    expect((await app.request('POST', `/v1/projections/${FACT_VIEWS}/parked/retry`, { key: app.keys.editor })).status).toBe(403);
    const retry = await app.request('POST', `/v1/projections/${FACT_VIEWS}/parked/retry`);
    expect(retry.status, JSON.stringify(retry.body)).toBe(200);
    expect(retry.body).toMatchObject({ requested: 2, pending: 0, parked: { total: 2, failed: 2 } });
    expect((await read(`/v1/projections/${FACT_VIEWS}/parked`)).body.items.map((p: { attempts: number }) => p.attempts)).toEqual([2, 2]);
    expect((await app.request('POST', '/v1/projections/no-such/parked/retry')).status).toBe(404);
  });

  it('is applied by a retry once the cause is fixed, with the later events of its stream, in order', async () => {
    const parkedBefore = (await read(`/v1/projections/${FACT_VIEWS}/parked`)).body.items.length;
    // A release with a bug that refuses one claim's events.
    const apply = factViewsProjection.apply.bind(factViewsProjection);
    let broken: string | undefined;
    const spy = vi.spyOn(factViewsProjection, 'apply').mockImplementation(async (events, tx) => {
      if (events.some((e) => e.streamId === broken)) throw new TypeError("Cannot read properties of undefined (reading 'amount')");
      return apply(events, tx);
    });
    try {
      const recorded = await app.request('POST', '/v1/claims', { body: claim(84, '2022-05-11') });
      broken = `claim-${recorded.body.id}`;
      // Recorded before the bug hit it? Then the correction below is what gets parked first.
      const corrected = await app.request('POST', `/v1/claims/${recorded.body.id}/corrections`, {
        headers: { 'if-match': '"1"' },
        body: { value: { amount: 85 }, reason: 'the communique says 85' },
      });
      expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
      // A read that must include the correction says that it cannot yet.
      const after = await read(`${fact}/timeline?minPosition=${corrected.body.position}`);
      expect(after.status).toBe(500);
      const parked = (await read(`/v1/projections/${FACT_VIEWS}/parked`)).body.items.slice(parkedBefore);
      expect(parked.length).toBeGreaterThanOrEqual(1);
      expect(parked.at(-1)).toMatchObject({ streamId: broken, globalPosition: corrected.body.position });
    } finally {
      spy.mockRestore(); // the fix, deployed
    }

    const retry = await app.request('POST', `/v1/projections/${FACT_VIEWS}/parked/retry`);
    expect(retry.body).toMatchObject({ pending: 0, parked: { total: parkedBefore } });
    const position = (await read(`/v1/claims/${broken.slice('claim-'.length)}`)).body.position;
    const timeline = await read(`${fact}/timeline?minPosition=${position}`);
    expect(timeline.status).toBe(200);
    const amounts = timeline.body.claims.map((c: { value: { amount: number } }) => c.value.amount);
    expect(amounts).toContain(85);
    expect(amounts).not.toContain(84);
  });
  it('brings claims that went ahead of their parked source up to date once the source is applied', async () => {
    // A publisher's first release, applied as usual, then its restatement whose source is parked.
    const release = (title: string, publishedAt: string) => ({ ...sources.london2015, url: undefined, title, publisher: 'Parked Press', publishedAt });
    const first = await app.request('POST', '/v1/sources', { body: release('Members, first release', '2018-04-20') });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const original = await app.request('POST', '/v1/claims', { body: { ...claim(74, '2018-03'), sourceId: first.body.id } });
    expect(original.status, JSON.stringify(original.body)).toBe(201);
    const apply = factViewsProjection.apply.bind(factViewsProjection);
    const spy = vi.spyOn(factViewsProjection, 'apply').mockImplementation(async (events, tx) => {
      if (events.some((e) => e.type === 'SourceRegistered')) throw new TypeError('a release that cannot read sources');
      return apply(events, tx);
    });
    let restated: string;
    try {
      const second = await app.request('POST', '/v1/sources', { body: release('Members, revised release', '2018-05-20') });
      // The claim's own stream is behind nothing parked: it is applied without its source.
      const recorded = await app.request('POST', '/v1/claims', { body: { ...claim(75, '2018-03'), sourceId: second.body.id } });
      restated = recorded.body.id;
      await read(`${fact}?minPosition=${recorded.body.position}`);
    } finally {
      spy.mockRestore();
    }
    const retry = await app.request('POST', `/v1/projections/${FACT_VIEWS}/parked/retry`);
    expect(retry.status, JSON.stringify(retry.body)).toBe(200);
    // The same publisher restating its figure is a revision, not a contradiction: which the
    // fact views can only tell once the claim's row knows its source's publisher.
    const open = await read('/v1/contradictions?status=open&subject=global-coalition');
    expect(open.status).toBe(200);
    expect(JSON.stringify(open.body)).not.toContain(restated);
  });
});

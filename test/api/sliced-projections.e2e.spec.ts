import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventStore } from '#event-store';
import { FACT_VIEWS } from '#projections';
import { startTestApp, type TestApp } from '#test-support';
import { coalition, metric, sources } from '../fixtures/coalition.js';

// The fact views split in two slices (FACTLOG_PROJECTION_SLICES=2): reads wait for both, and
// /v1/projections shows one projection with a checkpoint per slice, whose parked events are
// listed and retried through the same endpoints.
describe('the fact views in slices, over HTTP', () => {
  let app: TestApp;
  let store: EventStore;
  let sourceId: string;
  const read = (path: string) => app.request('GET', path, { key: app.keys.reader });

  beforeAll(async () => {
    app = await startTestApp({ runProjector: true, projectionSlices: 2 });
    store = app.nest.get(EventStore);
    sourceId = (await app.request('POST', '/v1/sources', { body: sources.london2015 })).body.id;
    await app.request('POST', '/v1/metrics', { body: metric });
    await app.request('POST', '/v1/entities', { body: coalition });
  });
  afterAll(() => app?.close());

  it('reads its writes, and lists and retries the parked events of every slice', async () => {
    const first = await app.request('POST', '/v1/claims', {
      body: { sourceId, subject: 'global-coalition', metric: metric.id, value: { amount: 60 }, validTime: { at: '2015-01-22' } },
    });
    const view = await read(`/v1/facts/global-coalition/member-count?minPosition=${first.body.position}`);
    expect(view.status, JSON.stringify(view.body)).toBe(200);
    expect(view.body).toMatchObject({ current: { value: { amount: 60 } } });

    // A source no slice can apply (a date in year 0), which every slice parks, and a claim of it.
    const [recorded] = await store.readStream(`claim-${first.body.id}`);
    const oldClaim = randomUUID();
    const source = await store.append('source-year-zero', [
      { type: 'SourceRegistered', data: { ...sources.london2015, sourceId: 'year-zero', title: 'Year zero', publishedAt: '0000' } },
    ]);
    const poisoned = await store.append(`claim-${oldClaim}`, [
      { type: 'ClaimRecorded', data: { ...(recorded!.data as object), claimId: oldClaim, validTime: { at: '0000-06-01' } } },
    ]);
    const waiting = await read(`/v1/facts/global-coalition/member-count?minPosition=${poisoned.positions[0]}`);
    expect(waiting.status).toBe(500);

    const status = (await read('/v1/projections')).body.items.find((p: { name: string }) => p.name === FACT_VIEWS);
    expect(status).toMatchObject({ eventsBehind: 0, parked: { total: 3, failed: 3, href: `/v1/projections/${FACT_VIEWS}/parked` } });
    expect(status.slices).toMatchObject([
      { slice: '1/2', consumer: `${FACT_VIEWS}#1/2`, eventsBehind: 0 },
      { slice: '2/2', consumer: `${FACT_VIEWS}#2/2`, eventsBehind: 0 },
    ]);
    expect(status.slices[0].parked.total + status.slices[1].parked.total).toBe(3);
    expect(status.checkpoint.position).toBe(Math.min(...status.slices.map((s: { checkpoint: { position: number } }) => s.checkpoint.position)));
    // Not split, the editorial model has one slice of its own name.
    const editorial = (await read('/v1/projections')).body.items.find((p: { name: string }) => p.name === 'editorial-v1');
    expect(editorial.slices).toMatchObject([{ slice: '1/1', consumer: 'editorial-v1' }]);

    // One a page: the source, parked once by each slice, then the claim, by its fact's slice.
    const seen: Array<{ consumer: string; globalPosition: number }> = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Array<{ consumer: string; globalPosition: number }>; next: string | null } } = await read(
        `/v1/projections/${FACT_VIEWS}/parked?limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.body.items.map(({ consumer, globalPosition }) => ({ consumer, globalPosition })));
      cursor = page.body.next;
    } while (cursor);
    expect(seen.slice(0, 2)).toEqual([
      { consumer: `${FACT_VIEWS}#1/2`, globalPosition: source.positions[0] },
      { consumer: `${FACT_VIEWS}#2/2`, globalPosition: source.positions[0] },
    ]);
    expect(seen[2]).toMatchObject({ globalPosition: poisoned.positions[0] });
    expect(seen).toHaveLength(3);

    const retry = await app.request('POST', `/v1/projections/${FACT_VIEWS}/parked/retry`);
    expect(retry.status, JSON.stringify(retry.body)).toBe(200);
    expect(retry.body).toMatchObject({ requested: 3, pending: 0, parked: { total: 3, failed: 3 } });
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '#database';
import { EventStore } from '#event-store';
import { createTestDatabase, dumpReadModel, type TestDatabase } from '#test-support';
import { rebuildProjection } from '../rebuild.js';
import { ProjectionRunner } from '../runner.js';
import { waitForPosition } from '../status.js';
import { search } from './search-queries.js';
import { SEARCH, searchProjection } from './search.projection.js';

describe('the search projection', () => {
  let t: TestDatabase;
  let store: EventStore;
  let runner: ProjectionRunner;
  let head = 0;
  const claimId = randomUUID();
  const wordlessId = randomUUID();

  beforeAll(async () => {
    t = await createTestDatabase({ max: 6 });
    store = new EventStore(t.db);
    const append = async (stream: string, events: Parameters<EventStore['append']>[1]) => {
      head = (await store.append(stream, events)).positions.at(-1) ?? head;
    };
    await append('metric-m', [{ type: 'MetricDefined', data: { metricId: 'troop-count', unit: 'soldier', kind: 'count', cumulative: false, tolerance: 0 } }]);
    await append('entity-e', [{ type: 'EntityDefined', data: { entityId: 'e', name: 'Northern Brigade', aliases: ['the Brigade'] } }]);
    await append('source-s', [
      {
        type: 'SourceRegistered',
        data: { sourceId: 's', title: 'Brigade doubles', publisher: 'Valley Times', publishedAt: '2020-02', kind: 'other', language: 'en' },
      },
    ]);
    await append(`claim-${claimId}`, [
      {
        type: 'ClaimRecorded',
        data: {
          claimId,
          sourceId: 's',
          entityId: 'e',
          metricId: 'troop-count',
          value: { amount: 900, qualifier: 'exact', unit: 'soldier' },
          validTime: { at: '2020-01' },
          quote: { text: 'nine hundred soldiers', start: 0, end: 21 },
          attribution: 'Colonel Ferreira',
        },
      },
      { type: 'ClaimCommented', data: { claimId, commentId: 'c1', text: 'Ferreira later said eight hundred' } },
    ]);
    // A figure from a data set: no quote, attribution or note.
    await append(`claim-${wordlessId}`, [
      {
        type: 'ClaimRecorded',
        data: {
          claimId: wordlessId,
          sourceId: 's',
          entityId: 'e',
          metricId: 'troop-count',
          value: { amount: 850, qualifier: 'exact', unit: 'soldier' },
          validTime: { at: '2020-03' },
        },
      },
      { type: 'ClaimCommented', data: { claimId: wordlessId, commentId: 'c2', text: 'The muster roll gives eight hundred and fifty' } },
    ]);
    runner = new ProjectionRunner(t.db, store, searchProjection, { connectionString: t.url, pollIntervalMs: 20 });
    runner.start();
    expect(await waitForPosition(t.db, SEARCH, head, 20_000)).toBe(true);
  });
  afterAll(async () => {
    await runner?.stop();
    await store?.close();
    await t?.drop();
  });

  it('keeps a row per thing found, the claim and its comment with the publisher and date of their source', async () => {
    const found = await search(t.db, { q: 'Ferreira', limit: 10 });
    expect(found.items.map((h) => [h.kind, h.claimId, h.entityId, h.metricId, h.publisher, h.publishedOn])).toEqual([
      ['claim', claimId, 'e', 'troop-count', 'Valley Times', '2020-02-01'],
      ['comment', claimId, 'e', 'troop-count', 'Valley Times', '2020-02-01'],
    ]);
    expect((await search(t.db as never, { q: 'troop count', limit: 10 })).items[0]).toMatchObject({ kind: 'metric', metricId: 'troop-count' });
  });

  it('finds a comment on a claim without words by the subject, metric and source of that claim, and never the claim itself', async () => {
    const found = await search(t.db, { q: 'muster roll', limit: 10 });
    expect(found.items.map((h) => [h.kind, h.claimId, h.entityId, h.metricId, h.publisher, h.publishedOn])).toEqual([
      ['comment', wordlessId, 'e', 'troop-count', 'Valley Times', '2020-02-01'],
    ]);
    expect((await search(t.db, { q: 'muster', entityId: 'e', metricId: 'troop-count', limit: 10 })).items).toHaveLength(1);
    const rows = await t.db.selectFrom('rm_search').select('doc_id').where('claim_id', '=', wordlessId).execute();
    expect(rows.map((r) => r.doc_id)).toEqual([`comment:${wordlessId}:c2`]);
  });

  it('is rebuilt from the log into the same rows', async () => {
    const before = await dumpReadModel(t.db, searchProjection);
    expect(before.rm_search).toHaveLength(6);
    await runner.stop();
    const open = (schema?: string) => {
      const u = new URL(t.url);
      if (schema) u.searchParams.set('options', `-c search_path=${schema},public`);
      return connect(u.toString(), { max: 2 });
    };
    await rebuildProjection(open, searchProjection, { batchSize: 2 });
    expect(await dumpReadModel(t.db, searchProjection)).toEqual(before);
  });
});

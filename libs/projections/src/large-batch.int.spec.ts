import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventStore, readAll, START, type Checkpoint } from '#event-store';
import { createTestDatabase, dumpReadModel } from '#test-support';
import { factViewsProjection } from './fact-views.projection.js';

/**
 * A batch larger than a COPY part (500 rows), mixing the kinds of change a fact can go through:
 * its claims written in parts while the summaries are computed must give what small batches give.
 */
describe('one large batch', () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  const dump = () => dumpReadModel(t.db, factViewsProjection);

  const project = async (size: number) => {
    let checkpoint: Checkpoint = START;
    for (;;) {
      const batch = await readAll(t.db, { after: checkpoint, limit: size });
      if (batch.events.length === 0) return;
      await t.db.transaction().execute((tx) => factViewsProjection.apply(batch.events, tx));
      checkpoint = batch.checkpoint;
    }
  };

  beforeAll(async () => {
    t = await createTestDatabase({ max: 2 });
    const store = new EventStore(t.db);
    for (const [metricId, cumulative] of [
      ['count', false],
      ['total', true],
    ] as const) {
      await store.append(`metric-${metricId}`, [{ type: 'MetricDefined', data: { metricId, unit: 'x', kind: 'count', cumulative, tolerance: 0 } }]);
    }
    for (const sourceId of ['a', 'b']) {
      await store.append(`source-${sourceId}`, [
        {
          type: 'SourceRegistered',
          data: { sourceId, title: `Source ${sourceId}`, publisher: `Publisher ${sourceId}`, publishedAt: '2020-06-01', kind: 'other', language: 'en' },
        },
      ]);
    }
    const claims: string[] = [];
    for (let i = 0; i < 1200; i++) {
      const claimId = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      claims.push(claimId);
      // 16 facts; most figures are newer than the fact's others, every seventh goes back to the start.
      const day = i % 7 === 0 ? 1 : 1 + Math.floor(i / 40);
      await store.append(`claim-${claimId}`, [
        {
          type: 'ClaimRecorded',
          data: {
            claimId,
            sourceId: i % 3 === 0 ? 'b' : 'a',
            entityId: `e${i % 8}`,
            metricId: i % 5 === 0 ? 'total' : 'count',
            value: { amount: 100 + (i % 13), qualifier: 'exact' },
            validTime: { at: `2020-01-${String(Math.min(day, 28)).padStart(2, '0')}` },
            quote: { text: `said\t"${i}"\nand \\ more`, start: 0, end: 10 },
          },
        },
      ]);
      if (i % 97 === 5)
        await store.append(`claim-${claims[i - 5]}`, [{ type: 'ClaimRetracted', data: { claimId: claims[i - 5]!, reason: 'withdrawn' } }], {
          expectedVersion: 1,
        });
    }
  }, 120_000);
  afterAll(() => t.drop());

  let large: Awaited<ReturnType<typeof dump>>;

  it('writes the same read model as small batches do', async () => {
    await project(5000);
    large = await dump();
    expect(large.rm_claims!.length).toBeGreaterThan(1200);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from rm_facts`.execute(t.db);
    expect(rows[0]!.n).toBe(16);

    await factViewsProjection.reset!(t.db);
    await project(7);
    expect(large).toEqual(await dump());
  }, 120_000);

  it("applies several batches in one transaction, as a rebuild's switch does, each fact row once per batch", async () => {
    await factViewsProjection.reset!(t.db);
    const all = await readAll(t.db, { limit: 100_000 });
    await t.db.transaction().execute(async (tx) => {
      for (let i = 0; i < all.events.length; i += 700) await factViewsProjection.apply(all.events.slice(i, i + 700), tx);
    });
    expect(await dump()).toEqual(large);
  }, 120_000);
});

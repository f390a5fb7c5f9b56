import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '#test-support';
import { loadClusters } from './fact-clusters.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('finding the clusters of overlapping claims around a change', () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;

  /** A claim row of fact (entity, metric) valid from one day to another. */
  const claim = (n: number, metric: string, from: string, to: string, over: { status?: string; closed?: boolean } = {}) => sql`
    insert into rm_claims (claim_id, row_version, entity_id, metric_id, source_id, published_start, status, rank, value, valid_time,
                           valid_start, valid_end, first_recorded_at, recorded_from, recorded_to, position)
    values (${id(n)}, ${over.closed ? 1 : 2}, 'office', ${metric}, 's', date '2024-01-01', ${over.status ?? 'active'}, 'normal',
            '{"amount": 1, "qualifier": "exact"}', ${JSON.stringify({ at: from })}, ${from}::date, ${to}::date, now(), now(),
            ${over.closed ? sql`now()` : null}, ${n})`;

  beforeAll(async () => {
    t = await createTestDatabase({ max: 2 });
    for (const row of [
      claim(1, 'gdp', '2024-01-01', '2024-01-01'),
      claim(2, 'gdp', '2024-01-01', '2024-01-03'), // overlaps 1 and 3: one cluster of three
      claim(3, 'gdp', '2024-01-03', '2024-01-03'),
      claim(4, 'gdp', '2024-01-10', '2024-01-10'),
      claim(5, 'gdp', '2024-01-20', '2024-01-20'),
      claim(6, 'gdp', '2024-01-20', '2024-01-20', { status: 'retracted' }), // takes part in nothing
      claim(7, 'gdp', '2024-01-05', '2024-01-25', { closed: true }), // a row a correction closed: no longer current
      claim(8, 'jobs', '2024-01-01', '2024-01-01'), // another fact
    ])
      await row.execute(t.db);
  });
  afterAll(() => t.drop());

  const ids = (claims: ReadonlyArray<{ id: string }> | undefined) => claims?.map((c) => c.id).sort();

  it('given a valid time, then it finds the claims overlapping it and those overlapping them, and no other', async () => {
    const found = await loadClusters(t.db, [{ entityId: 'office', metricId: 'gdp', spans: [{ start: '2024-01-01', end: '2024-01-01' }], ids: [] }]);
    expect(ids(found.get('office\u0000gdp'))).toEqual([id(1), id(2), id(3)]);
  });

  it("given claims by id and valid times of several facts, then it finds each fact's clusters in the same rounds", async () => {
    const found = await loadClusters(t.db, [
      { entityId: 'office', metricId: 'gdp', spans: [{ start: '2024-01-20', end: '2024-01-20' }], ids: [id(4)] },
      { entityId: 'office', metricId: 'jobs', spans: [{ start: '2023-12-01', end: '2024-01-01' }], ids: [] },
    ]);
    expect(ids(found.get('office\u0000gdp'))).toEqual([id(4), id(5)]);
    expect(ids(found.get('office\u0000jobs'))).toEqual([id(8)]);
  });

  it('given a valid time no current claim overlaps, then it finds nothing', async () => {
    const found = await loadClusters(t.db, [{ entityId: 'office', metricId: 'gdp', spans: [{ start: '2024-01-15', end: '2024-01-15' }], ids: [] }]);
    expect(found.get('office\u0000gdp')).toEqual([]);
  });

  it("probes the GiST index on the fact and its valid-time range, not the fact's other claims", async () => {
    await sql`set enable_seqscan = off`.execute(t.db);
    const plan = await sql<{ 'QUERY PLAN': string }>`
      explain select * from rm_claims c
      where hashtextextended(c.entity_id || '/' || c.metric_id, 0) = hashtextextended('office' || '/' || 'gdp', 0)
        and c.entity_id = 'office' and c.metric_id = 'gdp' and c.recorded_to is null
        and daterange(c.valid_start, c.valid_end, '[]') && daterange('2024-01-01', '2024-01-02', '[]')`.execute(t.db);
    expect(plan.rows.map((r) => r['QUERY PLAN']).join('\n')).toContain('rm_claims_fact_span_idx');
  });
});

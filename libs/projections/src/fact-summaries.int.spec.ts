import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventStore, readAll, START, type Checkpoint } from '#event-store';
import { createTestDatabase } from '#test-support';
import { summarizeFact } from '#claims';
import { factKey, loadActiveClaimsOfFacts } from './fact-data.js';
import { findContradiction } from './fact-queries.js';
import { loadMetrics, loadStoredSummaries } from './fact-summaries.js';
import { factViewsProjection } from './fact-views.projection.js';

const claimId = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

describe('fact summaries', () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  let store: EventStore;
  let checkpoint: Checkpoint = START;

  const project = async () => {
    const batch = await readAll(t.db, { after: checkpoint, limit: 1000 });
    await t.db.transaction().execute((tx) => factViewsProjection.apply(batch.events, tx));
    checkpoint = batch.checkpoint;
  };
  // The summary as stored: its row, with its contradictions and revisions from theirs.
  const stored = async (db: Kysely<any>, entityId: string) => {
    const s = (await loadStoredSummaries(db, [{ entityId, metricId: 'gdp' }])).summaries.get(factKey({ entityId, metricId: 'gdp' }))!;
    // As plain JSON, as the summary is compared with: the revisions are a persistent map in memory.
    return { summary: JSON.parse(JSON.stringify(s.summary)), source_claims: s.tally, unreviewed_claims: s.unreviewed };
  };
  const summary = (db: Kysely<any> = t.db) => stored(db, 'office');
  const listed = async () => (await sql`select * from rm_contradictions where entity_id = 'office' order by contradiction_id`.execute(t.db)).rows;
  const record = (n: number, sourceId: string, amount: number, at: string) =>
    store.append(`claim-${claimId(n)}`, [
      {
        type: 'ClaimRecorded',
        data: { claimId: claimId(n), sourceId, entityId: 'office', metricId: 'gdp', value: { amount, qualifier: 'exact' }, validTime: { at } },
      },
    ]);

  beforeAll(async () => {
    t = await createTestDatabase({ max: 2 });
    store = new EventStore(t.db);
    await store.append('metric-gdp', [{ type: 'MetricDefined', data: { metricId: 'gdp', unit: 'usd', kind: 'money', cumulative: false, tolerance: 0 } }]);
    await store.append('entity-office', [{ type: 'EntityDefined', data: { entityId: 'office', name: 'Statistics office', aliases: [] } }]);
    for (const [id, publisher, publishedAt] of [
      ['q1', 'Statistics Office', '2024-04-30'],
      ['q2', 'Daily Paper', '2024-05-31'],
    ]) {
      await store.append(`source-${id}`, [
        { type: 'SourceRegistered', data: { sourceId: id, title: id, publisher, publishedAt, kind: 'statistical_release', language: 'en' } },
      ]);
    }
  });
  afterAll(async () => {
    await store.close();
    await t.drop();
  });

  it('keeps a source tally beside each summary and extends it as newer figures arrive', async () => {
    await record(1, 'q1', 100, '2024-01');
    await project();
    await record(2, 'q2', 101, '2024-02');
    await project();
    const s = await summary();
    expect(s.source_claims).toEqual({ q1: 1, q2: 1 });
    expect(s.summary.current.claimIds).toEqual([claimId(2)]);
    expect(s.summary.sourceCount).toBe(2);
    expect(s.summary.flags).toEqual(['unreviewed']);
  });

  it('summarises a fact again when a source it cites changes publisher: a contradiction becomes a revision', async () => {
    // A second figure for the same quarter from the other source: two publishers disagree.
    await record(3, 'q1', 120, '2024-02');
    await project();
    const [contradiction] = (await summary()).summary.contradictions;
    expect((await summary()).summary.contradictions).toHaveLength(1);
    // Listed by id beside the summary, for a resolution to find it with one probe.
    expect(await listed()).toEqual([
      { contradiction_id: contradiction.id, entity_id: 'office', metric_id: 'gdp', claim_ids: contradiction.claimIds, contradiction },
    ]);
    expect(await findContradiction(t.db, contradiction.id)).toEqual({ entityId: 'office', metricId: 'gdp', contradiction });

    // The second release turns out to be the same office's revised figure, published later.
    await store.append('source-q2', [{ type: 'SourceUpdated', data: { sourceId: 'q2', changes: { publisher: 'Statistics Office' } } }]);
    await project();
    const s = (await summary()).summary;
    expect(s.contradictions).toEqual([]);
    // q1's 120 for February (published 30 April) is revised by q2's 101 (published 31 May).
    expect(s.supersededBy).toEqual({ [claimId(3)]: claimId(2) });
    expect(await listed()).toEqual([]);
    expect(await findContradiction(t.db, contradiction.id)).toBeUndefined();
  });

  it('summarises a fact its batch starts from the claims that start it, as from all of its claims', async () => {
    const claim = (n: number, sourceId: string, amount: number, at: string) => ({
      type: 'ClaimRecorded',
      data: {
        claimId: `00000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`,
        sourceId,
        entityId: 'newcomer',
        metricId: 'gdp',
        value: { amount, qualifier: 'exact' },
        validTime: { at },
      },
    });
    // One batch: a figure, the office's revised one for the same month (q2 is its later release
    // since the test above), and a later month's figure.
    for (const [n, source, amount, at] of [
      [1, 'q1', 200, '2024-01'],
      [2, 'q2', 230, '2024-01'],
      [3, 'q1', 210, '2024-02'],
    ] as const) {
      await store.append(`claim-newcomer-${n}`, [claim(n, source, amount, at)]);
    }
    await project();
    const key = { entityId: 'newcomer', metricId: 'gdp' };
    const newcomer = await stored(t.db, 'newcomer');
    const claims = (await loadActiveClaimsOfFacts(t.db, [key])).get(factKey(key))!;
    const metric = (await loadMetrics(t.db, ['gdp'])).get('gdp')!;
    expect(claims).toHaveLength(3);
    expect(newcomer.summary).toEqual(JSON.parse(JSON.stringify(summarizeFact('newcomer', 'gdp', claims, metric, []))));
    expect(Object.keys(newcomer.summary.supersededBy)).toEqual(['00000000-0000-4000-8000-000000000101']);
    expect(newcomer.source_claims).toEqual({ q1: 2, q2: 1 });
    expect(newcomer.unreviewed_claims).toBe(3);
  });

  it('brings a fact up to date from the claims around a change alone: claims of other periods are not read', async () => {
    // Two sources agree on another quarter; then one row is altered behind the projector's back,
    // so that a summary made from all the fact's claims would relate the two.
    await record(4, 'q1', 90, '2023-10');
    await record(6, 'q2', 90, '2023-10');
    await project();
    const before = (await summary()).summary;
    await sql`update rm_claims set value = jsonb_set(value, '{amount}', '5') where claim_id = ${claimId(4)}`.execute(t.db);
    // A figure that disagrees with another for 2024-01 (not the latest quarter), then a correction of it.
    await record(5, 'q2', 140, '2024-01');
    await project();
    await store.append(
      `claim-${claimId(5)}`,
      [{ type: 'ClaimCorrected', data: { claimId: claimId(5), value: { amount: 150, qualifier: 'exact' }, reason: 'r' } }],
      { expectedVersion: 1 },
    );
    await project();
    const s = (await summary()).summary;
    expect(s.claimCount).toBe(before.claimCount + 1);
    expect(JSON.stringify(s)).toContain(claimId(5));
    // Neither 2023-10 claim was read again: a summary of the rows as they are would name them.
    expect(JSON.stringify(s)).not.toContain(claimId(4));
    expect(JSON.stringify(s)).not.toContain(claimId(6));
  });

  it('keeps the contradiction rows equal to the contradictions of the claims, batch after batch', async () => {
    // A new contradiction on a fact already summarised, then one of its claims retracted.
    await record(7, 'q1', 300, '2024-06');
    await store.append(`claim-${claimId(8)}`, [
      {
        type: 'ClaimRecorded',
        data: {
          claimId: claimId(8),
          sourceId: 'gov',
          entityId: 'office',
          metricId: 'gdp',
          value: { amount: 390, qualifier: 'exact' },
          validTime: { at: '2024-06' },
        },
      },
    ]);
    await project();
    // What summarising each fact from its claim rows gives.
    const expected = async () => {
      const facts = (await sql<{ entity_id: string; metric_id: string }>`select entity_id, metric_id from rm_facts`.execute(t.db)).rows;
      const keys = facts.map((f) => ({ entityId: f.entity_id, metricId: f.metric_id }));
      const claims = await loadActiveClaimsOfFacts(t.db, keys);
      const metrics = await loadMetrics(t.db, ['gdp']);
      return keys
        .flatMap((k) => summarizeFact(k.entityId, k.metricId, claims.get(factKey(k)) ?? [], metrics.get(k.metricId)!, []).contradictions)
        .map((c) => ({ id: c.id, claim_ids: [...c.claimIds], contradiction: JSON.parse(JSON.stringify(c)) as unknown }))
        .sort((a, b) => a.id.localeCompare(b.id));
    };
    const stored = async () =>
      (
        await sql<{ id: string; claim_ids: string[]; contradiction: unknown }>`
        select contradiction_id::text as id, claim_ids, contradiction from rm_contradictions order by 1`.execute(t.db)
      ).rows;
    const withIt = await expected();
    expect(withIt.some((c) => c.claim_ids.includes(claimId(8)))).toBe(true);
    expect(await stored()).toEqual(withIt);
    await store.append(`claim-${claimId(8)}`, [{ type: 'ClaimRetracted', data: { claimId: claimId(8), reason: 'misread' } }], { expectedVersion: 1 });
    await project();
    const without = await expected();
    expect(without.some((c) => c.claim_ids.includes(claimId(8)))).toBe(false);
    expect(await stored()).toEqual(without);
  });

  it('clears the revision and contradiction rows a fact without a summary had left, when it is summarised anew', async () => {
    // Rows of a fact that has no summary row (a table restored by hand, say): a summary made from
    // the fact's claims replaces them, whatever they were.
    await sql`insert into rm_revisions (claim_id, entity_id, metric_id, superseded_by) values ('stale', 'annex', 'gdp', 'gone')`.execute(t.db);
    await sql`insert into rm_contradictions (contradiction_id, entity_id, metric_id, claim_ids, contradiction)
              values ('00000000-0000-4000-8000-0000000000ff', 'annex', 'gdp', '{stale,gone}', '{}')`.execute(t.db);
    await store.append(`claim-${claimId(9)}`, [
      {
        type: 'ClaimRecorded',
        data: {
          claimId: claimId(9),
          sourceId: 'q1',
          entityId: 'annex',
          metricId: 'gdp',
          value: { amount: 5, qualifier: 'exact' },
          validTime: { at: '2024-01' },
        },
      },
    ]);
    await project();
    expect((await sql`select claim_id from rm_revisions where entity_id = 'annex'`.execute(t.db)).rows).toEqual([]);
    expect((await sql`select contradiction_id from rm_contradictions where entity_id = 'annex'`.execute(t.db)).rows).toEqual([]);
    expect((await stored(t.db, 'annex')).summary.claimCount).toBe(1);
  });

  it('revises a series from the live claims around a newer release: what a later release superseded is not read again', async () => {
    const id = (n: number) => `00000000-0000-4000-8000-0000000002${String(n).padStart(2, '0')}`;
    const seriesClaim = (n: number, sourceId: string, amount: number, at: string) =>
      store.append(`claim-${id(n)}`, [
        {
          type: 'ClaimRecorded',
          data: {
            claimId: id(n),
            sourceId,
            entityId: 'series',
            metricId: 'gdp',
            value: { amount, qualifier: 'exact' },
            validTime: { at },
          },
        },
      ]);
    for (const [source, publishedAt] of [
      ['r1', '2025-02-01'],
      ['r2', '2025-03-01'],
      ['r3', '2025-04-01'],
    ]) {
      await store.append(`source-${source}`, [
        {
          type: 'SourceRegistered',
          data: { sourceId: source, title: source, publisher: 'Series Office', publishedAt, kind: 'statistical_release', language: 'en' },
        },
      ]);
    }
    await store.append('entity-series', [{ type: 'EntityDefined', data: { entityId: 'series', name: 'A series', aliases: [] } }]);
    // Release 1 states January and February; release 2 restates both, revised.
    await seriesClaim(1, 'r1', 100, '2025-01');
    await seriesClaim(2, 'r1', 200, '2025-02');
    await project();
    await seriesClaim(3, 'r2', 101, '2025-01');
    await seriesClaim(4, 'r2', 201, '2025-02');
    await project();
    expect((await stored(t.db, 'series')).summary.supersededBy).toEqual({ [id(1)]: id(3), [id(2)]: id(4) });
    // Release 1's January row altered behind the projector's back to agree with release 2: read
    // again, it would no longer be a revision.
    await sql`update rm_claims set value = jsonb_set(value, '{amount}', '101') where claim_id = ${id(1)}`.execute(t.db);
    // Release 3 restates January: newer than every claim of its publisher, so only the live
    // claims around it are read.
    await seriesClaim(5, 'r3', 102, '2025-01');
    await project();
    expect((await stored(t.db, 'series')).summary.supersededBy).toEqual({ [id(1)]: id(3), [id(2)]: id(4), [id(3)]: id(5) });
    // And with the row as it was, the summary is what all of the fact's claims give.
    await sql`update rm_claims set value = jsonb_set(value, '{amount}', '100') where claim_id = ${id(1)}`.execute(t.db);
    const key = { entityId: 'series', metricId: 'gdp' };
    const claims = (await loadActiveClaimsOfFacts(t.db, [key])).get(factKey(key))!;
    const metric = (await loadMetrics(t.db, ['gdp'])).get('gdp')!;
    expect((await stored(t.db, 'series')).summary).toEqual(JSON.parse(JSON.stringify(summarizeFact('series', 'gdp', claims, metric, []))));
  });
});

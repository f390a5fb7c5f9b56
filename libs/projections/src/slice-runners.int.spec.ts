import { type Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connect } from '#database';
import { EventStore, LockShare, type NewEvent } from '#event-store';
import { createTestDatabase, dumpReadModel, type TestDatabase } from '#test-support';
import { FACT_VIEWS, factViewsProjection } from './fact-views.projection.js';
import { rebuildProjection } from './rebuild.js';
import { ProjectionRunner, projectionRunners } from './runner.js';
import { SliceLayoutError, sliceOfFact, sliceOfFactSql } from './slices.js';
import { projectionHasReached, projectionStatus, waitForPosition } from './status.js';

const ENTITIES = ['e0', 'e1', 'e2', 'e3', 'e4', 'e5'];

/** A log of claims over twelve facts, from two sources, one of them republished half way. */
async function writeLog(store: EventStore, claims: number, from = 0) {
  if (from === 0) {
    await store.append('metric-m0', [{ type: 'MetricDefined', data: { metricId: 'm0', unit: 'member', kind: 'count', cumulative: false, tolerance: 0 } }]);
    await store.append('metric-m1', [{ type: 'MetricDefined', data: { metricId: 'm1', unit: 'member', kind: 'count', cumulative: true, tolerance: 0 } }]);
    for (const s of ['s1', 's2'])
      await store.append(`source-${s}`, [
        { type: 'SourceRegistered', data: { sourceId: s, title: s, publisher: `P${s}`, publishedAt: '2015-01', kind: 'news_article', language: 'en' } },
      ]);
  }
  let last = 0;
  for (let i = from; i < from + claims; i++) {
    const claimId = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const events: NewEvent[] = [
      {
        type: 'ClaimRecorded',
        data: {
          claimId,
          sourceId: i % 3 === 0 ? 's1' : 's2',
          entityId: ENTITIES[i % ENTITIES.length],
          metricId: i % 4 < 2 ? 'm0' : 'm1',
          value: { amount: 50 + (i % 7), qualifier: 'exact' },
          validTime: { at: `2015-01-${String(1 + (i % 9)).padStart(2, '0')}` },
        },
      },
    ];
    if (i % 5 === 0) events.push({ type: 'ClaimRetracted', data: { claimId, reason: 'r' } });
    last = (await store.append(`claim-${claimId}`, events)).positions.at(-1)!;
    if (i === from + Math.floor(claims / 2)) {
      last = (await store.append('source-s1', [{ type: 'SourceUpdated', data: { sourceId: 's1', changes: { publisher: 'Q', publishedAt: '2015-03' } } }]))
        .positions[0]!;
    }
  }
  return last;
}

const dump = (db: Kysely<any>) => dumpReadModel(db, { tables: factViewsProjection.tables.filter((t) => t !== 'rm_applied' && t !== 'rm_slice_sources') });

describe('projection runners in slices', () => {
  let t: TestDatabase;
  let store: EventStore;
  const runners: ProjectionRunner[] = [];
  /** A projector process: a runner for each of the fact views' slices, sharing the process's count of them. */
  const projector = (slices: number) => {
    const own = projectionRunners(t.db, store, [factViewsProjection], slices, () => ({
      connectionString: t.url,
      pollIntervalMs: 50,
      standbyRetryMs: 100,
      batchSize: 50,
    }));
    runners.push(...own);
    for (const r of own) r.start();
    return own;
  };

  beforeEach(async () => {
    t = await createTestDatabase({ max: 20 });
    store = new EventStore(t.db);
  });
  afterEach(async () => {
    await Promise.all(runners.splice(0).map((r) => r.stop()));
    await store.close();
    await t.drop();
  });

  it('share the slices out between processes, a standby takes over the slices of one that dies, and the read model is the one-slice one', async () => {
    const a = projector(4);
    const b = projector(4);
    const head = await writeLog(store, 120);
    // Each process takes its share: two slices each, never one slice in both.
    await vi.waitFor(
      () => {
        expect(a.filter((r) => r.active)).toHaveLength(2);
        expect(b.filter((r) => r.active)).toHaveLength(2);
      },
      { timeout: 10_000, interval: 50 },
    );
    const held = [...a, ...b].filter((r) => r.active).map((r) => r.consumer);
    expect(new Set(held).size).toBe(4);
    // One process dies: its lock connections go, and it does not come back (its batch in flight,
    // if any, fails its checkpoint's compare-and-set once another takes the slice).
    const dead = a.filter((r) => r.active).map((r) => r.consumer);
    const stopped = Promise.all(a.map((r) => r.stop()));
    await sql`select pg_terminate_backend(pid) from pg_stat_activity
              where application_name = any(${dead.map((c) => `factlog-projector:${c}`)}::text[])`.execute(t.db);
    await stopped;
    const more = await writeLog(store, 60, 120);
    expect(await waitForPosition(t.db, FACT_VIEWS, Math.max(head, more), 20_000)).toBe(true);
    await vi.waitFor(() => expect(b.filter((r) => r.active)).toHaveLength(4), { timeout: 10_000, interval: 50 });
    const [status] = await projectionStatus(t.db, [FACT_VIEWS]);
    expect(status!.slices.map((s) => s.slice)).toEqual(['1/4', '2/4', '3/4', '4/4']);
    expect(status).toMatchObject({ eventsBehind: 0, parked: { total: 0 } });
    await Promise.all(runners.splice(0).map((r) => r.stop()));
    const sliced = await dump(t.db);

    // The same log, applied by one process in one slice.
    await factViewsProjection.reset!(t.db);
    await sql`delete from checkpoints where starts_with(consumer, ${FACT_VIEWS})`.execute(t.db);
    projector(1);
    expect(await waitForPosition(t.db, FACT_VIEWS, Math.max(head, more), 20_000)).toBe(true);
    expect(await dump(t.db)).toEqual(sliced);
  }, 60_000);

  it('waits for every slice before a position counts as reached', async () => {
    const head = await writeLog(store, 20);
    const [first, second] = [0, 1].map(
      (index) =>
        new ProjectionRunner(t.db, store, factViewsProjection, {
          connectionString: t.url,
          pollIntervalMs: 50,
          slice: { index, count: 2 },
          share: new LockShare('fact-views-v1/2'),
        }),
    );
    runners.push(first!, second!);
    first!.start();
    await vi.waitFor(async () =>
      expect(await sql`select 1 from checkpoints where consumer = 'fact-views-v1#1/2' and global_position = ${head}`.execute(t.db)).toMatchObject({
        rows: [{}],
      }),
    );
    expect(await projectionHasReached(t.db, FACT_VIEWS, head)).toBe(false);
    second!.start();
    expect(await waitForPosition(t.db, FACT_VIEWS, head, 10_000)).toBe(true);
  });

  it('refuses to apply a read model built in another number of slices', async () => {
    const head = await writeLog(store, 10);
    projector(1);
    expect(await waitForPosition(t.db, FACT_VIEWS, head, 10_000)).toBe(true);
    await Promise.all(runners.splice(0).map((r) => r.stop()));
    const before = await dump(t.db);

    const errors: unknown[] = [];
    const two = new ProjectionRunner(t.db, store, factViewsProjection, {
      connectionString: t.url,
      pollIntervalMs: 50,
      standbyRetryMs: 100,
      slice: { index: 0, count: 2 },
      onError: (e) => void errors.push(e),
    });
    runners.push(two);
    two.start();
    await vi.waitFor(() => expect(errors.length).toBeGreaterThan(0), { timeout: 10_000 });
    expect(errors[0]).toBeInstanceOf(SliceLayoutError);
    expect(String(errors[0])).toMatch(/fact-views-v1 is built in 1 slice\(s\).*set to apply it in 2.*npm run rebuild/);
    expect(await dump(t.db)).toEqual(before);
    const { rows } = await sql<{ consumer: string }>`select consumer from checkpoints where starts_with(consumer, ${FACT_VIEWS}) order by 1`.execute(t.db);
    expect(rows.map((r) => r.consumer)).toEqual([FACT_VIEWS]);
  });

  it('puts a fact in the same slice in JavaScript and in SQL', async () => {
    const facts = Array.from({ length: 200 }, (_, i) => [`entity-${i}-é`, `metric/${i % 13}`] as const);
    for (const count of [2, 3, 7, 64]) {
      const { rows } = await sql<{ slice: string }>`
        select ${sliceOfFactSql(sql.ref('e'), sql.ref('m'), count)} as slice
        from unnest(${facts.map((f) => f[0])}::text[], ${facts.map((f) => f[1])}::text[]) with ordinality as f(e, m, n) order by n`.execute(t.db);
      expect(rows.map((r) => Number(r.slice))).toEqual(facts.map(([e, m]) => sliceOfFact(e, m, count)));
    }
    // And spreads facts about evenly.
    const counts = [0, 0, 0, 0];
    for (const [e, m] of facts) counts[sliceOfFact(e, m, 4)]!++;
    for (const c of counts) expect(c).toBeGreaterThan(30);
  });
});

describe('rebuilding the fact views in another number of slices', () => {
  it('switches to checkpoints of the new number, which runners of that number go on from, and runners of the old one refuse', async () => {
    const t = await createTestDatabase({ max: 20 });
    const store = new EventStore(t.db);
    const runners: ProjectionRunner[] = [];
    const start = (slices: number, onError?: (e: unknown) => void) => {
      const own = projectionRunners(t.db, store, [factViewsProjection], slices, () => ({
        connectionString: t.url,
        pollIntervalMs: 50,
        standbyRetryMs: 100,
        ...(onError ? { onError } : {}),
      }));
      runners.push(...own);
      for (const r of own) r.start();
    };
    const open = (schema?: string) => {
      if (!schema) return connect(t.url, { max: 2 });
      const u = new URL(t.url);
      u.searchParams.set('options', `-c search_path=${schema},public`);
      return connect(u.toString(), { max: 2 });
    };
    try {
      const head = await writeLog(store, 40);
      const errors: unknown[] = [];
      start(1, (e) => void errors.push(e));
      expect(await waitForPosition(t.db, FACT_VIEWS, head, 10_000)).toBe(true);
      const whole = await dump(t.db);

      await rebuildProjection(open, factViewsProjection, { slices: 3 });
      const { rows } = await sql<{ consumer: string }>`select consumer from checkpoints where starts_with(consumer, ${FACT_VIEWS}) order by 1`.execute(t.db);
      expect(rows.map((r) => r.consumer)).toEqual(['fact-views-v1#1/3', 'fact-views-v1#2/3', 'fact-views-v1#3/3']);
      expect(await dump(t.db)).toEqual(whole);
      expect(await projectionHasReached(t.db, FACT_VIEWS, head)).toBe(true);

      // The runner of one slice finds its checkpoint gone and refuses; three go on.
      const more = await writeLog(store, 30, 40);
      await vi.waitFor(() => expect(errors.some((e) => e instanceof SliceLayoutError)).toBe(true), { timeout: 10_000 });
      start(3);
      expect(await waitForPosition(t.db, FACT_VIEWS, more, 10_000)).toBe(true);
      await Promise.all(runners.splice(0).map((r) => r.stop()));
      const sliced = await dump(t.db);

      await factViewsProjection.reset!(t.db);
      await sql`delete from checkpoints where starts_with(consumer, ${FACT_VIEWS})`.execute(t.db);
      start(1);
      expect(await waitForPosition(t.db, FACT_VIEWS, more, 10_000)).toBe(true);
      expect(await dump(t.db)).toEqual(sliced);
    } finally {
      await Promise.all(runners.map((r) => r.stop()));
      await store.close();
      await t.drop();
    }
  }, 60_000);
});

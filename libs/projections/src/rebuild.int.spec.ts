import { randomInt, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '#database';
import { EventStore, readAll } from '#event-store';
import { createTestDatabase, dumpReadModel, type TestDatabase } from '#test-support';
import { factViewsProjection } from './fact-views.projection.js';
import { rebuildProjection } from './rebuild.js';
import { ProjectionRunner } from './runner.js';
import { waitForPosition } from './status.js';

const dump = (db: Kysely<any>) => dumpReadModel(db, factViewsProjection);

describe('rebuilding the fact views while writes go on', () => {
  let t: TestDatabase;
  let store: EventStore;

  beforeAll(async () => {
    t = await createTestDatabase({ max: 10 });
    store = new EventStore(t.db);
    await store.append('metric-m', [{ type: 'MetricDefined', data: { metricId: 'm', unit: 'x', kind: 'count', cumulative: false, tolerance: 0 } }]);
    await store.append('entity-e', [{ type: 'EntityDefined', data: { entityId: 'e', name: 'E', aliases: [] } }]);
    await store.append('source-s', [{ type: 'SourceRegistered', data: { sourceId: 's', title: 'S', publishedAt: '2020', kind: 'other', language: 'en' } }]);
  });
  let stopLive = async () => {};
  afterAll(async () => {
    await stopLive();
    await store.close();
    await t.drop();
  });

  const record = (n: number) => {
    const claimId = randomUUID();
    return store.append(`claim-${claimId}`, [
      {
        type: 'ClaimRecorded',
        data: {
          claimId,
          sourceId: 's',
          entityId: 'e',
          metricId: 'm',
          value: { amount: n, qualifier: 'exact', unit: 'x' },
          validTime: { at: `2020-0${1 + (n % 9)}` },
        },
      },
    ]);
  };

  it('misses no event and switches atomically to a read model equal to a clean build', async () => {
    for (let i = 0; i < 300; i++) await record(randomInt(1000));
    const live = new ProjectionRunner(t.db, store, factViewsProjection, { connectionString: t.url, pollIntervalMs: 20, standbyRetryMs: 100 });
    live.start();
    // A failed expectation still stops the live projector before the database is dropped.
    stopLive = () => live.stop();

    let writing = true;
    let written = 0;
    // The writer goes on until this many claims: set once the rebuild has switched.
    let lastClaim = Number.POSITIVE_INFINITY;
    const writer = (async () => {
      while (written < lastClaim) {
        await record(randomInt(1000));
        written++;
        await sleep(randomInt(3));
      }
    })();
    // Readers go on reading while the rebuild runs and switches.
    let reads = 0;
    const reader = (async () => {
      // A read that failed (a table missing mid-switch, say) would reject this loop and the test.
      while (writing) {
        await sql`select count(*) from rm_facts`.execute(t.db);
        reads++;
      }
    })();

    const open = (schema?: string) => {
      if (!schema) return connect(t.url, { max: 2 });
      const u = new URL(t.url);
      u.searchParams.set('options', `-c search_path=${schema},public`);
      return connect(u.toString(), { max: 2 });
    };
    const progress: number[] = [];
    const result = await rebuildProjection(open, factViewsProjection, { batchSize: 50, onProgress: (p) => progress.push(p.done) });
    // Writes after the switch land in the rebuilt tables too.
    const writtenBySwitch = written;
    lastClaim = writtenBySwitch + 20;
    await writer;
    writing = false;
    await reader;

    expect(written).toBe(writtenBySwitch + 20);
    expect(reads).toBeGreaterThan(0);
    expect(result.events).toBeGreaterThanOrEqual(303);
    expect(progress.length).toBeGreaterThan(1);
    const head = (await sql<{ p: number }>`select max(global_position) as p from events`.execute(t.db)).rows[0]!.p;
    expect(await waitForPosition(t.db, factViewsProjection.name, Number(head), 10_000)).toBe(true);
    await live.stop();

    const rebuilt = await dump(t.db);
    expect(rebuilt.rm_claims).toHaveLength(300 + written);
    await factViewsProjection.reset!(t.db);
    const all = await readAll(t.db, { limit: 100_000 });
    await t.db.transaction().execute((tx) => factViewsProjection.apply(all.events, tx));
    expect(rebuilt).toEqual(await dump(t.db));

    // The rebuilt tables keep the live ones' storage parameters.
    const options = await sql<{ reloptions: string[] | null }>`select reloptions from pg_class where oid = 'public.rm_facts'::regclass`.execute(t.db);
    expect(options.rows[0]!.reloptions).toContain('fillfactor=50');

    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from information_schema.schemata where schema_name like 'rebuild\\_%' or schema_name like 'retired\\_%'`.execute(t.db);
    expect(rows[0]!.n).toBe(0);
  }, 60_000);

  it('waits for the live batch in flight without taking a live table, then switches', async () => {
    // The live projector, held inside a batch it has applied but not committed.
    let holdNext = false;
    let held = () => {};
    let release = () => {};
    const holding = new Promise<void>((r) => (held = r));
    const gate = new Promise<void>((r) => (release = r));
    const gated: typeof factViewsProjection = Object.create(factViewsProjection, {
      apply: {
        value: async (events: Parameters<typeof factViewsProjection.apply>[0], tx: Parameters<typeof factViewsProjection.apply>[1]) => {
          await factViewsProjection.apply(events, tx);
          if (!holdNext) return;
          holdNext = false;
          held();
          await gate;
        },
      },
    });
    const live = new ProjectionRunner(t.db, store, gated, { connectionString: t.url, pollIntervalMs: 20, standbyRetryMs: 100 });
    live.start();
    stopLive = async () => {
      release();
      await live.stop();
    };
    const caughtUp = (await sql<{ p: number }>`select max(global_position) as p from events`.execute(t.db)).rows[0]!.p;
    expect(await waitForPosition(t.db, factViewsProjection.name, Number(caughtUp), 10_000)).toBe(true);
    holdNext = true;
    await record(7);
    await holding;

    const open = (schema?: string) => {
      const u = new URL(t.url);
      if (schema) u.searchParams.set('options', `-c search_path=${schema},public`);
      return connect(u.toString(), { max: 2, applicationName: 'rebuild-in-flight' });
    };
    const rebuilt = rebuildProjection(open, factViewsProjection, { batchSize: 50 });
    const locks = () =>
      sql<{ locktype: string; mode: string; granted: boolean; relation: string | null }>`
        select l.locktype, l.mode, l.granted, l.relation::regclass::text as relation
        from pg_locks l join pg_stat_activity a using (pid) where a.application_name = 'rebuild-in-flight'`.execute(t.db);
    let seen: Awaited<ReturnType<typeof locks>>['rows'] = [];
    for (let waiting = false; !waiting; await sleep(20)) {
      seen = (await locks()).rows;
      waiting = seen.some((l) => !l.granted);
    }
    // It waits for the batch's transaction (the checkpoint row), holding no live table, so the
    // API's reads go on meanwhile.
    expect(seen.filter((l) => !l.granted).map((l) => l.locktype)).toEqual(['transactionid']);
    expect(seen.filter((l) => l.mode === 'AccessExclusiveLock' && l.relation?.startsWith('rm_'))).toEqual([]);
    expect((await sql<{ n: number }>`select count(*)::int as n from rm_facts`.execute(t.db)).rows[0]!.n).toBeGreaterThan(0);

    release();
    await rebuilt;
    await record(8);
    const head = (await sql<{ p: number }>`select max(global_position) as p from events`.execute(t.db)).rows[0]!.p;
    expect(await waitForPosition(t.db, factViewsProjection.name, Number(head), 10_000)).toBe(true);
    await live.stop();
    const switched = await dump(t.db);
    await factViewsProjection.reset!(t.db);
    const all = await readAll(t.db, { limit: 100_000 });
    await t.db.transaction().execute((tx) => factViewsProjection.apply(all.events, tx));
    expect(switched).toEqual(await dump(t.db));
  }, 60_000);

  it('switches again when PostgreSQL picks the switch as the victim of a deadlock', async () => {
    const [first, last] = [factViewsProjection.tables[0]!, factViewsProjection.tables.at(-1)!];
    // The rebuild's sessions look for deadlocks after 5 s, the other one only after a minute,
    // so the rebuild is the victim once this session waits too, within those 5 s. (Setting
    // deadlock_timeout takes a superuser, as the test servers' user is.)
    const open = (schema?: string) => {
      const u = new URL(t.url);
      u.searchParams.set('options', `-c deadlock_timeout=5s${schema ? ` -c search_path=${schema},public` : ''}`);
      return connect(u.toString(), { max: 2, applicationName: 'rebuild-deadlock' });
    };
    const other = connect(t.url, { max: 1 });
    const retries: number[] = [];
    try {
      let rebuilt!: Promise<{ events: number }>;
      let otherRead = false;
      await other.transaction().execute(async (tx) => {
        await sql`set local deadlock_timeout = '60s'`.execute(tx);
        await sql`lock table ${sql.table(last)} in access share mode`.execute(tx);
        rebuilt = rebuildProjection(open, factViewsProjection, { batchSize: 50, onRetry: (a) => retries.push(a) });
        // The switch holds the first live table and waits for the last, which this holds...
        for (let waiting = false; !waiting; await sleep(20)) {
          const { rows } = await sql<{ n: number }>`
            select count(*)::int as n from pg_locks l join pg_stat_activity a using (pid)
            where a.application_name = 'rebuild-deadlock' and l.mode = 'AccessExclusiveLock' and not l.granted`.execute(t.db);
          waiting = rows[0]!.n > 0;
        }
        // ...and this now waits for the first: a cycle, which PostgreSQL breaks at the switch.
        await sql`select count(*) from ${sql.table(first)}`.execute(tx);
        otherRead = true;
      });
      const result = await rebuilt;

      expect(otherRead).toBe(true);
      expect(retries).toEqual([1]);
      expect(result.events).toBeGreaterThanOrEqual(303);
      const switched = await dump(t.db);
      await factViewsProjection.reset!(t.db);
      const all = await readAll(t.db, { limit: 100_000 });
      await t.db.transaction().execute((tx) => factViewsProjection.apply(all.events, tx));
      expect(switched).toEqual(await dump(t.db));
      const { rows } = await sql<{ n: number }>`
        select count(*)::int as n from information_schema.schemata where schema_name like 'rebuild\\_%' or schema_name like 'retired\\_%'`.execute(t.db);
      expect(rows[0]!.n).toBe(0);
    } finally {
      await other.destroy();
    }
  }, 60_000);
});

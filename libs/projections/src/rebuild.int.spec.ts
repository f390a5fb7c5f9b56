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
        data: { claimId, sourceId: 's', entityId: 'e', metricId: 'm', value: { amount: n, qualifier: 'exact', unit: 'x' }, validTime: { at: `2020-0${1 + (n % 9)}` } },
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
    const writer = (async () => {
      while (writing) {
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
    await sleep(200);
    writing = false;
    await Promise.all([writer, reader]);

    expect(written).toBeGreaterThan(0);
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
});

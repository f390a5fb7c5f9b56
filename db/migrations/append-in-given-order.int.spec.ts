import { randomUUID } from 'node:crypto';
import { Migrator, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '#test-support';
import { migrations } from './index.js';

type AppendFunction = 'factlog_append_batch' | 'factlog_append_new_streams';

// The multi-stream appends take every stream's lock first, in stream order, and then write the
// log in the order given. The functions of before took the locks as they went, in the order
// given (their callers sorted the appends by stream id). Told to start streams c, a and b while
// another session holds a's lock, the new ones wait for a holding no lock; the old ones hold c's.
describe('appending in the order given', () => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase({ max: 1, unmigrated: true });
  });
  afterAll(() => t.drop());

  const appendsOf = (tag: string) =>
    ['c', 'a', 'b'].map((s) => ({
      streamId: `${tag}-${s}`,
      streamType: 'test',
      kind: 'no_stream',
      version: null,
      events: [{ id: randomUUID(), type: 'Noted', data: {} }],
    }));

  /** Calls `fn` on streams c, a, b while a's lock is held elsewhere: the stream locks it holds as it waits, then the log's order once it goes on. */
  const run = async (fn: AppendFunction) => {
    const tag = randomUUID().slice(0, 8);
    const [holder, caller] = [new pg.Client({ connectionString: t.url }), new pg.Client({ connectionString: t.url })];
    await Promise.all([holder.connect(), caller.connect()]);
    try {
      await holder.query('begin');
      await holder.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [`${tag}-a`]);
      const pid = (await caller.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
      const call = caller.query(`select * from ${fn}($1::jsonb)`, [JSON.stringify(appendsOf(tag))]);
      const locks = async (granted: boolean) =>
        (await holder.query<{ n: number }>(`select count(*)::int as n from pg_locks where pid = $1 and locktype = 'advisory' and granted = $2`, [pid, granted]))
          .rows[0]!.n;
      while ((await locks(false)) === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      const heldWhileWaiting = await locks(true);
      await holder.query('rollback');
      await call;
      const rows = await sql<{ stream_id: string }>`select stream_id from events where stream_id like ${`${tag}-%`} order by global_position`.execute(t.db);
      return { heldWhileWaiting, logOrder: rows.rows.map((r) => r.stream_id.slice(tag.length + 1)) };
    } finally {
      await Promise.all([holder.end(), caller.end()]);
    }
  };

  it('takes the locks first in stream order, writes in the order given, and takes the functions of before back on the way down', async () => {
    const migrator = new Migrator({ db: t.db, provider: { getMigrations: () => Promise.resolve(migrations) } });
    expect((await migrator.migrateTo('20261128100000_append_in_given_order')).error).toBeUndefined();
    const given = { heldWhileWaiting: 0, logOrder: ['c', 'a', 'b'] };
    expect(await run('factlog_append_batch')).toEqual(given);
    expect(await run('factlog_append_new_streams')).toEqual(given);

    expect((await migrator.migrateTo('20261128090000_search_claims_from_log')).error).toBeUndefined();
    expect(await run('factlog_append_batch')).toEqual({ ...given, heldWhileWaiting: 1 });
    expect(await run('factlog_append_new_streams')).toEqual({ ...given, heldWhileWaiting: 1 });

    expect((await migrator.migrateTo('20261128100000_append_in_given_order')).error).toBeUndefined();
    expect(await run('factlog_append_new_streams')).toEqual(given);
  });
});

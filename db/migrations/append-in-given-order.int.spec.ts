import { randomUUID } from 'node:crypto';
import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '#test-support';
import { migrations } from './index.js';

// The multi-stream appends take every stream's lock first, in stream order, so that their callers
// may give the appends in any order, which the log then keeps. The functions of before took the
// locks as they went, in the order given, and their callers sorted the appends by stream id. Both
// write the log in the order given; this checks that the way down and the way up again each
// leave functions that do. (append-many.int.spec.ts checks the locks: two batches in
// opposite orders both commit.)
describe('appending in the order given', () => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase({ max: 1, unmigrated: true });
  });
  afterAll(() => t.drop());

  /** Starts three streams with one statement of `fn`, and answers them in the order of the log. */
  const logOrder = async (fn: 'factlog_append_batch' | 'factlog_append_new_streams') => {
    const tag = randomUUID().slice(0, 8);
    const appends = ['c', 'a', 'b'].map((s) => ({
      streamId: `${tag}-${s}`,
      streamType: 'test',
      kind: 'no_stream',
      version: null,
      events: [{ id: randomUUID(), type: 'Noted', data: {} }],
    }));
    await sql`select * from ${sql.raw(fn)}(${JSON.stringify(appends)}::jsonb)`.execute(t.db);
    const rows = await sql<{ stream_id: string }>`select stream_id from events where stream_id like ${`${tag}-%`} order by global_position`.execute(t.db);
    return rows.rows.map((r) => r.stream_id.slice(tag.length + 1));
  };

  it('migrates down to the functions of before and up again, each writing the log in the order given', async () => {
    const migrator = new Migrator({ db: t.db, provider: { getMigrations: () => Promise.resolve(migrations) } });
    expect((await migrator.migrateTo('20261128100000_append_in_given_order')).error).toBeUndefined();
    expect(await logOrder('factlog_append_batch')).toEqual(['c', 'a', 'b']);
    expect(await logOrder('factlog_append_new_streams')).toEqual(['c', 'a', 'b']);

    expect((await migrator.migrateTo('20261128090000_search_claims_from_log')).error).toBeUndefined();
    expect(await logOrder('factlog_append_batch')).toEqual(['c', 'a', 'b']);
    expect(await logOrder('factlog_append_new_streams')).toEqual(['c', 'a', 'b']);

    expect((await migrator.migrateTo('20261128100000_append_in_given_order')).error).toBeUndefined();
    expect(await logOrder('factlog_append_new_streams')).toEqual(['c', 'a', 'b']);
  });
});

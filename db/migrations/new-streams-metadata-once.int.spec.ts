import { randomUUID } from 'node:crypto';
import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyLog } from '#event-store';
import { createTestDatabase, type TestDatabase } from '#test-support';
import { migrations } from './index.js';

// factlog_append_new_streams takes the metadata its events share once (an event's own wins),
// and still refuses a set naming a stream that exists with FL004, writing nothing. On the way
// down, the function of before comes back, taking one argument.
describe('new streams with their metadata once', () => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase({ max: 1, unmigrated: true });
  });
  afterAll(() => t.drop());

  const appends = (streams: readonly string[], metadata?: Record<string, unknown>) =>
    JSON.stringify(
      streams.map((streamId) => ({
        streamId,
        streamType: 'test',
        events: [{ id: randomUUID(), type: 'Noted', data: { streamId }, ...(metadata ? { metadata } : {}) }],
      })),
    );
  const metadataOf = async (streamId: string) =>
    (await sql<{ metadata: unknown }>`select metadata from events where stream_id = ${streamId}`.execute(t.db)).rows[0]?.metadata;
  const events = async () => (await sql<{ n: number }>`select count(*)::int as n from events`.execute(t.db)).rows[0]!.n;
  const refusal = (call: Promise<unknown>) =>
    call.then(
      () => 'written',
      (error: { code?: string }) => error.code,
    );

  it('stores the shared metadata with each event, refuses an existing stream with FL004, and goes back to one argument on the way down', async () => {
    const migrator = new Migrator({ db: t.db, provider: { getMigrations: () => Promise.resolve(migrations) } });
    expect((await migrator.migrateTo('20261129090000_new_streams_metadata_once')).error).toBeUndefined();
    const tag = randomUUID().slice(0, 8);
    const shared = { actor: 'importer', importId: tag };
    const own = { actor: 'someone else' };

    await sql`select * from factlog_append_new_streams(${appends([`${tag}-a`])}::jsonb, ${JSON.stringify(shared)}::jsonb)`.execute(t.db);
    await sql`select * from factlog_append_new_streams(${appends([`${tag}-b`], own)}::jsonb, ${JSON.stringify(shared)}::jsonb)`.execute(t.db);
    await sql`select * from factlog_append_new_streams(${appends([`${tag}-c`])}::jsonb)`.execute(t.db);
    expect(await metadataOf(`${tag}-a`)).toEqual(shared);
    expect(await metadataOf(`${tag}-b`)).toEqual(own);
    expect(await metadataOf(`${tag}-c`)).toEqual({});
    expect((await verifyLog(t.db)).ok).toBe(true);

    const before = await events();
    expect(await refusal(sql`select * from factlog_append_new_streams(${appends([`${tag}-d`, `${tag}-a`])}::jsonb)`.execute(t.db))).toBe('FL004');
    expect(await events()).toBe(before);

    expect((await migrator.migrateTo('20261128100000_append_in_given_order')).error).toBeUndefined();
    await sql`select * from factlog_append_new_streams(${appends([`${tag}-e`], shared)}::jsonb)`.execute(t.db);
    expect(await metadataOf(`${tag}-e`)).toEqual(shared);
    expect(await refusal(sql`select * from factlog_append_new_streams(${appends([`${tag}-f`])}::jsonb, '{}'::jsonb)`.execute(t.db))).toBe('42883');

    expect((await migrator.migrateTo('20261129090000_new_streams_metadata_once')).error).toBeUndefined();
    expect(await refusal(sql`select * from factlog_append_new_streams(${appends([`${tag}-e`])}::jsonb, '{}'::jsonb)`.execute(t.db))).toBe('FL004');
  });
});

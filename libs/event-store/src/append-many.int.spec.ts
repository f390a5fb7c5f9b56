import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '#test-support';
import { ConcurrencyError, EventStore, IdempotencyConflictError, verifyLog } from './index.js';

describe('multi-stream append', () => {
  let t: TestDatabase;
  let store: EventStore;

  beforeAll(async () => {
    t = await createTestDatabase();
    store = new EventStore(t.db);
  });
  afterAll(async () => {
    await store.close();
    await t.drop();
  });

  const count = async () => (await sql<{ n: number }>`select count(*)::int as n from events`.execute(t.db)).rows[0]!.n;
  const transactionsOf = async (prefix: string) =>
    (await sql<{ n: number }>`select count(distinct transaction_id)::int as n from events where stream_id like ${`${prefix}%`}`.execute(t.db)).rows[0]!.n;

  it('writes many streams in one transaction, answering each append in the order given', async () => {
    const appends = Array.from({ length: 300 }, (_, i) => ({
      streamId: `many-${String(299 - i).padStart(3, '0')}`,
      events: [{ type: 'Noted', data: { i } }],
      options: { expectedVersion: 'no_stream' as const },
    }));
    const outcomes = await store.appendMany(appends);
    expect(await transactionsOf('many-')).toBe(1);
    for (const [i, outcome] of outcomes.entries()) {
      if (!outcome.ok) throw outcome.error;
      const [stored] = await store.readStream(appends[i]!.streamId);
      expect(outcome.result.positions).toEqual([stored!.globalPosition]);
      expect(stored!.data).toEqual({ i });
    }
    expect((await verifyLog(t.db)).ok).toBe(true);
  });

  it('starts new streams as one set, or writes nothing when one of them exists', async () => {
    const started = (names: readonly string[]) =>
      names.map((streamId) => ({ streamId, events: [{ type: 'Noted', data: { streamId } }], options: { expectedVersion: 0 as const } }));
    const results = await store.appendToNewStreams(started(['set-b', 'set-a']));
    expect(results).toHaveLength(2);
    expect((await store.readStream('set-b'))[0]!.globalPosition).toBe(results![0]!.positions[0]);
    expect(results![1]!.positions[0]).toBeGreaterThan(results![0]!.positions[0]!);

    const before = await count();
    expect(await store.appendToNewStreams(started(['set-c', 'set-a', 'set-d']))).toBeUndefined();
    expect(await count()).toBe(before);
    expect(await store.readStream('set-c')).toEqual([]);
    await expect(store.appendToNewStreams([{ streamId: 'set-e', events: [{ type: 'Noted', data: {} }], options: { expectedVersion: 1 } }])).rejects.toThrow(
      /each start a stream/,
    );
  });

  it('stores with each event of new streams the metadata they share, and its own where it differs', async () => {
    const shared = { actor: 'importer', importId: randomUUID() };
    const append = (streamId: string, metadata: Record<string, unknown>) => ({
      streamId,
      events: [{ type: 'Noted', data: {}, metadata }],
      options: { expectedVersion: 'no_stream' as const },
    });
    // The same metadata in objects of their own, as each row of an import makes it.
    expect(await store.appendToNewStreams([append('meta-a', shared), append('meta-b', { ...shared })])).toHaveLength(2);
    const own = { ...shared, actor: 'someone else' };
    expect(await store.appendToNewStreams([append('meta-c', shared), append('meta-d', own), append('meta-e', { actor: shared.actor })])).toHaveLength(3);
    const stored = async (streamId: string) => (await store.readStream(streamId))[0]!.metadata;
    expect(await stored('meta-a')).toEqual(shared);
    expect(await stored('meta-b')).toEqual(shared);
    expect(await stored('meta-c')).toEqual(shared);
    expect(await stored('meta-d')).toEqual(own);
    expect(await stored('meta-e')).toEqual({ actor: shared.actor });
    expect((await verifyLog(t.db)).ok).toBe(true);
  });

  it('writes the log in the order given, whatever the order of the stream ids', async () => {
    const inOrder = (outcomes: Awaited<ReturnType<EventStore['appendMany']>>) => {
      const positions = outcomes.map((o) => (o.ok ? o.result.positions[0]! : -1));
      expect(positions.every((p) => p > 0)).toBe(true);
      return positions;
    };
    const streams = ['order-c', 'order-a', 'order-b'];
    // New streams, as one set, and the same streams again, append by append.
    const started = inOrder(await store.appendMany(streams.map((streamId) => ({ streamId, events: [{ type: 'Noted', data: {} }] }))));
    expect(started).toEqual([...started].sort((x, y) => x - y));
    const extended = inOrder(
      await store.appendMany(streams.map((streamId) => ({ streamId, events: [{ type: 'Noted', data: {} }], options: { expectedVersion: 1 } }))),
    );
    expect(extended).toEqual([...extended].sort((x, y) => x - y));
  });

  it('lets two batches that name the same streams in opposite orders both commit', async () => {
    const streams = Array.from({ length: 30 }, (_, i) => `circle-${String(i).padStart(2, '0')}`);
    for (const streamId of streams) await store.append(streamId, [{ type: 'Noted', data: {} }]);
    const batch = (names: readonly string[]) =>
      JSON.stringify(
        names.map((streamId) => ({ streamId, streamType: 'circle', kind: 'any', version: null, events: [{ id: randomUUID(), type: 'Noted', data: {} }] })),
      );
    // Each in a transaction of its own, so that a deadlock would fail it rather than be retried.
    for (let round = 0; round < 5; round++) {
      await Promise.all(
        [streams, [...streams].reverse()].map((names) =>
          t.db.transaction().execute((tx) => sql`select * from factlog_append_batch(${batch(names)}::jsonb)`.execute(tx)),
        ),
      );
    }
    expect(((await store.readStream('circle-00')) ?? []).length).toBe(11);
    expect((await verifyLog(t.db)).ok).toBe(true);
  });

  it('gives a version conflict to its own append only', async () => {
    await store.append('conflict-taken', [{ type: 'Noted', data: {} }]);
    const outcomes = await store.appendMany([
      { streamId: 'conflict-a', events: [{ type: 'Noted', data: {} }], options: { expectedVersion: 0 } },
      { streamId: 'conflict-taken', events: [{ type: 'Noted', data: {} }], options: { expectedVersion: 0 } },
      { streamId: 'conflict-b', events: [{ type: 'Noted', data: {} }] },
    ]);
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    const refused = outcomes[1]!;
    expect(!refused.ok && refused.error).toBeInstanceOf(ConcurrencyError);
    expect(await store.readStream('conflict-taken')).toHaveLength(1);
    expect(await store.readStream('conflict-b')).toHaveLength(1);
  });

  it('recognises retried appends among new ones: nothing is stored twice', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    const first = await store.appendMany([
      { streamId: 'retry-1', events: [{ id: a, type: 'Noted', data: { n: 1 } }], options: { expectedVersion: 'no_stream' } },
      { streamId: 'retry-2', events: [{ id: b, type: 'Noted', data: { n: 2 } }], options: { expectedVersion: 'no_stream' } },
    ]);
    const before = await count();
    const again = await store.appendMany([
      { streamId: 'retry-1', events: [{ id: a, type: 'Noted', data: { n: 1 } }], options: { expectedVersion: 'no_stream' } },
      {
        streamId: 'retry-2',
        events: [
          { id: b, type: 'Noted', data: { n: 2 } },
          { id: randomUUID(), type: 'Noted', data: { n: 3 } },
        ],
      },
      { streamId: 'retry-3', events: [{ type: 'Noted', data: {} }], options: { expectedVersion: 'no_stream' } },
    ]);
    const positions = first[0]!.ok ? first[0]!.result.positions : [];
    expect(again[0]).toEqual({ ok: true, result: { nextVersion: 1, positions, duplicate: true } });
    expect(!again[1]!.ok && again[1]!.error).toBeInstanceOf(IdempotencyConflictError);
    expect(again[2]!.ok).toBe(true);
    expect((await count()) - before).toBe(1);
  });
});

describe('factlog_append_new_streams', () => {
  let t: TestDatabase;
  let store: EventStore;

  beforeAll(async () => {
    t = await createTestDatabase();
    store = new EventStore(t.db);
  });
  afterAll(async () => {
    await store.close();
    await t.drop();
  });

  const call = (streams: readonly string[], ids: readonly string[] = streams.map(() => randomUUID())) =>
    sql<{ ord: number; outcome: string; stream_version: string; positions: string[] }>`
      select * from factlog_append_new_streams(${JSON.stringify(
        streams.map((streamId, i) => ({ streamId, streamType: 'set', events: [{ id: ids[i], type: 'Noted', data: { i }, metadata: { by: 'test' } }] })),
      )}::jsonb) order by ord`.execute(t.db);
  const events = async (prefix: string) =>
    (await sql<{ n: number }>`select count(*)::int as n from events where stream_id like ${`${prefix}%`}`.execute(t.db)).rows[0]!.n;

  it('starts every stream with its event, hashed as a single append would hash it', async () => {
    const { rows } = await call(['set-a', 'set-b', 'set-c']);
    expect(rows.map((r) => [r.ord, r.outcome, Number(r.stream_version)])).toEqual([
      [1, 'appended', 1],
      [2, 'appended', 1],
      [3, 'appended', 1],
    ]);
    for (const [i, id] of ['set-a', 'set-b', 'set-c'].entries()) {
      const [stored] = await store.readStream(id);
      expect(stored!.data).toEqual({ i });
      expect(stored!.metadata).toEqual({ by: 'test' });
      expect(rows[i]!.positions.map(Number)).toEqual([stored!.globalPosition]);
    }
    // The chain verifies as factlog_append's would: the same hash over the same columns.
    expect((await verifyLog(t.db)).ok).toBe(true);
    await store.append('set-a', [{ type: 'Noted', data: { after: true } }], { expectedVersion: 1 });
    expect((await verifyLog(t.db)).ok).toBe(true);
  });

  it('writes nothing when one of the streams exists, and appendMany then answers each append on its own', async () => {
    await store.append('exists-taken', [{ type: 'Noted', data: {} }]);
    await expect(call(['exists-a', 'exists-taken'])).rejects.toMatchObject({ code: 'FL004' });
    expect(await events('exists-a')).toBe(0);
    const outcomes = await store.appendMany(
      ['exists-a', 'exists-taken', 'exists-z'].map((streamId) => ({
        streamId,
        events: [{ type: 'Noted', data: {} }],
        options: { expectedVersion: 'no_stream' as const },
      })),
    );
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect(!outcomes[1]!.ok && outcomes[1]!.error).toBeInstanceOf(ConcurrencyError);
    expect(await events('exists-')).toBe(3);
  });

  it('writes nothing when an event id is taken by another stream', async () => {
    const taken = randomUUID();
    await store.append('ids-first', [{ id: taken, type: 'Noted', data: {} }]);
    await expect(call(['ids-a', 'ids-b'], [randomUUID(), taken])).rejects.toMatchObject({ code: '23505' });
    expect(await events('ids-a')).toBe(0);
    expect((await sql<{ n: number }>`select count(*)::int as n from streams where stream_id like 'ids-%'`.execute(t.db)).rows[0]!.n).toBe(1);
  });

  it('refuses an append of more than one event', async () => {
    await expect(
      sql`select * from factlog_append_new_streams(${JSON.stringify([
        {
          streamId: 'two-a',
          streamType: 'set',
          events: [
            { id: randomUUID(), type: 'A', data: {} },
            { id: randomUUID(), type: 'B', data: {} },
          ],
        },
      ])}::jsonb)`.execute(t.db),
    ).rejects.toMatchObject({ code: 'FL003' });
  });
});

import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '#test-support';
import { ConcurrencyError, EventStore, IdempotencyConflictError } from './index.js';

describe('group commit of standalone appends', () => {
  let t: TestDatabase;
  let store: EventStore;

  beforeAll(async () => {
    t = await createTestDatabase({ max: 10 });
    store = new EventStore(t.db);
  });
  afterAll(async () => {
    await store.close();
    await t.drop();
  });

  const transactionsOf = async (prefix: string) =>
    (await sql<{ n: number }>`select count(distinct transaction_id)::int as n from events where stream_id like ${`${prefix}%`}`.execute(t.db)).rows[0]!.n;

  it('commits a burst in a few transactions, each append answered with what was stored for it', async () => {
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        store.append(`burst-${i}`, [
          { type: 'Noted', data: { i } },
          { type: 'Noted', data: { i, second: true } },
        ]),
      ),
    );
    // The first went alone; the 199 that arrived meanwhile went in groups of at most 64.
    expect(await transactionsOf('burst-')).toBe(1 + Math.ceil(199 / 64));
    for (const [i, result] of results.entries()) {
      const stored = await store.readStream(`burst-${i}`);
      expect(result).toEqual({ nextVersion: 2, positions: stored.map((e) => e.globalPosition), duplicate: false, recordedAt: stored[0]!.recordedAt });
      expect(stored.map((e) => e.data)).toEqual([{ i }, { i, second: true }]);
    }
  });

  it('gives a version conflict to its own append only; the rest of the group is stored', async () => {
    await store.append('mixed-taken', [{ type: 'Noted', data: {} }]);
    const attempts = await Promise.allSettled([
      store.append('mixed-0', [{ type: 'Noted', data: {} }]),
      store.append('mixed-1', [{ type: 'Noted', data: {} }], { expectedVersion: 'no_stream' }),
      store.append('mixed-taken', [{ type: 'Noted', data: {} }], { expectedVersion: 'no_stream' }),
      store.append('mixed-2', [{ type: 'Noted', data: {} }], { expectedVersion: 0 }),
      store.append('mixed-1', [{ type: 'Noted', data: { late: true } }], { expectedVersion: 'no_stream' }),
    ]);
    expect(attempts.map((a) => a.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'rejected']);
    expect((attempts[2] as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyError);
    expect((attempts[2] as PromiseRejectedResult).reason.actualVersion).toBe(1);
    expect((attempts[4] as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyError);
    expect((await store.readStream('mixed-1')).map((e) => e.data)).toEqual([{}]);
    expect(await store.readStream('mixed-taken')).toHaveLength(1);
  });

  it('answers a retry in a group with the original result, and a partial retry with an idempotency conflict', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    const first = await store.append('retried-1', [{ id: a, type: 'Noted', data: { n: 1 } }]);
    await store.append('retried-2', [{ id: b, type: 'Noted', data: { n: 2 } }]);
    const before = (await sql<{ n: number }>`select count(*)::int as n from events`.execute(t.db)).rows[0]!.n;
    const attempts = await Promise.allSettled([
      store.append('retried-0', [{ type: 'Noted', data: {} }]),
      store.append('retried-1', [{ id: a, type: 'Noted', data: { n: 1 } }]),
      store.append('retried-2', [
        { id: b, type: 'Noted', data: { n: 2 } },
        { id: randomUUID(), type: 'Noted', data: { n: 3 } },
      ]),
      store.append('retried-3', [{ type: 'Noted', data: {} }]),
    ]);
    expect(attempts.map((x) => x.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect((attempts[1] as PromiseFulfilledResult<unknown>).value).toEqual({ nextVersion: 1, positions: first.positions, duplicate: true });
    expect((attempts[2] as PromiseRejectedResult).reason).toBeInstanceOf(IdempotencyConflictError);
    const after = (await sql<{ n: number }>`select count(*)::int as n from events`.execute(t.db)).rows[0]!.n;
    expect(after - before).toBe(2); // retried-0 and retried-3
    expect(await store.readStream('retried-2')).toHaveLength(1);
  });

  it('keeps every answer right with several groups on their way at once', async () => {
    const parallel = new EventStore(t.db, { groupsInFlight: 4 });
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => parallel.append(`parallel-${i}`, [{ type: 'Noted', data: { i } }])));
    // Four went alone, the other 96 in groups behind them.
    expect(await transactionsOf('parallel-')).toBeLessThanOrEqual(4 + Math.ceil(96 / 64) + 3);
    for (const [i, result] of results.entries()) {
      const [stored] = await parallel.readStream(`parallel-${i}`);
      expect(result.positions).toEqual([stored!.globalPosition]);
      expect(stored!.data).toEqual({ i });
    }
    await parallel.close();
  });
});

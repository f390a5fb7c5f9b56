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

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '#test-support';
import { ConcurrencyError, EventStore } from './index.js';

describe('concurrent writers on one stream', () => {
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

  it('lets exactly one of 8 writers win each version; the losers get the conflict', async () => {
    const writers = 8;
    const rounds = 25;
    const winners: number[] = [];
    let conflicts = 0;

    for (let version = 0; version < rounds; version++) {
      const attempts = await Promise.allSettled(
        Array.from({ length: writers }, (_, writer) =>
          store.append('contested-1', [{ type: 'Written', data: { writer, version } }], { expectedVersion: version }),
        ),
      );
      const won = attempts.flatMap((a, writer) => (a.status === 'fulfilled' ? [writer] : []));
      expect(won).toHaveLength(1);
      winners.push(won[0]!);
      for (const a of attempts) {
        if (a.status === 'rejected') {
          conflicts++;
          expect(a.reason).toBeInstanceOf(ConcurrencyError);
          expect((a.reason as ConcurrencyError).actualVersion).toBe(version + 1);
        }
      }
    }

    expect(conflicts).toBe(rounds * (writers - 1));
    const events = await store.readStream('contested-1');
    expect(events.map((e) => e.streamVersion)).toEqual(Array.from({ length: rounds }, (_, i) => i + 1));
    expect(events.map((e) => (e.data as { writer: number }).writer)).toEqual(winners);
    // 175 losing attempts burned no global position.
    const { rows } = await sql<{ n: number; span: number }>`
      select count(*)::int as n, (max(global_position) - min(global_position) + 1)::int as span from events`.execute(t.db);
    expect(rows[0]).toEqual({ n: rounds, span: rounds });
  });

  it('keeps a stream without gaps or duplicates when writers retry until they get through', async () => {
    const writers = 8;
    const perWriter = 15;
    await Promise.all(
      Array.from({ length: writers }, async (_, writer) => {
        for (let i = 0; i < perWriter;) {
          const current = (await store.readStream('contested-2')).length;
          try {
            await store.append('contested-2', [{ type: 'Written', data: { writer, i } }], { expectedVersion: current });
            i++;
          } catch (error) {
            if (!(error instanceof ConcurrencyError)) throw error;
          }
        }
      }),
    );
    const events = await store.readStream('contested-2');
    expect(events.map((e) => e.streamVersion)).toEqual(Array.from({ length: writers * perWriter }, (_, i) => i + 1));
    for (let writer = 0; writer < writers; writer++) {
      const own = events.map((e) => e.data as { writer: number; i: number }).filter((d) => d.writer === writer);
      expect(own.map((d) => d.i)).toEqual(Array.from({ length: perWriter }, (_, i) => i));
    }
  });
});

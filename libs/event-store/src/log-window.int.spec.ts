import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '#test-support';
import { EventStore, readAll, START } from './index.js';
import { LogWindow } from './log-window.js';
import type { Checkpoint } from './types.js';

describe('the log window shared by a process’s consumers', () => {
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

  /** Where the log ends now (nothing is running): each case starts there. */
  const endOfLog = async (): Promise<Checkpoint> => {
    const { rows } = await sql<{ transaction_id: string; global_position: string }>`
      select transaction_id::text as transaction_id, global_position from events e order by e.transaction_id desc, e.global_position desc limit 1`.execute(
      t.db,
    );
    return rows[0] ? { transactionId: rows[0].transaction_id, globalPosition: Number(rows[0].global_position) } : START;
  };

  /** Appends in a transaction kept open until `commit` is called: later transactions' events wait behind it. */
  const holdOpen = async (streamId: string) => {
    let commit!: () => void;
    const released = new Promise<void>((resolve) => (commit = resolve));
    let appended!: () => void;
    const inside = new Promise<void>((resolve) => (appended = resolve));
    const done = t.db.transaction().execute(async (tx) => {
      await store.append(streamId, [{ type: 'Held', data: {} }], {}, tx);
      appended();
      await released;
    });
    await inside;
    return async () => {
      commit();
      await done;
    };
  };

  it('answers every read as readAll would at that moment, with consumers at different places, open transactions and a small capacity', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            {
              arbitrary: fc.record({ op: fc.constant('append' as const), events: fc.integer({ min: 1, max: 4 }), streams: fc.integer({ min: 1, max: 3 }) }),
              weight: 2,
            },
            {
              arbitrary: fc.record({ op: fc.constant('read' as const), consumer: fc.integer({ min: 0, max: 2 }), limit: fc.integer({ min: 1, max: 6 }) }),
              weight: 3,
            },
            { arbitrary: fc.record({ op: fc.constant('hold' as const) }), weight: 1 },
            { arbitrary: fc.record({ op: fc.constant('release' as const) }), weight: 1 },
          ),
          { minLength: 5, maxLength: 60 },
        ),
        async (steps) => {
          run++;
          const start = await endOfLog();
          const window = new LogWindow(t.db, 5);
          const at: Checkpoint[] = [start, start, start];
          const held: Array<() => Promise<void>> = [];
          try {
            for (const [i, step] of steps.entries()) {
              if (step.op === 'append') {
                await store.appendMany(
                  Array.from({ length: step.streams }, (_, s) => ({
                    streamId: `r${run}-s${i}-${s}`,
                    events: Array.from({ length: step.events }, (_, n) => ({ type: 'Noted', data: { n } })),
                  })),
                );
              } else if (step.op === 'hold') {
                held.push(await holdOpen(`r${run}-held${i}`));
              } else if (step.op === 'release') {
                await held.shift()?.();
              } else {
                const got = await window.read(at[step.consumer]!, step.limit);
                const direct = await readAll(t.db, { after: at[step.consumer]!, limit: step.limit });
                expect(got.events.map((e) => e.globalPosition)).toEqual(direct.events.map((e) => e.globalPosition));
                expect(got.checkpoint).toEqual(direct.checkpoint);
                at[step.consumer] = got.checkpoint;
              }
            }
          } finally {
            for (const release of held) await release();
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads each event from the server once for consumers that follow one another', async () => {
    const start = await endOfLog();
    await store.appendMany(Array.from({ length: 30 }, (_, i) => ({ streamId: `once-${i}`, events: [{ type: 'Noted', data: { i } }] })));
    const window = new LogWindow(t.db);
    let reads = 0;
    const counting = t.db.withPlugin({
      transformQuery: (args) => {
        reads++;
        return args.node;
      },
      transformResult: (args) => Promise.resolve(args.result),
    });
    const shared = new LogWindow(counting);
    let leader = start;
    let follower = start;
    for (let i = 0; i < 3; i++) {
      leader = (await shared.read(leader, 10)).checkpoint;
      const got = await shared.read(follower, 10);
      expect(got.events).toHaveLength(10);
      follower = got.checkpoint;
    }
    expect(follower).toEqual(leader);
    expect(reads).toBe(3);
    expect((await window.read(start, 100)).events).toHaveLength(30);
  });
});

import { randomInt } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '#test-support';
import { type Checkpoint, EventStore, type RecordedEvent, START } from './index.js';

/** Holds a transaction open after it has appended, until `commit` or `rollback` is called. */
function openTransaction(store: EventStore, streamId: string, type: string) {
  let finish!: (commit: boolean) => void;
  const decided = new Promise<boolean>((resolve) => (finish = resolve));
  let appended!: () => void;
  const ready = new Promise<void>((resolve) => (appended = resolve));
  const done = store.db
    .transaction()
    .execute(async (tx) => {
      await store.append(streamId, [{ type, data: {} }], {}, tx);
      appended();
      if (!(await decided)) throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
  return { ready, done, commit: () => finish(true), rollback: () => finish(false) };
}
class Rollback extends Error {}

/**
 * Reads until `count` events have come or a deadline passes. Transactions of other test files
 * run on the same server, and an open one anywhere rightly holds every log reader back a moment.
 */
async function readAtLeast(store: EventStore, after: Checkpoint, count: number) {
  const events: RecordedEvent[] = [];
  let checkpoint = after;
  for (const deadline = Date.now() + 5000; events.length < count && Date.now() < deadline;) {
    const batch = await store.readAll({ after: checkpoint });
    events.push(...batch.events);
    checkpoint = batch.checkpoint;
    if (batch.events.length === 0) await sleep(10);
  }
  return { events, checkpoint };
}

describe('the sequence gap problem', () => {
  let t: TestDatabase;
  let store: EventStore;

  beforeAll(async () => {
    t = await createTestDatabase({ max: 20 });
    store = new EventStore(t.db);
  });
  afterAll(async () => {
    await store.close();
    await t.drop();
  });

  it('delivers an event whose transaction commits after a later position, exactly once', async () => {
    const t1 = openTransaction(store, 'late-1', 'Late');
    await t1.ready; // T1 holds the lower position and stays open.
    const t2 = await store.append('early-1', [{ type: 'Early', data: {} }]);

    // A reader that follows positions alone sees T2 and moves past T1's position for good.
    const naive = await sql<{ global_position: number; event_type: string }>`
      select global_position, event_type from events where global_position > 0 order by global_position`.execute(t.db);
    expect(naive.rows.map((r) => r.event_type)).toEqual(['Early']);
    const naiveCheckpoint = naive.rows.at(-1)!.global_position;

    // The store's reader holds back everything from T1's xid on.
    const first = await store.readAll({ after: START });
    expect(first.events).toEqual([]);

    t1.commit();
    await t1.done;

    const second = await readAtLeast(store, first.checkpoint, 2);
    expect(second.events.map((e) => e.type)).toEqual(['Late', 'Early']);
    expect(second.events[0]!.globalPosition).toBeLessThan(t2.positions[0]!);
    expect((await store.readAll({ after: second.checkpoint })).events).toEqual([]);

    const naiveAfter = await sql`select 1 from events where global_position > ${naiveCheckpoint}`.execute(t.db);
    expect(naiveAfter.rows).toHaveLength(0); // ...which is how the naive reader loses T1's event.
  });

  it('never delivers a rolled-back append, and is not held back by it afterwards', async () => {
    const t1 = openTransaction(store, 'aborted-1', 'Aborted');
    await t1.ready;
    await store.append('after-abort-1', [{ type: 'AfterAbort', data: {} }]);
    const head = await store.readAll({ after: START, limit: 10_000 });
    t1.rollback();
    await t1.done;
    const rest = await readAtLeast(store, head.checkpoint, 1);
    expect(rest.events.map((e) => e.type)).toEqual(['AfterAbort']);
  });

  it('orders a stream by version even when an older transaction appends to it late', async () => {
    // T1 gets its xid first by appending elsewhere, then T2 appends to the shared stream.
    let releaseT1!: () => void;
    const t1Waits = new Promise<void>((resolve) => (releaseT1 = resolve));
    let t1Started!: () => void;
    const started = new Promise<void>((resolve) => (t1Started = resolve));
    const t1 = store.db.transaction().execute(async (tx) => {
      await store.append('own-1', [{ type: 'Own', data: {} }], {}, tx);
      t1Started();
      await t1Waits;
      await store.append('shared-1', [{ type: 'FromOlder', data: {} }], {}, tx);
    });
    await started;
    await store.append('shared-1', [{ type: 'FromYounger', data: {} }]);
    releaseT1();
    // Appending after the younger transaction's event would put version 2 before version 1 in
    // log order: refused as a serialization failure, which the caller retries.
    await expect(t1).rejects.toMatchObject({ code: '40001' });
    const events = await store.readStream('shared-1');
    expect(events.map((e) => e.type)).toEqual(['FromYounger']);
  });

  it('gives a reader catching up during random concurrent writes every committed event once, in stream order', async () => {
    const streams = Array.from({ length: 40 }, (_, i) => `random-${i}`);
    // Set once the writers are done: how many events the reader must end up with. Other test
    // files' transactions on the same server may hold the reader back for a moment, so it keeps
    // reading until it has them all (or a deadline passes and the assertions below fail).
    // eslint-disable-next-line prefer-const -- assigned further down (target = ...), once the committed events are known
    let target: { count: number; deadline: number } | undefined;
    const delivered: RecordedEvent[] = [];
    let checkpoint: Checkpoint = (await store.readAll({ after: START, limit: 100_000 })).checkpoint;
    const skip = new Set((await sql<{ id: string }>`select event_id as id from events`.execute(t.db)).rows.map((r) => r.id));

    const reader = (async () => {
      for (;;) {
        const batch = await store.readAll({ after: checkpoint, limit: randomInt(1, 20) });
        delivered.push(...batch.events);
        checkpoint = batch.checkpoint;
        if (batch.events.length === 0) {
          if (target && (delivered.length >= target.count || Date.now() > target.deadline)) return;
          await sleep(randomInt(0, 3));
        }
      }
    })();

    const writer = async (w: number) => {
      for (let i = 0; i < 60; i++) {
        const streamId = streams[randomInt(streams.length)]!;
        const events = Array.from({ length: randomInt(1, 4) }, (_, k) => ({ type: 'Random', data: { w, i, k } }));
        const mode = randomInt(10);
        if (mode < 6) {
          await store.append(streamId, events);
        } else {
          // Commit late, or not at all, while others go on writing.
          await store.db
            .transaction()
            .execute(async (tx) => {
              await store.append(streamId, events, {}, tx);
              await sleep(randomInt(1, 15));
              if (mode === 9) throw new Rollback();
            })
            .catch((error: unknown) => {
              if (!(error instanceof Rollback)) throw error;
            });
        }
      }
    };
    await Promise.all(Array.from({ length: 6 }, (_, w) => writer(w)));
    const committed = (await sql<{ id: string }>`select event_id as id from events`.execute(t.db)).rows.map((r) => r.id).filter((id) => !skip.has(id));
    target = { count: committed.length, deadline: Date.now() + 10_000 };
    await reader;

    const ids = delivered.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(committed));
    expect(committed.length).toBeGreaterThan(200);

    const lastVersion = new Map<string, number>();
    for (const e of delivered) {
      expect(e.streamVersion).toBe((lastVersion.get(e.streamId) ?? 0) + 1);
      lastVersion.set(e.streamId, e.streamVersion);
    }
  });

  it('reads the log as a snapshot saw it: what had committed, even after an older open transaction, and nothing later', async () => {
    const open = openTransaction(store, 'snapshot-open', 'Open');
    await open.ready; // an older transaction, still running: readAll alone stops before it
    const committed = await store.append('snapshot-committed', [{ type: 'Committed', data: {} }]);
    const visibleIn = await store.snapshot();
    const later = await store.append('snapshot-later', [{ type: 'Later', data: {} }]);
    open.commit();
    await open.done;

    const positions: number[] = [];
    for (let after = START; ;) {
      const page = await store.readAll({ after, limit: 2, visibleIn });
      positions.push(...page.events.map((e) => e.globalPosition));
      if (page.events.length < 2) break;
      after = page.checkpoint;
    }
    expect(positions).toContain(committed.positions[0]);
    expect(positions).not.toContain(later.positions[0]);
    expect(new Set(positions).size).toBe(positions.length);
    const openEvent = await store.readStream('snapshot-open');
    expect(positions).not.toContain(openEvent[0]!.globalPosition);
  });
});

import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '#test-support';
import { countParked, EventStore, listParked, pendingRetries, type RecordedEvent, requestRetry, Subscription, type SubscriptionOptions } from './index.js';

// A consumer never stops on one event: what it cannot apply is parked with its error, later
// events of that stream wait behind it, everything else goes on, and a retry applies them once
// the cause is gone.
describe('parked events', () => {
  let t: TestDatabase;
  let store: EventStore;
  const running: Subscription[] = [];

  beforeAll(async () => {
    t = await createTestDatabase({ max: 20 });
    store = new EventStore(t.db);
    await sql`create table seen (consumer text, stream_id text, global_position bigint)`.execute(t.db);
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((s) => s.stop()));
  });
  afterAll(async () => {
    await store.close();
    await t.drop();
  });

  /** Applies the events of streams starting with `prefix`; refuses those `refuse` says no to. */
  async function follow(consumer: string, prefix: string, refuse: (e: RecordedEvent) => unknown, options: Partial<SubscriptionOptions> = {}) {
    const subscription = new Subscription(t.db, {
      consumer,
      connectionString: t.url,
      pollIntervalMs: 50,
      batchSize: 100,
      handle: async (events, tx) => {
        for (const e of events) {
          if (!e.streamId.startsWith(prefix)) continue;
          await sql`insert into seen values (${consumer}, ${e.streamId}, ${e.globalPosition})`.execute(tx);
          const refusal = refuse(e);
          if (refusal) throw refusal as Error;
        }
      },
      ...options,
    });
    running.push(subscription);
    await subscription.start();
    return subscription;
  }
  const seen = async (consumer: string) =>
    (
      await sql<{ stream_id: string; global_position: number }>`
      select stream_id, global_position from seen where consumer = ${consumer} order by global_position`.execute(t.db)
    ).rows.map((r) => `${r.stream_id}@${r.global_position}`);
  const caughtUp = async (subscription: Subscription, position: number) =>
    vi.waitFor(() => expect(subscription.checkpoint?.globalPosition ?? 0).toBeGreaterThanOrEqual(position), { timeout: 10_000 });

  it('parks the event it cannot apply, with its error, and the later events of its stream; applies the rest', async () => {
    const a = await store.append('p1-a', [
      { type: 'Ok', data: {} },
      { type: 'Bad', data: {} },
      { type: 'Ok', data: {} },
    ]);
    const b = await store.append('p1-b', [
      { type: 'Ok', data: {} },
      { type: 'Ok', data: {} },
    ]);
    const subscription = await follow('p1', 'p1-', (e) => e.type === 'Bad' && new RangeError('date/time field value out of range'));
    await caughtUp(subscription, b.positions[1]!);

    const [a1, a2, a3] = a.positions as [number, number, number];
    expect(await seen('p1')).toEqual([`p1-a@${a1}`, ...b.positions.map((p) => `p1-b@${p}`)]);
    const parked = await listParked(t.db, 'p1');
    expect(parked).toMatchObject([
      {
        globalPosition: a2,
        streamId: 'p1-a',
        streamVersion: 2,
        eventType: 'Bad',
        error: 'RangeError: date/time field value out of range',
        blockedBy: null,
        attempts: 1,
      },
      { globalPosition: a3, streamId: 'p1-a', streamVersion: 3, eventType: 'Ok', blockedBy: a2, attempts: 0 },
    ]);
    expect((await countParked(t.db, ['p1'])).get('p1')).toEqual({ total: 2, failed: 1 });

    // A stream with a parked event keeps its order: what comes later waits too, in later batches.
    const later = await store.append('p1-a', [{ type: 'Ok', data: {} }]);
    await store.append('p1-c', [{ type: 'Ok', data: {} }]);
    await caughtUp(subscription, later.positions[0]! + 1);
    expect((await listParked(t.db, 'p1')).map((p) => p.globalPosition)).toEqual([a2, a3, later.positions[0]]);
  });

  it('retries parked events in order with the code it runs now: applied ones leave, failing ones stay with their new error', async () => {
    let fixed = false;
    const onRetried = vi.fn();
    const a = await store.append('p2-a', [
      { type: 'Bad', data: {} },
      { type: 'Ok', data: {} },
    ]);
    const b = await store.append('p2-b', [
      { type: 'Worse', data: {} },
      { type: 'Ok', data: {} },
    ]);
    const subscription = await follow(
      'p2',
      'p2-',
      (e) => (e.type === 'Bad' && !fixed ? new Error('a bug') : e.type === 'Worse' ? new Error(fixed ? 'still broken' : 'broken') : undefined),
      { onRetried },
    );
    await caughtUp(subscription, b.positions[1]!);
    expect((await listParked(t.db, 'p2')).map((p) => p.globalPosition)).toEqual([...a.positions, ...b.positions]);

    fixed = true;
    expect(await requestRetry(t.db, 'p2')).toBe(4);
    await vi.waitFor(async () => expect(await pendingRetries(t.db, 'p2')).toBe(0), { timeout: 10_000 });
    expect((await seen('p2')).filter((s) => s.startsWith('p2-a'))).toEqual(a.positions.map((p) => `p2-a@${p}`));
    expect(onRetried).toHaveBeenCalledTimes(1);
    expect(await listParked(t.db, 'p2')).toMatchObject([
      { globalPosition: b.positions[0], error: 'still broken', attempts: 2, retryRequestedAt: null },
      { globalPosition: b.positions[1], blockedBy: b.positions[0], attempts: 0, retryRequestedAt: null },
    ]);

    // Once a stream has nothing parked, its new events apply as usual.
    const c = await store.append('p2-a', [{ type: 'Ok', data: {} }]);
    await caughtUp(subscription, c.positions[0]!);
    expect(await seen('p2')).toContain(`p2-a@${c.positions[0]}`);
  });

  it('parks nothing for an error about the server rather than the event: the batch is tried again', async () => {
    let failures = 0;
    const onError = vi.fn();
    const a = await store.append('p3-a', [
      { type: 'Ok', data: {} },
      { type: 'Ok', data: {} },
    ]);
    const subscription = await follow(
      'p3',
      'p3-',
      (e) => e.globalPosition === a.positions[1] && failures++ < 2 && Object.assign(new Error('could not serialize access'), { code: '40001' }),
      { onError },
    );
    await caughtUp(subscription, a.positions[1]!);
    expect(onError).toHaveBeenCalledTimes(2);
    expect(await listParked(t.db, 'p3')).toEqual([]);
    expect(await seen('p3')).toEqual(a.positions.map((p) => `p3-a@${p}`));
  });

  it('parks an event no upcaster can read', async () => {
    const a = await store.append('p4-a', [
      { type: 'Ok', data: {} },
      { type: 'Old', data: {} },
    ]);
    const b = await store.append('p4-b', [{ type: 'Ok', data: {} }]);
    const subscription = await follow('p4', 'p4-', () => undefined, {
      upcast: (e) => {
        if (e.type === 'Old') throw new Error('no upcaster for Old v1');
        return e;
      },
    });
    await caughtUp(subscription, b.positions[0]!);
    expect(await listParked(t.db, 'p4')).toMatchObject([{ globalPosition: a.positions[1], error: 'no upcaster for Old v1' }]);
    expect(await seen('p4')).toEqual([`p4-a@${a.positions[0]}`, `p4-b@${b.positions[0]}`]);
  });

  it('finds each bad event among many in one batch, applying every other one exactly once', async () => {
    const streams = Array.from({ length: 60 }, (_, i) => `p5-${i}`);
    const positions: number[] = [];
    for (const s of streams) positions.push(...(await store.append(s, [{ type: 'Ok', data: {} }])).positions);
    const bad = new Set([positions[3], positions[4], positions[31], positions[59]]);
    const subscription = await follow('p5', 'p5-', (e) => bad.has(e.globalPosition) && new Error(`bad ${e.globalPosition}`), { batchSize: 1000 });
    await caughtUp(subscription, positions.at(-1)!);
    expect((await listParked(t.db, 'p5')).map((p) => p.globalPosition)).toEqual([...bad]);
    expect(await seen('p5')).toEqual(positions.filter((p) => !bad.has(p)).map((p) => `p5-${positions.indexOf(p)}@${p}`));
  });
});

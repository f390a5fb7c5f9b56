import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '#test-support';
import { loadCheckpoint } from './checkpoints.js';
import { appendToStream, EventStore, type RecordedEvent, Subscription, type SubscriptionOptions } from './index.js';

describe('subscriptions', () => {
  let t: TestDatabase;
  let store: EventStore;
  const running: Subscription[] = [];

  beforeAll(async () => {
    t = await createTestDatabase({ max: 20 });
    store = new EventStore(t.db);
    await sql`create table seen (consumer text, event_id uuid, global_position bigint)`.execute(t.db);
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((s) => s.stop()));
  });
  afterAll(async () => {
    await store.close();
    await t.drop();
  });

  /** A consumer that records what it applies, in the transaction that moves its checkpoint. */
  async function follow(consumer: string, options: Partial<SubscriptionOptions> = {}) {
    const applied: RecordedEvent[] = [];
    const subscription = new Subscription(t.db, {
      consumer,
      handle: async (events, tx) => {
        for (const e of events) {
          await sql`insert into seen values (${consumer}, ${e.id}, ${e.globalPosition})`.execute(tx);
        }
        applied.push(...events);
      },
      ...options,
    });
    running.push(subscription);
    await subscription.start();
    return { subscription, applied };
  }
  const seen = async (consumer: string) =>
    (await sql<{ n: number }>`select count(*)::int as n from seen where consumer = ${consumer}`.execute(t.db)).rows[0]!.n;

  it('wakes on NOTIFY, long before its poll interval', async () => {
    await store.append('notify-0', [{ type: 'Stated', data: {} }]);
    const { applied } = await follow('notified', { connectionString: t.url, pollIntervalMs: 600_000 });
    // Once its first read has reached the head it waits; only a notification wakes it before 10 minutes.
    await vi.waitFor(() => expect(applied.some((e) => e.streamId === 'notify-0')).toBe(true));
    const before = applied.length;
    await store.append('notify-1', [{ type: 'Stated', data: {} }]);
    await vi.waitFor(() => expect(applied.length).toBe(before + 1), { timeout: 5000 });
    expect(applied.at(-1)!.streamId).toBe('notify-1');
  });

  it('passes over the events while the consumer wants none, unread, and applies those that come after it does', async () => {
    let wants = false;
    let asked = 0;
    await store.append('unwanted-0', [{ type: 'Stated', data: {} }]);
    await store.append('unwanted-1', [{ type: 'Stated', data: {} }]);
    const { applied } = await follow('unwanted', {
      pollIntervalMs: 10,
      wanted: () => Promise.resolve((asked++, wants)),
    });
    const head = async () => (await store.readAll({ after: undefined, limit: 100_000 })).checkpoint;
    // The checkpoint reaches the end of the log with nothing applied.
    const end = await head();
    await vi.waitFor(async () => expect(await loadCheckpoint(t.db, 'unwanted')).toEqual(end), { timeout: 5000 });
    expect(asked).toBeGreaterThan(0);
    // Appends keep coming while it wants none: it is handed none of them either, however the
    // appends fall between its look at the end of the log and a read.
    for (let i = 0; i < 40; i++) {
      await store.append(`unwanted-more-${i}`, [{ type: 'Stated', data: {} }]);
      await sleep(3);
    }
    const later = await head();
    await vi.waitFor(async () => expect(await loadCheckpoint(t.db, 'unwanted')).toEqual(later), { timeout: 5000 });
    expect(applied).toEqual([]);
    expect(await seen('unwanted')).toBe(0);

    wants = true;
    await store.append('unwanted-2', [{ type: 'Stated', data: {} }]);
    await vi.waitFor(() => expect(applied.map((e) => e.streamId)).toEqual(['unwanted-2']), { timeout: 5000 });
    expect(await loadCheckpoint(t.db, 'unwanted')).toEqual(await head());
  });

  it('with gatherMs, applies the appends of a burst together rather than one batch each', async () => {
    // The streams of this test that each batch carried (the log holds the other tests' events too).
    const batches: string[][] = [];
    await follow('gathered', {
      pollIntervalMs: 5,
      gatherMs: 400,
      handle: (events) => Promise.resolve(void batches.push(events.map((e) => e.streamId).filter((id) => id.startsWith('gather-')))),
    });
    await store.append('gather-0', [{ type: 'Stated', data: {} }]);
    await vi.waitFor(() => expect(batches.flat()).toContain('gather-0'), { timeout: 5000 });
    const first = batches.length;
    // Ten appends 20 ms apart, right after a batch: polling every 5 ms would apply each alone, but
    // the next batch waits for the pause to end.
    for (let i = 1; i <= 10; i++) {
      await store.append(`gather-${i}`, [{ type: 'Stated', data: {} }]);
      await sleep(20);
    }
    await vi.waitFor(() => expect(batches.slice(first).flat()).toHaveLength(10), { timeout: 5000 });
    expect(batches.slice(first).filter((b) => b.length > 0).length).toBeLessThanOrEqual(2);
  });

  it('wakes on NOTIFY sent at the commit of a caller-owned transaction', async () => {
    const { applied } = await follow('notified-tx', { connectionString: t.url, pollIntervalMs: 600_000 });
    await t.db.transaction().execute((tx) => store.append('notify-2', [{ type: 'Stated', data: {} }], {}, tx));
    await vi.waitFor(() => expect(applied.some((e) => e.streamId === 'notify-2')).toBe(true), { timeout: 5000 });
  });

  it('still delivers by polling when the notification is lost', async () => {
    const { applied } = await follow('polled', { connectionString: t.url, pollIntervalMs: 100 });
    // The plain function, outside the store, sends no notification at all.
    await appendToStream(t.db, 'silent-1', [{ type: 'Stated', data: {} }]);
    await vi.waitFor(() => expect(applied.some((e) => e.streamId === 'silent-1')).toBe(true), { timeout: 5000 });
  });

  it('resumes from its stored checkpoint after a restart', async () => {
    const first = await follow('restarted', { pollIntervalMs: 50 });
    await store.append('restart-1', [{ type: 'Stated', data: { n: 1 } }]);
    await vi.waitFor(() => expect(first.applied.some((e) => e.streamId === 'restart-1')).toBe(true));
    await first.subscription.stop();
    const countBefore = await seen('restarted');

    await store.append('restart-1', [{ type: 'Stated', data: { n: 2 } }]);
    const second = await follow('restarted', { pollIntervalMs: 50 });
    await vi.waitFor(() => expect(second.applied.map((e) => e.streamId)).toEqual(['restart-1']));
    expect(second.applied[0]!.streamVersion).toBe(2);
    expect(await seen('restarted')).toBe(countBefore + 1);
  });

  // A failure about the server (here a deadlock) fails the batch; one about an event parks it (parking.int.spec.ts).
  it('applies a batch again after its handler failed on a deadlock, without applying anything twice', async () => {
    let failures = 0;
    const applied: string[] = [];
    const errors: unknown[] = [];
    const subscription = new Subscription(t.db, {
      consumer: 'failing',
      pollIntervalMs: 20,
      onError: (e) => errors.push(e),
      handle: async (events, tx) => {
        for (const e of events) await sql`insert into seen values ('failing', ${e.id}, ${e.globalPosition})`.execute(tx);
        if (events.some((e) => e.streamId === 'poison-1') && failures++ < 2) throw Object.assign(new Error('deadlock detected'), { code: '40P01' });
        applied.push(...events.map((e) => e.id));
      },
    });
    running.push(subscription);
    await subscription.start();
    await store.append('poison-1', [{ type: 'Stated', data: {} }]);
    await vi.waitFor(() => expect(failures).toBe(3), { timeout: 5000 });
    await vi.waitFor(async () => expect(await seen('failing')).toBe(applied.length));
    expect(errors).toHaveLength(2);
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from (select event_id from seen where consumer = 'failing' group by event_id having count(*) > 1) d`.execute(t.db);
    expect(rows[0]!.n).toBe(0);
  });

  it('applies each event once when two instances of one consumer race', async () => {
    // Only what the handler writes through `tx` is exactly-once; its in-memory lists are not.
    await follow('raced', { pollIntervalMs: 5, batchSize: 7 });
    await follow('raced', { pollIntervalMs: 5, batchSize: 7 });
    await Promise.all(
      Array.from({ length: 10 }, (_, w) =>
        (async () => {
          for (let i = 0; i < 20; i++) await store.append(`race-${w}`, [{ type: 'Stated', data: { i } }]);
        })(),
      ),
    );
    const total = (await sql<{ n: number }>`select count(*)::int as n from events`.execute(t.db)).rows[0]!.n;
    await vi.waitFor(async () => expect(await seen('raced')).toBe(total), { timeout: 10_000 });
    const { rows } = await sql<{ n: number }>`select count(distinct event_id)::int as n from seen where consumer = 'raced'`.execute(t.db);
    expect(rows[0]!.n).toBe(total);
  });

  it("hands over a writer's transaction in one batch unless it is larger than a batch", async () => {
    // Transactions of 3, 2 and 6 events, read 4 at a time: a batch ends before a transaction it
    // cannot hold whole, and one larger than a batch comes alone, in full batches of its own.
    const sizes = [3, 2, 6];
    for (const [i, size] of sizes.entries()) {
      await store.appendMany(Array.from({ length: size }, (_, j) => ({ streamId: `whole-${i}-${j}`, events: [{ type: 'Stated', data: {} }] })));
    }
    const batches: string[][] = [];
    await follow('whole', {
      batchSize: 4,
      handle: (events) => Promise.resolve(void batches.push(events.map((e) => e.streamId).filter((id) => id.startsWith('whole-')))),
    });
    await vi.waitFor(() => expect(batches.flat()).toHaveLength(11), { timeout: 5000 });
    const transactions = batches.filter((b) => b.length > 0).map((b) => [...new Set(b.map((id) => id.split('-')[1]))]);
    expect(batches.filter((b) => b.length > 0).map((b) => b.length)).toEqual([3, 2, 4, 2]);
    expect(transactions).toEqual([['0'], ['1'], ['2'], ['2']]);
  });
});

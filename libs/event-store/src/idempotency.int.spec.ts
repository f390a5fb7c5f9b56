import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '#test-support';
import { EventStore, IdempotencyConflictError, type NewEvent } from './index.js';

describe('idempotent appends', () => {
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

  const batch = (): NewEvent[] => [
    { id: randomUUID(), type: 'Recorded', data: { n: 1 } },
    { id: randomUUID(), type: 'Recorded', data: { n: 2 } },
  ];
  const count = async () => (await sql<{ n: number }>`select count(*)::int as n from events`.execute(t.db)).rows[0]!.n;

  it('answers a retried append with the original result and stores nothing twice', async () => {
    const events = batch();
    const first = await store.append('retry-1', events, { expectedVersion: 'no_stream' });
    const before = await count();
    // The retry carries the expectation the first attempt had; it is stale now, and still fine.
    const retry = await store.append('retry-1', events, { expectedVersion: 'no_stream' });
    const { recordedAt, ...stored } = first;
    expect(retry).toEqual({ ...stored, duplicate: true });
    expect(first.duplicate).toBe(false);
    expect(recordedAt).toEqual((await store.readStream('retry-1'))[0]!.recordedAt);
    expect(await count()).toBe(before);
    expect(await store.readStream('retry-1')).toHaveLength(2);
  });

  it('stores one copy when ten retries of one append race each other', async () => {
    const events = batch();
    const results = await Promise.all(Array.from({ length: 10 }, () => store.append('retry-2', events)));
    expect(new Set(results.map((r) => JSON.stringify(r.positions))).size).toBe(1);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(await store.readStream('retry-2')).toHaveLength(2);
  });

  it('refuses a batch that repeats only some stored ids, or ids stored on another stream', async () => {
    const events = batch();
    await store.append('retry-3', events);
    const before = await count();
    const partial = [events[0]!, { id: randomUUID(), type: 'Recorded', data: { n: 3 } }];
    await expect(store.append('retry-3', partial)).rejects.toBeInstanceOf(IdempotencyConflictError);
    await expect(store.append('retry-4', events)).rejects.toBeInstanceOf(IdempotencyConflictError);
    expect(await count()).toBe(before);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '#test-support';
import { EventStore, logHas, searchLog } from './index.js';

describe('searching the log', () => {
  let t: TestDatabase;
  let store: EventStore;
  const positions = (events: { globalPosition: number }[]) => events.map((e) => e.globalPosition);

  beforeAll(async () => {
    t = await createTestDatabase({ max: 2 });
    store = new EventStore(t.db);
    await store.append('key-1', [{ type: 'KeyCreated', data: {}, metadata: { actor: 'start' } }]); // 1
    await store.append('item-a', [{ type: 'Created', data: { owner: 'x' }, metadata: { actor: 'ann', keyId: 'k1' } }]); // 2
    await store.append('item-a', [{ type: 'Renamed', data: {}, metadata: { actor: 'bob', keyId: 'k2' } }]); // 3
    await store.append('item-b', [{ type: 'Created', data: { owner: 'y' }, metadata: { actor: 'ann', keyId: 'k1' } }]); // 4
    await store.append('owner-x', [{ type: 'Noted', data: { owner: 'x' }, metadata: { actor: 'bob' } }]); // 5
  });
  afterAll(async () => {
    await store.close();
    await t.drop();
  });

  it('answers newest first, within the limit and below a position', async () => {
    expect(positions(await searchLog(t.db, {}, 10))).toEqual([5, 4, 3, 2, 1]);
    expect(positions(await searchLog(t.db, {}, 2))).toEqual([5, 4]);
    expect(positions(await searchLog(t.db, { beforePosition: 4 }, 10))).toEqual([3, 2, 1]);
  });

  it('filters by metadata, by recording time and by stream prefix', async () => {
    expect(positions(await searchLog(t.db, { metadata: { actor: 'ann' } }, 10))).toEqual([4, 2]);
    expect(positions(await searchLog(t.db, { metadataNot: { keyId: 'k1' } }, 10))).toEqual([5, 3, 1]);
    expect(positions(await searchLog(t.db, { excludeStreamPrefixes: ['item-'] }, 10))).toEqual([5, 1]);
    const [third] = await searchLog(t.db, { beforePosition: 4 }, 1);
    expect(positions(await searchLog(t.db, { recordedFrom: third!.recordedAt }, 10))).toEqual([5, 4, 3]);
    expect(positions(await searchLog(t.db, { recordedBefore: third!.recordedAt }, 10))).toEqual([2, 1]);
  });

  it('finds what an event is about: its stream, its data, or its stream through another event', async () => {
    const about = { streamIds: ['owner-x'], data: { owner: 'x' }, streamsWith: { type: 'Created', data: { owner: 'x' } } };
    expect(positions(await searchLog(t.db, { about }, 10))).toEqual([5, 3, 2]);
    expect(positions(await searchLog(t.db, { about: { streamsWith: { type: 'Created', data: { owner: 'y' } } } }, 10))).toEqual([4]);
  });

  it('says whether any event matches', async () => {
    expect(await logHas(t.db, { metadataNot: { keyId: 'k1' }, excludeStreamPrefixes: ['key-', 'owner-'] })).toBe(true);
    expect(await logHas(t.db, { metadataNot: { keyId: 'k2' }, excludeStreamPrefixes: ['key-', 'owner-', 'item-'] })).toBe(false);
  });
});

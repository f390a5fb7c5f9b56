import { type Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '#test-support';
import { EventStore, verifyLog } from './index.js';

// Tests connect as a superuser: what they do behind the trigger's back is what the chain is for.
const tamper = async (db: Kysely<any>, statement: ReturnType<typeof sql>) => {
  await db.transaction().execute(async (tx) => {
    await sql`alter table events disable trigger events_immutable_rows`.execute(tx);
    await statement.execute(tx);
    await sql`alter table events enable trigger events_immutable_rows`.execute(tx);
  });
};

const positionOf = async (db: Kysely<any>, streamId: string, version: number) =>
  Number(
    (await sql<{ p: string }>`select global_position as p from events where stream_id = ${streamId} and stream_version = ${version}`.execute(db)).rows[0]!.p,
  );

describe('the hash chain makes changes to the log detectable', () => {
  let t: TestDatabase;
  let store: EventStore;

  beforeEach(async () => {
    t = await createTestDatabase();
    store = new EventStore(t.db);
    // Streams of several lengths, some written a batch at a time, interleaved in the log.
    for (let round = 0; round < 3; round++) {
      for (const stream of ['claim-a', 'claim-b', 'source-c']) {
        await store.append(stream, [
          { type: 'Stated', data: { value: 60 + round, note: 'ünïcode "quoted" \\ text' }, metadata: { actor: 'Ana' } },
          ...(stream === 'claim-b' ? [{ type: 'Reviewed', data: { verdict: 'accurate' } }] : []),
        ]);
      }
    }
  });
  afterEach(async () => {
    await store.close();
    await t.drop();
  });

  it('finds nothing wrong with an untouched log, whatever the batch size', async () => {
    for (const batchSize of [1, 4, 10_000]) {
      const progress: number[] = [];
      const result = await verifyLog(t.db, { batchSize, onProgress: (p) => progress.push(p.events) });
      expect(result).toMatchObject({ ok: true, events: 12, streams: 3, mismatches: 0, firstMismatch: null });
      expect(progress.at(-1)).toBe(12);
    }
  });

  it('names the event a superuser changed with the trigger disabled', async () => {
    const position = await positionOf(t.db, 'claim-b', 3);
    await tamper(t.db, sql`update events set data = '{"value": 84}' where global_position = ${position}`);
    const result = await verifyLog(t.db, { batchSize: 4 });
    expect(result.ok).toBe(false);
    expect(result.mismatches).toBe(1);
    expect(result.firstMismatch).toEqual({ globalPosition: position, streamId: 'claim-b', streamVersion: 3, reason: 'the event does not match its hash' });
  });

  it('finds a change to the actor or the time recorded, too', async () => {
    const actor = await positionOf(t.db, 'claim-a', 2);
    const time = await positionOf(t.db, 'source-c', 1);
    await tamper(t.db, sql`update events set metadata = '{"actor": "Bea"}' where global_position = ${actor}`);
    await tamper(t.db, sql`update events set recorded_at = recorded_at - interval '1 day' where global_position = ${time}`);
    const result = await verifyLog(t.db);
    expect(result.mismatches).toBe(2);
    expect(result.firstMismatch).toMatchObject({ globalPosition: Math.min(actor, time) });
  });

  it('finds an event changed together with its own hash: the next one no longer links to it', async () => {
    await tamper(
      t.db,
      sql`update events set data = '{"value": 84}',
      event_hash = factlog_event_hash(''::bytea, stream_id, stream_version, event_id, event_type, schema_version, '{"value": 84}', metadata, recorded_at)
      where stream_id = 'claim-a' and stream_version = 1`,
    );
    const result = await verifyLog(t.db, { batchSize: 1 });
    expect(result.firstMismatch).toMatchObject({ streamId: 'claim-a', streamVersion: 2, reason: 'the event does not match its hash' });
  });

  it('finds an event removed from the middle or the end of a stream', async () => {
    await tamper(t.db, sql`delete from events where stream_id = 'claim-b' and stream_version = 2`);
    await tamper(t.db, sql`delete from events where stream_id = 'source-c' and stream_version = 3`);
    const result = await verifyLog(t.db, { batchSize: 2 });
    expect(result.mismatches).toBe(2);
    expect(result.firstMismatch).toMatchObject({ streamId: 'claim-b', streamVersion: 3, reason: 'version 3 follows version 1' });
    expect(result.ok).toBe(false);
    const tail = await verifyLog(t.db);
    expect(tail.mismatches).toBe(2);
  });

  it('finds a stream whose last event is gone', async () => {
    await tamper(t.db, sql`delete from events where stream_id = 'source-c' and stream_version = 3`);
    const result = await verifyLog(t.db);
    expect(result.firstMismatch).toEqual({
      globalPosition: null,
      streamId: 'source-c',
      streamVersion: 3,
      reason: 'the stream is at version 3 but its events end at 2',
    });
  });

  it('finds two events of a stream swapped', async () => {
    await tamper(t.db, sql`update events set stream_version = 100 where stream_id = 'claim-a' and stream_version = 1`);
    await tamper(t.db, sql`update events set stream_version = 1 where stream_id = 'claim-a' and stream_version = 2`);
    await tamper(t.db, sql`update events set stream_version = 2 where stream_id = 'claim-a' and stream_version = 100`);
    const result = await verifyLog(t.db);
    expect(result.firstMismatch).toMatchObject({ streamId: 'claim-a', reason: 'the event does not match its hash' });
  });

  it('chains appends made inside a caller transaction and retried appends like any other', async () => {
    await t.db.transaction().execute(async (tx) => {
      await store.append('claim-a', [{ type: 'Corrected', data: { value: 61 } }], { expectedVersion: 3 }, tx);
      await store.append(
        'claim-d',
        [
          { type: 'Stated', data: {} },
          { type: 'Ranked', data: {} },
        ],
        {},
        tx,
      );
    });
    const id = '0b7e7a2e-4f59-4f57-9a0e-6f3b1c1d2e3f';
    await store.append('claim-d', [{ id, type: 'Commented', data: { text: 'x' } }]);
    await store.append('claim-d', [{ id, type: 'Commented', data: { text: 'x' } }]);
    expect(await verifyLog(t.db, { batchSize: 3 })).toMatchObject({ ok: true, events: 16, streams: 4 });
  });
});

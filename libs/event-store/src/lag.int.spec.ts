import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '#test-support';
import { consumerHasApplied, consumerHasReached, EventStore } from './index.js';

// Where a consumer stands, asked of the primary and of a replica: a position the database does
// not hold is "reached" on the primary (no such event) but not applied on a replica (not replayed yet).
describe('consumerHasReached and consumerHasApplied', () => {
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

  it('agree on the events the log holds, and differ on a position it does not hold yet', async () => {
    const first = await store.append('lag-1', [{ type: 'Happened', data: {} }]);
    const second = await store.append('lag-2', [{ type: 'Happened', data: {} }]);
    const [p1, p2] = [first.positions[0]!, second.positions[0]!];
    const { rows } = await sql<{ tx: string }>`select transaction_id::text as tx from events where global_position = ${p1}`.execute(t.db);
    await sql`insert into checkpoints (consumer, transaction_id, global_position) values ('lagging', ${rows[0]!.tx}::xid8, ${p1})`.execute(t.db);

    expect([await consumerHasReached(t.db, 'lagging', p1), await consumerHasApplied(t.db, 'lagging', p1)]).toEqual([true, true]);
    expect([await consumerHasReached(t.db, 'lagging', p2), await consumerHasApplied(t.db, 'lagging', p2)]).toEqual([false, false]);
    expect([await consumerHasReached(t.db, 'lagging', p2 + 1000), await consumerHasApplied(t.db, 'lagging', p2 + 1000)]).toEqual([true, false]);
    expect(await consumerHasApplied(t.db, 'no-such-consumer', p1)).toBe(false);
  });
});

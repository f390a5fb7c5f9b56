import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '#test-support';
import { EventStore, verifyLog } from '#event-store';
import { migrations } from './index.js';

// A log written before the hash chain existed, then migrated: its events get their hashes in
// stream order, and later appends link to them.
describe('migrating a log written before the hash chain', () => {
  let t: TestDatabase;
  let db: TestDatabase['db'];

  beforeAll(async () => {
    t = await createTestDatabase({ max: 2, unmigrated: true });
    db = t.db;
  });
  afterAll(() => t.drop());

  it('hashes the events already stored, and later appends continue their chains', async () => {
    const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } });
    expect((await migrator.migrateTo('20261124140000_fact_summary_json')).error).toBeUndefined();
    const store = new EventStore(db);
    await store.append('claim-1', [
      { type: 'Stated', data: { value: 60 } },
      { type: 'Reviewed', data: {} },
    ]);
    await store.append('claim-2', [{ type: 'Stated', data: { value: 84 } }]);
    await store.append('claim-1', [{ type: 'Corrected', data: { value: 61 } }]);

    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const hashes = await sql<{ n: string }>`select count(distinct event_hash) as n from events`.execute(db);
    expect(Number(hashes.rows[0]!.n)).toBe(4);
    await store.append('claim-1', [{ type: 'Retracted', data: {} }]);
    await store.append('claim-3', [{ type: 'Stated', data: {} }]);
    expect(await verifyLog(db as never, { batchSize: 2 })).toMatchObject({ ok: true, events: 6, streams: 3 });

    await sql`alter table events disable trigger events_immutable_rows`.execute(db);
    await sql`update events set data = '{"value": 72}' where stream_id = 'claim-1' and stream_version = 1`.execute(db);
    await sql`alter table events enable trigger events_immutable_rows`.execute(db);
    expect((await verifyLog(db as never)).firstMismatch).toMatchObject({ streamId: 'claim-1', streamVersion: 1, globalPosition: 1 });
    await store.close();
  });
});

import { randomUUID } from 'node:crypto';
import { Migrator, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect } from '#database';
import { EventStore, verifyLog } from '#event-store';
import { migrations } from './index.js';

// A log written before the hash chain existed, then migrated: its events get their hashes in
// stream order, and later appends link to them.
describe('migrating a log written before the hash chain', () => {
  const { serverUrl } = inject('postgres');
  const name = `factlog_chain_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  let db: ReturnType<typeof connect>;

  beforeAll(async () => {
    await admin(`create database ${pg.escapeIdentifier(name)}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    db = connect(url.toString(), { max: 2 });
  });
  afterAll(async () => {
    await db.destroy();
    await admin(`drop database ${pg.escapeIdentifier(name)} with (force)`);
  });

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

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type SilentServer, startSilentServer, type TestDatabase } from '#test-support';
import { connect } from './connect.js';
import { isDatabaseUnavailable } from '#event-store';

describe('a database that does not answer', () => {
  let silent: SilentServer;
  beforeAll(async () => void (silent = await startSilentServer()));
  afterAll(() => silent?.close());

  it('fails a query within the connect timeout, as unavailable, instead of waiting for it', async () => {
    const db = connect(silent.url, { connectTimeoutMs: 300 });
    try {
      const started = Date.now();
      const error = await sql`select 1`.execute(db).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeDefined();
      expect(isDatabaseUnavailable(error)).toBe(true);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await db.destroy();
    }
  });

  it('fails a query within the acquire timeout, even when connecting takes longer', async () => {
    const db = connect(silent.url, { connectTimeoutMs: 60_000, acquireTimeoutMs: 300 });
    try {
      const error = await sql`select 1`.execute(db).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isDatabaseUnavailable(error)).toBe(true);
    } finally {
      await db.destroy();
    }
  });
});

describe('a read-only pool', () => {
  let t: TestDatabase;
  beforeAll(async () => void (t = await createTestDatabase()));
  afterAll(() => t?.drop());

  it('reads, and has every write refused by the server (what a replica read pool is)', async () => {
    await sql`create table scratch (n int)`.execute(t.db);
    const db = connect(t.url, { readOnly: true });
    try {
      expect((await sql<{ n: number }>`select 1 as n`.execute(db)).rows).toEqual([{ n: 1 }]);
      const error = await sql`insert into scratch values (1)`.execute(db).then(
        () => undefined,
        (e: unknown) => e as { code?: string },
      );
      expect(error?.code).toBe('25006'); // read_only_sql_transaction
      expect((await sql<{ n: number }>`select count(*)::int as n from scratch`.execute(t.db)).rows).toEqual([{ n: 0 }]);
    } finally {
      await db.destroy();
    }
  });
});

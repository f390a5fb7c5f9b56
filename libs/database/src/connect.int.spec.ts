import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SilentServer, startSilentServer } from '#test-support';
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

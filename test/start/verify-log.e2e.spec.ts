import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventStore } from '#event-store';
import { createTestDatabase, type TestDatabase } from '#test-support';
import { ensureBuilt, root } from './built-app.js';

// The built `npm run verify-log` command, run on a database of the test's own.
describe('npm run verify-log', () => {
  let t: TestDatabase;
  const run = () =>
    spawnSync(process.execPath, [path.join(root, 'dist/apps/projector/src/verify-log.js')], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: t.url },
      encoding: 'utf8',
    });

  beforeAll(async () => {
    ensureBuilt();
    t = await createTestDatabase();
    const store = new EventStore(t.db);
    for (let i = 1; i <= 5; i++)
      await store.append(`claim-${i}`, [
        { type: 'Stated', data: { value: i } },
        { type: 'Reviewed', data: {} },
      ]);
    await store.close();
  });
  afterAll(() => t?.drop());

  it('says the log matches and exits 0', () => {
    const result = run();
    expect(result.stdout).toContain('the log matches its hash chains: 10 events in 5 streams');
    expect(result.status).toBe(0);
  });

  it('names the first event that does not match and exits 2', async () => {
    await t.db.transaction().execute(async (tx) => {
      await sql`alter table events disable trigger events_immutable_rows`.execute(tx);
      await sql`update events set data = '{"value": 84}' where stream_id = 'claim-3' and stream_version = 2`.execute(tx);
      await sql`alter table events enable trigger events_immutable_rows`.execute(tx);
    });
    const result = run();
    expect(result.stdout).toContain('first: global position 6, stream claim-3, version 2: the event does not match its hash');
    expect(result.status).toBe(2);
  });
});

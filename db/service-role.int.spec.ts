import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '#test-support';

// The grants of db/service-role.sql, applied to a role of this test's own: the service can
// append and read, and cannot change the log or switch its trigger off.
describe('the production service role', () => {
  let t: TestDatabase;
  let client: pg.Client;
  const role = `factlog_app_${randomUUID().replaceAll('-', '').slice(0, 10)}`;

  beforeAll(async () => {
    t = await createTestDatabase();
    client = new pg.Client({ connectionString: t.url });
    await client.connect();
    const database = new URL(t.url).pathname.slice(1);
    const grants = (await readFile(new URL('./service-role.sql', import.meta.url), 'utf8'))
      .replaceAll('factlog_app', pg.escapeIdentifier(role))
      .replace('on database factlog', `on database ${pg.escapeIdentifier(database)}`);
    await client.query(`create role ${pg.escapeIdentifier(role)} nologin nosuperuser`);
    await client.query(grants);
    await client.query(`set role ${pg.escapeIdentifier(role)}`);
  });
  afterAll(async () => {
    await client?.query('reset role');
    await client?.query(`drop owned by ${pg.escapeIdentifier(role)}`);
    await client?.query(`drop role ${pg.escapeIdentifier(role)}`);
    await client?.end();
    await t?.drop();
  });

  it('appends and reads events', async () => {
    const events = JSON.stringify([{ id: randomUUID(), type: 'Stated', data: { value: 60 } }]);
    const { rows } = await client.query(`select * from factlog_append('claim-1', 'claim', 'any', null, $1::jsonb, false)`, [events]);
    expect(rows[0].outcome).toBe('appended');
    expect((await client.query('select count(*)::int as n from events')).rows[0].n).toBe(1);
  });

  it.each([
    ['UPDATE', `update events set data = '{"value": 84}'`],
    ['DELETE', 'delete from events'],
    ['TRUNCATE', 'truncate events'],
    ['disabling the trigger', 'alter table events disable trigger events_immutable_rows'],
  ])('is refused %s on the log by PostgreSQL itself', async (_, statement) => {
    await expect(client.query(statement)).rejects.toMatchObject({ code: '42501' });
  });
});

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '#test-support';

describe('GET /v1/log/verification', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    const metric = await app.request('POST', '/v1/metrics', { key: app.keys.editor, body: { id: 'member-count', unit: 'member', kind: 'count' } });
    expect(metric.status).toBe(201);
  });
  afterAll(() => app?.close());

  it('tells an admin the log matches, and refuses anyone else', async () => {
    const res = await app.request('GET', '/v1/log/verification');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true, mismatches: 0, firstMismatch: null });
    expect(res.body.events).toBe(await app.countEvents());
    expect((await app.request('GET', '/v1/log/verification', { key: app.keys.reviewer })).status).toBe(403);
  });

  it('names the event a superuser changed behind the trigger', async () => {
    const db = app.database.db;
    const { rows } = await sql<{ p: string; s: string; v: string }>`
      select global_position as p, stream_id as s, stream_version as v from events where stream_id like 'metric-%' limit 1`.execute(db);
    const target = rows[0]!;
    await db.transaction().execute(async (tx) => {
      await sql`alter table events disable trigger events_immutable_rows`.execute(tx);
      await sql`update events set data = jsonb_set(data, '{unit}', '"country"') where global_position = ${target.p}`.execute(tx);
      await sql`alter table events enable trigger events_immutable_rows`.execute(tx);
    });
    const res = await app.request('GET', '/v1/log/verification');
    expect(res.body).toMatchObject({
      ok: false,
      mismatches: 1,
      firstMismatch: { globalPosition: Number(target.p), streamId: target.s, streamVersion: Number(target.v), reason: 'the event does not match its hash' },
    });
  });
});

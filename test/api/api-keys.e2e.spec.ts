import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../apps/api/src/app.js';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from '#test-support';

describe('API keys: listed, and recorded in the log with who made and revoked them', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('lists every key to an admin, never its secret or hash', async () => {
    const res = await app.request('GET', '/v1/api-keys');
    expect(res.status).toBe(200);
    expect(res.body.items.map((k: { name: string }) => k.name).sort()).toEqual(['admin (FACTLOG_ADMIN_KEY)', 'test editor', 'test reader', 'test reviewer']);
    expect(res.body.items.find((k: { name: string }) => k.name === 'test editor')).toEqual({
      id: expect.any(String),
      name: 'test editor',
      role: 'editor',
      createdBy: 'admin (FACTLOG_ADMIN_KEY)',
      createdAt: expect.any(String),
      revokedAt: null,
      revokedBy: null,
    });
    const text = JSON.stringify(res.body);
    for (const key of Object.values(app.keys)) {
      expect(text).not.toContain(key);
      expect(text).not.toContain(createHash('sha256').update(key).digest('hex'));
    }
    expect((await app.request('GET', '/v1/api-keys', { key: app.keys.reviewer })).status).toBe(403);
  });

  it("records creation and revocation as events on the key's stream, with the actor and without the secret", async () => {
    const created = await app.request('POST', '/v1/api-keys', { body: { name: 'Ana (desk)', role: 'editor' }, headers: { 'x-request-id': 'make-ana' } });
    expect(created.status).toBe(201);
    const second = await app.request('POST', '/v1/api-keys', { body: { name: 'Second admin', role: 'admin' } });
    const revoked = await app.request('DELETE', `/v1/api-keys/${created.body.id}`, { key: second.body.key });
    expect(revoked.status).toBe(204);
    expect((await app.request('GET', '/v1/me', { key: created.body.key })).status).toBe(401);

    const audit = await app.request('GET', `/v1/audit?limit=500`, { key: app.keys.reader });
    const events = audit.body.items.filter((e: { stream: string }) => e.stream === `apikey-${created.body.id}`).reverse();
    expect(events).toMatchObject([
      {
        type: 'ApiKeyCreated',
        actor: 'admin (FACTLOG_ADMIN_KEY)',
        requestId: 'make-ana',
        data: { keyId: created.body.id, name: 'Ana (desk)', role: 'editor' },
      },
      { type: 'ApiKeyRevoked', actor: 'Second admin', data: { keyId: created.body.id, name: 'Ana (desk)' } },
    ]);
    const { rows } = await sql<{ text: string }>`select data::text || metadata::text as text from events where stream_id like 'apikey-%'`.execute(
      app.database.db,
    );
    for (const { text } of rows) {
      expect(text).not.toContain(created.body.key);
      expect(text).not.toContain(createHash('sha256').update(created.body.key).digest('hex'));
    }
    const listed = (await app.request('GET', '/v1/api-keys')).body.items.find((k: { id: string }) => k.id === created.body.id);
    expect(listed).toMatchObject({ revokedBy: 'Second admin', revokedAt: expect.any(String) });
  });
});

describe('a revoked FACTLOG_ADMIN_KEY', () => {
  let database: TestDatabase;
  const adminKey = `operator-key-${randomUUID()}`;
  const start = async (key?: string) => {
    const app = await createApp({ databaseUrl: database.url, logLevel: 'silent', runProjector: false, ...(key ? { adminKey: key } : {}) });
    await app.listen(0, '127.0.0.1');
    return app;
  };
  const me = async (app: NestFastifyApplication, key: string) =>
    (await fetch(`${await app.getUrl()}/v1/me`, { headers: { authorization: `Bearer ${key}` } })).status;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.drop());

  it('stays revoked at the next start, which refuses it and says what to do', async () => {
    const first = await start(adminKey);
    const url = await first.getUrl();
    const headers = { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' };
    const other = (await (
      await fetch(`${url}/v1/api-keys`, { method: 'POST', headers, body: JSON.stringify({ name: 'Bea (admin)', role: 'admin' }) })
    ).json()) as { key: string };
    const keys = (await (await fetch(`${url}/v1/api-keys`, { headers })).json()) as { items: Array<{ id: string; name: string }> };
    const operator = keys.items.find((k) => k.name === 'admin (FACTLOG_ADMIN_KEY)')!;
    const revoked = await fetch(`${url}/v1/api-keys/${operator.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${other.key}` } });
    expect(revoked.status).toBe(204);
    expect(await me(first, adminKey)).toBe(401);
    await first.close();

    await expect(start(adminKey)).rejects.toThrow(/FACTLOG_ADMIN_KEY was revoked on .* by Bea \(admin\) and stays revoked: set FACTLOG_ADMIN_KEY to a new key/);
    const second = await start();
    try {
      expect(await me(second, adminKey)).toBe(401);
      expect(await me(second, other.key)).toBe(200);
    } finally {
      await second.close();
    }
    // A new key from the operator works, and is recorded once however often the service starts.
    const newKey = `operator-key-${randomUUID()}`;
    for (let i = 0; i < 2; i++) {
      const again = await start(newKey);
      expect(await me(again, newKey)).toBe(200);
      await again.close();
    }
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from events where event_type = 'ApiKeyCreated' and metadata ->> 'actor' = 'factlog start (FACTLOG_ADMIN_KEY)'`.execute(
      database.db,
    );
    expect(rows[0]!.n).toBe(2);
  });
});

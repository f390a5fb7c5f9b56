import { SignJWT } from 'jose';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '#test-support';

// A browser's EventSource cannot send the Authorization header: it opens the stream with a
// short-lived token obtained with the key, and the key itself is never taken in a URL.
describe('stream tokens', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  const open = (path: string) => app.request('GET', path, { key: null, headersOnly: true });
  const signingKey = async () =>
    Buffer.from(
      (await sql<{ secret: string }>`select secret from signing_keys where name = 'event-stream-tokens'`.execute(app.database.db)).rows[0]!.secret,
      'base64url',
    );
  const keyIdOf = async (name: string) => (await sql<{ id: string }>`select id from api_keys where name = ${name}`.execute(app.database.db)).rows[0]!.id;

  it('opens the stream with a fresh token, without a key', async () => {
    const issued = await app.request('POST', '/v1/events/stream-tokens', { key: app.keys.reader });
    expect(issued.status).toBe(201);
    const expiresIn = Date.parse(issued.body.expiresAt) - Date.now();
    expect(expiresIn).toBeGreaterThan(50_000);
    expect(expiresIn).toBeLessThanOrEqual(60_000);
    expect(issued.body.url).toBe(`/v1/events/stream?token=${issued.body.token}`);
    const stream = await open(issued.body.url);
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
  });

  it('refuses a tampered, expired or foreign token, and an API key in the URL', async () => {
    const { token } = (await app.request('POST', '/v1/events/stream-tokens', { key: app.keys.reader })).body as { token: string };
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const otherPayload = Buffer.from(JSON.stringify({ ...claims, exp: claims.exp + 3600 })).toString('base64url');
    const flipped = `${signature!.slice(0, -2)}${signature!.at(-2) === 'A' ? 'B' : 'A'}${signature!.at(-1)}`;
    const key = await signingKey();
    const readerId = await keyIdOf('test reader');
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(readerId)
      .setAudience('factlog:event-stream')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 5)
      .sign(key);
    const foreign = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(readerId)
      .setAudience('somewhere-else')
      .setExpirationTime('1m')
      .sign(key);
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${payload}.`;
    for (const [bad, detail] of [
      [`${header}.${otherPayload}.${signature}`, /not one this API gave out/],
      [`${header}.${payload}.${flipped}`, /not one this API gave out/],
      [unsigned, /not one this API gave out/],
      [foreign, /not one this API gave out/],
      [expired, /expired/],
      [app.keys.reader, /not one this API gave out/],
      [app.keys.admin, /not one this API gave out/],
    ] as const) {
      const res = await app.request('GET', `/v1/events/stream?token=${encodeURIComponent(bad)}`, { key: null });
      expect(res.status, bad).toBe(401);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body.detail).toMatch(detail);
    }
    // The token opens the stream and nothing else; other routes do not even take the parameter.
    expect((await app.request('GET', `/v1/events?token=${token}`, { key: null })).status).toBe(401);
    expect((await app.request('GET', `/v1/events?token=${token}`, { key: app.keys.reader })).status).toBe(400);
  });

  it('stops working when its key is revoked', async () => {
    const made = await app.request('POST', '/v1/api-keys', { body: { name: 'browser', role: 'reader' } });
    const { url } = (await app.request('POST', '/v1/events/stream-tokens', { key: made.body.key })).body as { url: string };
    expect((await open(url)).status).toBe(200);
    expect((await app.request('DELETE', `/v1/api-keys/${made.body.id}`)).status).toBe(204);
    const refused = await app.request('GET', url, { key: null });
    expect(refused.status).toBe(401);
    expect(refused.body.detail).toMatch(/revoked/);
  });
});

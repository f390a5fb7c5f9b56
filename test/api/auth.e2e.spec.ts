import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Role, startTestApp, type TestApp } from '#test-support';

interface Route {
  readonly method: string;
  readonly path: string;
  readonly role: Role | 'public';
}

const ORDER: Role[] = ['reader', 'editor', 'reviewer', 'admin'];

/** An empty body for writes; a stream is only opened, up to its headers. */
const send = (route: Route) => (route.method === 'GET' ? { headersOnly: route.path.endsWith('/stream') } : { body: {} });

// The routes come from the OpenAPI document, so a new route cannot escape this test.
describe('every route asks for its role', () => {
  let app: TestApp;
  let routes: Route[];

  beforeAll(async () => {
    app = await startTestApp();
    const doc = await app.request('GET', '/v1/openapi.json', { key: null });
    expect(doc.status).toBe(200);
    routes = Object.entries(doc.body.paths as Record<string, Record<string, { 'x-required-role'?: Role | 'public' }>>).flatMap(([path, operations]) =>
      Object.entries(operations).map(([method, op]) => ({
        method: method.toUpperCase(),
        path: path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000'),
        role: op['x-required-role']!,
      })),
    );
  });
  afterAll(() => app?.close());

  it('documents a role for every operation', () => {
    expect(routes).toHaveLength(63); // every operation the API has: a new one is added here on purpose
    for (const route of routes) expect(ORDER.concat('public' as never), `${route.method} ${route.path}`).toContain(route.role);
  });

  it('refuses a request without a key, or with an unknown one, with 401', async () => {
    for (const route of routes.filter((r) => r.role !== 'public')) {
      for (const key of [null, 'fl_not-a-real-key']) {
        const res = await app.request(route.method, route.path, { key, ...send(route) });
        expect(res.status, `${route.method} ${route.path}`).toBe(401);
        expect(res.headers.get('www-authenticate')).toBe('Bearer');
      }
    }
  });

  it('refuses each role below the one a route needs with 403, and lets the needed role through', async () => {
    for (const route of routes.filter((r) => r.role !== 'public')) {
      const needed = ORDER.indexOf(route.role as Role);
      for (const [i, role] of ORDER.entries()) {
        const res = await app.request(route.method, route.path, { key: app.keys[role], ...send(route) });
        if (i < needed) expect(res.status, `${role} on ${route.method} ${route.path}`).toBe(403);
        else expect([401, 403], `${role} on ${route.method} ${route.path}`).not.toContain(res.status);
      }
    }
  });

  it('tells each key its own name and role, and a request without one nothing', async () => {
    for (const role of ORDER) {
      const res = await app.request('GET', '/v1/me', { key: app.keys[role] });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ name: role === 'admin' ? 'admin (FACTLOG_ADMIN_KEY)' : `test ${role}`, role });
    }
    const anonymous = await app.request('GET', '/v1/me', { key: null });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toContain('application/problem+json');
  });

  it('lets a revoked key in no more', async () => {
    const made = await app.request('POST', '/v1/api-keys', { body: { name: 'temporary', role: 'editor' } });
    expect(made.status).toBe(201);
    expect(made.body.key).toMatch(/^fl_/);
    expect((await app.request('GET', '/v1/metrics/none', { key: made.body.key })).status).toBe(404);
    expect((await app.request('DELETE', `/v1/api-keys/${made.body.id}`)).status).toBe(204);
    expect((await app.request('GET', '/v1/metrics/none', { key: made.body.key })).status).toBe(401);
    expect((await app.request('DELETE', `/v1/api-keys/${made.body.id}`)).status).toBe(404);
  });

  it('stores keys only as hashes', async () => {
    const rows = await app.database.db.selectFrom('api_keys').select('key_hash').execute();
    for (const { key_hash } of rows) {
      expect(key_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(Object.values(app.keys)).not.toContain(key_hash);
    }
  });
});

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '#test-support';
import { sources } from '../fixtures/coalition.js';

describe('the service around the API', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('answers health checks without a key', async () => {
    expect((await app.request('GET', '/health/live', { key: null })).body).toEqual({ status: 'ok' });
    expect((await app.request('GET', '/health/ready', { key: null })).body).toEqual({ status: 'ok', database: 'ok' });
  });

  it('serves the OpenAPI document and the interactive docs', async () => {
    const doc = await app.request('GET', '/v1/openapi.json', { key: null });
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(doc.body.paths['/v1/claims'].post.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/RecordClaim' });
    expect(doc.body.components.schemas.RecordClaim.properties).toHaveProperty('validTime');
    const docs = await fetch(`${app.url}/docs`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('swagger-ui');
  });

  it('gives every response a request id, and keeps the one a client sends', async () => {
    const own = await app.request('GET', '/health/live', { key: null, headers: { 'x-request-id': 'client-chosen-id' } });
    expect(own.headers.get('x-request-id')).toBe('client-chosen-id');
    const fresh = await app.request('GET', '/health/live', { key: null });
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('stores actor, request, correlation and causation ids with every event', async () => {
    const res = await app.request('POST', '/v1/sources', {
      key: app.keys.editor,
      headers: { 'x-request-id': 'req-1', 'x-correlation-id': 'import-2026-11', 'idempotency-key': 'src-1' },
      body: sources.london2015,
    });
    expect(res.status).toBe(201);
    const { rows } = await sql<{ metadata: Record<string, string> }>`
      select metadata from events where global_position = ${res.body.position}`.execute(app.database.db);
    expect(rows[0]!.metadata).toMatchObject({
      actor: 'test editor',
      requestId: 'req-1',
      correlationId: 'import-2026-11',
      causationId: 'idempotency-key:src-1',
    });
  });

  it('updates a source with optimistic concurrency', async () => {
    const created = await app.request('POST', '/v1/sources', { body: sources.washington2017 });
    const path = `/v1/sources/${created.body.id}`;
    const updated = await app.request('PATCH', path, { headers: { 'if-match': '"1"' }, body: { publisher: 'U.S. Department of State' } });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ publisher: 'U.S. Department of State', version: 2 });
    const stale = await app.request('PATCH', path, { headers: { 'if-match': '"1"' }, body: { language: 'fr' } });
    expect(stale.status).toBe(412);
    const bad = await app.request('PATCH', path, { headers: { 'if-match': 'yesterday' }, body: { language: 'fr' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('If-Match');
    expect((await app.request('GET', path, { key: app.keys.reader })).body.language).toBe('en');
  });
});

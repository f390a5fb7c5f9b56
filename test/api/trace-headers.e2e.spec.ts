import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '#test-support';
import { sources } from '../fixtures/coalition.js';

describe('request and correlation ids from clients', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it.each([
    ['X-Request-Id', 'x'.repeat(12_000)],
    ['X-Request-Id', 'two words'],
    ['X-Correlation-Id', 'c'.repeat(129)],
    ['X-Correlation-Id', '<script>'],
  ])('refuses a malformed %s with 400 naming the header, and writes nothing', async (header, value) => {
    const before = await app.countEvents();
    const res = await app.request('POST', '/v1/sources', { key: app.keys.editor, headers: { [header]: value }, body: sources.london2015 });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.errors).toEqual([{ field: header, message: expect.stringContaining('128 characters') }]);
    // The answer and its log line carry an id of factlog's own, never the refused one.
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body.requestId).toBe(res.headers.get('x-request-id'));
    expect(await app.countEvents()).toBe(before);
  });

  it('keeps well-formed ids as given: a W3C traceparent, an AWS trace id, a UUID', async () => {
    const traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const aws = 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1';
    const res = await app.request('POST', '/v1/sources', {
      key: app.keys.editor,
      headers: { 'x-request-id': traceparent, 'x-correlation-id': aws },
      body: sources.london2015,
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('x-request-id')).toBe(traceparent);
    const { rows } = await sql<{ metadata: Record<string, string> }>`
      select metadata from events where global_position = ${res.body.position}`.execute(app.database.db);
    expect(rows[0]!.metadata).toMatchObject({ requestId: traceparent, correlationId: aws });
  });
});

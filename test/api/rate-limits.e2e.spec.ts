import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '#test-support';

const expectTooMany = (res: { status: number; headers: Headers; body: any }) => {
  expect(res.status).toBe(429);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status: 429, title: 'Too Many Requests' });
  const retryAfter = Number(res.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
};

describe('rate limits', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ limits: { requestsPerMinute: 5, authFailuresPerMinute: 3 } });
  });
  afterAll(() => app?.close());

  it('gives each API key its own budget per minute, then answers 429 with Retry-After', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await app.request('GET', '/v1/me', { key: app.keys.reader });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-ratelimit-remaining')).toBe(String(4 - i));
    }
    expectTooMany(await app.request('GET', '/v1/me', { key: app.keys.reader }));
    // Another key is not held back, nor are the health checks.
    expect((await app.request('GET', '/v1/me', { key: app.keys.editor })).status).toBe(200);
    for (let i = 0; i < 10; i++) expect((await app.request('GET', '/health/live', { key: null })).status).toBe(200);
  });

  it('answers 429 to an address after too many requests without a valid key; valid keys still pass', async () => {
    for (const key of [null, 'fl_wrong-1', 'fl_wrong-2']) {
      expect((await app.request('GET', '/v1/events', { key })).status).toBe(401);
    }
    expectTooMany(await app.request('GET', '/v1/events', { key: 'fl_wrong-3' }));
    expectTooMany(await app.request('POST', '/v1/metrics', { key: null, body: {} }));
    expect((await app.request('GET', '/v1/me', { key: app.keys.reviewer })).status).toBe(200);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '#test-support';

/** A POST with a raw body, as a hostile client would send it. */
async function post(app: TestApp, path: string, body: string, key?: string) {
  const response = await fetch(`${app.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

const metric = (extra: string) => `{"id":"m","unit":"x","kind":"count","note":"${extra}"}`;

describe('what a request body may cost', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('checks the key before reading the body: no key or a wrong one gets 401 whatever the body', async () => {
    for (const key of [undefined, 'fl_not-a-real-key']) {
      // Malformed JSON and a body far over the limit: neither is read, so neither is the answer.
      for (const body of ['{"not json', '['.repeat(2 * 1024 * 1024)]) {
        const res = await post(app, '/v1/metrics', body, key);
        expect(res.status).toBe(401);
        expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(res.headers.get('www-authenticate')).toBe('Bearer');
      }
    }
  });

  it('refuses a body over 64 KiB with a 413 problem, and writes nothing', async () => {
    const before = await app.countEvents();
    const res = await post(app, '/v1/metrics', metric('x'.repeat(64 * 1024)), app.keys.editor);
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 413, title: 'Content Too Large' });
    expect(await app.countEvents()).toBe(before);
  });

  it('reads a body under the limit as before', async () => {
    const res = await post(app, '/v1/metrics', '{"id":"m-small","unit":"x","kind":"count"}', app.keys.editor);
    expect(res.status).toBe(201);
  });

  it('refuses JSON nested deeper than 32 levels with a 400 problem naming the body', async () => {
    const deep = `{"id":"m","unit":"x","kind":"count","extra":${'['.repeat(40)}${']'.repeat(40)}}`;
    const res = await post(app, '/v1/metrics', deep, app.keys.editor);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body.errors).toEqual([{ field: '(root)', message: 'arrays and objects nest deeper than 32 levels' }]);
  });
});

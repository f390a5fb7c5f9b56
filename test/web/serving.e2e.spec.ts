import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '#test-support';
import { ensureWebBundle } from '../support/web-bundle.js';

describe('the API serving the web UI', () => {
  let app: TestApp;
  let bundle: string;

  beforeAll(async () => {
    bundle = await ensureWebBundle();
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('serves the page, its script and its stylesheet at /, without a key, from its own origin', async () => {
    const page = await fetch(`${app.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('<div id="app">');
    // Nothing from a CDN: every src and href is a path on this server.
    for (const [, url] of html.matchAll(/(?:src|href)="([^"]*)"/g)) expect(url).not.toMatch(/^(https?:)?\/\//);
    const script = await fetch(`${app.url}/app.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toContain('javascript');
    expect(await script.text()).toBe(await readFile(path.join(bundle, 'app.js'), 'utf8'));
    const style = await fetch(`${app.url}/app.css`);
    expect(style.headers.get('content-type')).toContain('text/css');
    expect(await style.text()).toBe(await readFile(path.join(bundle, 'app.css'), 'utf8'));
  });

  it('keeps answering /v1, /docs, /health and /metrics as before', async () => {
    expect((await app.request('GET', '/health/live', { key: null })).body).toEqual({ status: 'ok' });
    const unknown = await app.request('GET', '/v1/no-such-thing');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    expect((await app.request('GET', '/v1/facts', { key: null })).status).toBe(401);
    expect((await app.request('GET', '/v1/me', { key: app.keys.editor })).body).toEqual({ name: 'test editor', role: 'editor' });
    const docs = await fetch(`${app.url}/docs`);
    expect(await docs.text()).toContain('swagger-ui');
    const metrics = await fetch(`${app.url}/metrics`);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain('# TYPE');
    const missing = await fetch(`${app.url}/no-such-file.js`);
    expect(missing.status).toBe(404);
  });
});

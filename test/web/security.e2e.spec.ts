import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultOutDir } from '../../apps/web/build.js';
import { startTestApp, type TestApp } from '#test-support';
import { startWebUi, type WebUi } from '../support/web-ui.js';

/** Every content security policy violation a page reports, as the browser describes it. */
const violations = async (page: Page) => {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) seen.push(message.text());
  });
  await page.addInitScript({
    content:
      "document.addEventListener('securitypolicyviolation', (e) => console.error('Content Security Policy: ' + e.violatedDirective + ' ' + e.blockedURI))",
  });
  return seen;
};

describe('security headers and the web UI', () => {
  let ui: WebUi;

  beforeAll(async () => {
    ui = await startWebUi();
  });
  afterAll(() => ui?.close());

  it('sends a content security policy and the other security headers', async () => {
    const page = await fetch(`${ui.app.url}/`);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const api = await ui.app.request('GET', '/v1/me');
    expect(api.headers.get('content-security-policy')).toBe(csp);
    const refused = await ui.app.request('GET', '/v1/me', { headers: { 'x-request-id': 'not valid' } });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('lets a fact page with its chart run under the policy', async () => {
    const page = await ui.signIn('reviewer');
    const seen = await violations(page);
    await page.goto(`${ui.app.url}/#/facts/global-coalition/member-count`);
    await page.reload();
    await page.getByTestId('fact-chart').locator('svg circle[aria-label]').first().waitFor();
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    expect(seen).toEqual([]);
  });

  it('lets Swagger UI at /docs render under its own policy', async () => {
    const page = await (await ui.browser.newContext()).newPage();
    const seen = await violations(page);
    await page.goto(`${ui.app.url}/docs`);
    await page.locator('.swagger-ui .info .title').waitFor();
    await page.locator('.opblock').first().waitFor();
    expect(seen).toEqual([]);
  });

  it('serves no source maps, even one an older build left behind', async () => {
    await writeFile(path.join(defaultOutDir, 'stale.js.map'), '{"version":3,"sources":["secret.ts"]}');
    expect((await fetch(`${ui.app.url}/stale.js.map`)).status).toBe(404);
    expect((await fetch(`${ui.app.url}/app.js.map`)).status).toBe(404);
    expect(await (await fetch(`${ui.app.url}/app.js`)).text()).not.toContain('sourceMappingURL');
  });
});

describe('CORS for the browser origins FACTLOG_CORS_ORIGINS lists', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ app: { corsOrigins: ['https://desk.example.org'] } });
  });
  afterAll(() => app?.close());

  it("answers a listed origin's preflight and requests, and no other origin", async () => {
    const preflight = await fetch(`${app.url}/v1/claims`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://desk.example.org',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type,if-match',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://desk.example.org');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('if-match');
    const read = await app.request('GET', '/v1/me', { headers: { origin: 'https://desk.example.org' } });
    expect(read.headers.get('access-control-allow-origin')).toBe('https://desk.example.org');
    expect(read.headers.get('access-control-expose-headers')).toContain('etag');
    const other = await app.request('GET', '/v1/me', { headers: { origin: 'https://elsewhere.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets a listed origin follow the change feed as a stream', async () => {
    const abort = new AbortController();
    const stream = await fetch(`${app.url}/v1/events/stream`, {
      headers: { origin: 'https://desk.example.org', authorization: `Bearer ${app.keys.reader}` },
      signal: abort.signal,
    });
    abort.abort();
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toBe('text/event-stream');
    expect(stream.headers.get('access-control-allow-origin')).toBe('https://desk.example.org');
  });
});

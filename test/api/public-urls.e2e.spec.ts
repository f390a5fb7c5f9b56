import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordCoalition, startTestApp, type TestApp } from '#test-support';

/** A GET with a Host header of the client's choosing (fetch does not let one set it). */
const getWithHost = (app: TestApp, path: string, host: string) =>
  new Promise<any>((resolve, reject) => {
    const url = new URL(path, app.url);
    const req = httpRequest(url, { headers: { host, authorization: `Bearer ${app.keys.reader}` } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      res.on('end', () => resolve(JSON.parse(text)));
    });
    req.on('error', reject);
    req.end();
  });

const reviewedClaim = async (app: TestApp) => {
  const { claimIds } = await recordCoalition(app);
  const id = Object.values(claimIds)[0]!;
  const reviewed = await app.request('POST', `/v1/claims/${id}/reviews`, { key: app.keys.reviewer, body: { verdict: 'accurate' } });
  expect(reviewed.status).toBe(200);
  return id;
};

describe('public URLs in exports', () => {
  let configured: TestApp;
  let plain: TestApp;

  beforeAll(async () => {
    [configured, plain] = await Promise.all([startTestApp({ app: { baseUrl: 'https://facts.example.org/factlog' } }), startTestApp()]);
  });
  afterAll(async () => {
    await configured?.close();
    await plain?.close();
  });

  it('builds a ClaimReview url on FACTLOG_BASE_URL, whatever Host the request names', async () => {
    const id = await reviewedClaim(configured);
    const review = await getWithHost(configured, `/v1/claims/${id}/claim-review`, 'evil.example');
    expect(review.url).toMatch(/^https:\/\/facts\.example\.org\/factlog\/#\/facts\/[^/]+\/[^/]+$/);
  });

  it('without a base URL, uses the address the server was reached at, never the Host header', async () => {
    const id = await reviewedClaim(plain);
    const review = await getWithHost(plain, `/v1/claims/${id}/claim-review`, 'evil.example');
    expect(review.url.startsWith(`${plain.url}/#/facts/`)).toBe(true);
  });
});

import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '#test-support';
import { API_TYPES_FILE, apiTypes } from '../../apps/api/src/http/api-types.js';

describe('the generated API types', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ runProjector: false });
  });
  afterAll(() => app?.close());

  it(`are those of the document as served (${API_TYPES_FILE} is up to date)`, { timeout: 60_000 }, async () => {
    const document = (await app.request('GET', '/v1/openapi.json', { key: null })).body;
    const committed = await readFile(API_TYPES_FILE, 'utf8');
    expect(committed === (await apiTypes(document)), `${API_TYPES_FILE} is out of date: npm run build writes it again`).toBe(true);
  });
});

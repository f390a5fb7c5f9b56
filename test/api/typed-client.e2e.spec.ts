import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { recordCoalition, startTestApp, type TestApp } from '#test-support';

describe('the typed client example of the README (examples/typed-client.ts)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    const { position } = await recordCoalition(app);
    await app.request('GET', `/v1/facts?minPosition=${position}`);
  });
  afterAll(() => app?.close());

  it('pages through the contradicted facts and reads the change feed', { timeout: 60_000 }, async () => {
    process.env.FACTLOG_URL = app.url;
    process.env.FACTLOG_KEY = app.keys.reader;
    const printed: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void printed.push(parts.join(' ')));
    try {
      await import('../../examples/typed-client.js');
    } finally {
      log.mockRestore();
    }
    expect(printed).toContainEqual(expect.stringMatching(/^global-coalition member-count .*contradicted/));
    expect(printed).toContainEqual(expect.stringMatching(/^\d+ claim [0-9a-f-]{36} \d+/));
    expect(printed).toContainEqual(expect.stringMatching(/^\d+ SourceRegistered$/));
  });
});

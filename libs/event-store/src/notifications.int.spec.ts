import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type SilentServer, startSilentServer } from '#test-support';
import { AppendListener } from './notifications.js';

describe('the LISTEN connection', () => {
  let silent: SilentServer;
  beforeAll(async () => void (silent = await startSilentServer()));
  afterAll(() => silent?.close());

  it('gives up on a server that does not answer, says so, and keeps trying', async () => {
    const errors: unknown[] = [];
    const listener = new AppendListener(
      silent.url,
      () => {},
      (error) => void errors.push(error),
      100,
    );
    void listener.start();
    try {
      // The connection timeout (5 s), then again after the reconnect delay.
      await vi.waitFor(() => expect(errors.length).toBeGreaterThanOrEqual(2), { timeout: 20_000, interval: 100 });
      expect(String(errors[0])).toMatch(/timeout/i);
    } finally {
      await listener.stop();
    }
  });
});

import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '#test-support';
import { DeliveryRunner } from './delivery-runner.js';
import { DEFAULT_DELIVERY } from './sender.js';

// However many APIs and projectors run, one process delivers; when it goes, a standby takes over.
describe('the delivery runner', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.drop());

  const runner = () =>
    new DeliveryRunner(database.db, { connectionString: database.url, settings: { ...DEFAULT_DELIVERY, pollIntervalMs: 50 }, standbyRetryMs: 100 });

  async function until(predicate: () => boolean, timeoutMs = 5000) {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error('timed out');
      await sleep(20);
    }
  }

  it('runs in one process at a time, and in another when that one stops', async () => {
    const runners = [runner(), runner(), runner()];
    for (const r of runners) r.start();
    try {
      await until(() => runners.some((r) => r.active));
      await sleep(400); // the standbys have asked for the lock several times meanwhile
      expect(runners.filter((r) => r.active)).toHaveLength(1);
      const first = runners.find((r) => r.active)!;
      await first.stop();
      const rest = runners.filter((r) => r !== first);
      await until(() => rest.some((r) => r.active));
      await sleep(300);
      expect(rest.filter((r) => r.active)).toHaveLength(1);
    } finally {
      await Promise.all(runners.map((r) => r.stop()));
    }
  });
});

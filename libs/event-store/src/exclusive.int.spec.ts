import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '#test-support';
import { Exclusive, type ExclusiveTurn, LockShare } from './exclusive.js';

describe('work run while holding a session advisory lock', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  /**
   * A process's workers for locks `a#0` to `a#3`, sharing one count; each records when it runs.
   * Looks 200 ms apart: a process holding h locks waits h + 1 looks before taking another, which
   * leaves the other process time to connect even on a loaded machine.
   */
  const projector = (name: string, running: Set<string>) => {
    const share = new LockShare();
    return [0, 1, 2, 3].map(
      (i) =>
        new Exclusive(
          { connectionString: t.url, lock: `a#${i}`, applicationName: `exclusive-test:${name}`, standbyRetryMs: 200, share },
          async (turn: ExclusiveTurn) => {
            running.add(`${name}:${i}`);
            while (!turn.stopping) await sleep(10);
            running.delete(`${name}:${i}`);
          },
        ),
    );
  };

  it("runs each lock's work in one process at a time, shares the locks out, and hands a stopped process's over", async () => {
    const running = new Set<string>();
    const first = projector('first', running);
    const second = projector('second', running);
    for (const w of [...first, ...second]) w.start();
    try {
      // Both take some (two each as a rule, three and one when one's looks come faster: a
      // process gives up no lock it holds).
      await vi.waitFor(
        () => {
          expect(running.size).toBe(4);
          expect(first.some((w) => w.active) && second.some((w) => w.active)).toBe(true);
        },
        { timeout: 5000, interval: 20 },
      );
      // Never two at once for one lock.
      for (const i of [0, 1, 2, 3]) expect(first[i]!.active && second[i]!.active).toBe(false);
      expect(running.size).toBe(4);

      await Promise.all(first.map((w) => w.stop()));
      await vi.waitFor(() => expect(second.filter((w) => w.active)).toHaveLength(4), { timeout: 5000, interval: 20 });
      expect([...running].sort()).toEqual(['second:0', 'second:1', 'second:2', 'second:3']);
    } finally {
      await Promise.all([...first, ...second].map((w) => w.stop()));
    }
  });
});

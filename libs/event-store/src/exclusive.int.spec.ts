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

  /** A process's workers for locks `a#0` to `a#3`, sharing them out with other processes; each records when it runs. Looks 200 ms apart. */
  const projector = (name: string, running: Set<string>) => {
    const share = new LockShare('exclusive-test');
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

  const heldBy = (workers: readonly Exclusive[]) => workers.filter((w) => w.active).length;

  it("runs each lock's work in one process at a time, shares the locks out two and two, and hands a stopped process's over", async () => {
    const running = new Set<string>();
    const first = projector('first', running);
    const second = projector('second', running);
    for (const w of [...first, ...second]) w.start();
    try {
      await vi.waitFor(
        () => {
          expect(heldBy(first)).toBe(2);
          expect(heldBy(second)).toBe(2);
        },
        { timeout: 10_000, interval: 20 },
      );
      // Never two at once for one lock.
      for (const i of [0, 1, 2, 3]) expect(first[i]!.active && second[i]!.active).toBe(false);
      expect(running.size).toBe(4);

      await Promise.all(first.map((w) => w.stop()));
      await vi.waitFor(() => expect(heldBy(second)).toBe(4), { timeout: 5000, interval: 20 });
      expect([...running].sort()).toEqual(['second:0', 'second:1', 'second:2', 'second:3']);
    } finally {
      await Promise.all([...first, ...second].map((w) => w.stop()));
    }
  });

  it('shares four locks out among three processes two, one and one', async () => {
    const running = new Set<string>();
    const processes = ['first', 'second', 'third'].map((name) => projector(name, running));
    for (const w of processes.flat()) w.start();
    try {
      await vi.waitFor(() => expect(processes.map(heldBy).sort()).toEqual([1, 1, 2]), { timeout: 10_000, interval: 20 });
      expect(running.size).toBe(4);
    } finally {
      await Promise.all(processes.flat().map((w) => w.stop()));
    }
  });

  it('gives a process that starts once every lock is held its share: the one holding them all gives two up', async () => {
    const running = new Set<string>();
    const first = projector('first', running);
    for (const w of first) w.start();
    const second = projector('second', running);
    try {
      await vi.waitFor(() => expect(heldBy(first)).toBe(4), { timeout: 10_000, interval: 20 });
      for (const w of second) w.start();
      await vi.waitFor(
        () => {
          expect(heldBy(first)).toBe(2);
          expect(heldBy(second)).toBe(2);
        },
        { timeout: 10_000, interval: 20 },
      );
      expect(running.size).toBe(4);
      // And it stays so: neither gives up more.
      await sleep(1000);
      expect([heldBy(first), heldBy(second)]).toEqual([2, 2]);
    } finally {
      await Promise.all([...first, ...second].map((w) => w.stop()));
    }
  });
});

import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ProjectorThread } from './thread.js';
import { STOP, STOPPED } from './thread-data.js';

// A stand-in for the projector's script, with the same protocol: it dies at its first start (as
// a thread would on a bug), and the second time answers a heap question with its heap, and STOP with STOPPED.
const SCRIPT = `
import { existsSync, writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
if (!existsSync(workerData.marker)) {
  writeFileSync(workerData.marker, 'started once');
  throw new Error('a bug at start');
}
writeFileSync(workerData.marker + '.again', 'started again');
parentPort.on('message', (m) => {
  // Answers its id times 1,000 as the heap, the first question last.
  if (m?.heap) setTimeout(() => parentPort.postMessage({ heap: m.heap, heapUsedBytes: m.heap * 1000 }), m.heap === 1 ? 100 : 0);
  if (m === ${JSON.stringify(STOP)}) parentPort.postMessage(${JSON.stringify(STOPPED)});
});
`;

describe('the projector thread', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'factlog-thread-'));
    await writeFile(path.join(dir, 'thread.mjs'), SCRIPT);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('is started again after it dies, says so, and stops when asked', async () => {
    const logged: string[] = [];
    const data = { marker: path.join(dir, 'marker') } as never;
    const thread = new ProjectorThread(data, (m) => logged.push(m), { script: pathToFileURL(path.join(dir, 'thread.mjs')), restartMs: 50 }).start();
    await vi.waitFor(() =>
      expect(logged).toEqual(['the projector thread failed: a bug at start', 'the projector thread ended (exit code 1); it starts again in 0.05 s']),
    );
    // The second start lives: nothing more is logged, and a stop is answered.
    await vi.waitFor(() => expect(existsSync(path.join(dir, 'marker.again'))).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(logged).toHaveLength(2);
    // Questions asked together each get their own answer, whatever order the answers come in.
    expect(await Promise.all([thread.heapUsedBytes(), thread.heapUsedBytes()])).toEqual([1000, 2000]);
    await thread.stop();
    expect(logged).toHaveLength(2);
    expect(await thread.heapUsedBytes()).toBeUndefined();
  });
});

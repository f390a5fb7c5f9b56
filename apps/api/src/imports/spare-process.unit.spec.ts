import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readyImportProcess } from './import-process.js';
import { SpareProcess } from './spare-process.js';

// A stand-in for the import's script: it waits for its import, answers it, and ends when its
// channel closes, as import-process-main does.
const SCRIPT = `process.once('disconnect', () => process.exit(0));
process.once('message', () => process.send({ end: { status: 'succeeded', tally: { rowsRead: 0 } } }, () => process.disconnect()));`;

describe('the import process started ahead of an upload', () => {
  let dir: string;
  let script: string;
  /** Processes of this system running the stand-in script. */
  const alive = () =>
    execFileSync('ps', ['-eo', 'args='], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.includes(script)).length;
  const spares = (idleMs?: number) => {
    let started = 0;
    const spare = new SpareProcess(() => {
      started++;
      return readyImportProcess({ script: pathToFileURL(script) });
    }, idleMs);
    return { spare, started: () => started };
  };
  const untilGone = async () => {
    for (let i = 0; i < 100 && alive() > 0; i++) await sleep(50);
    return alive();
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'factlog-spare-process-'));
    script = path.join(dir, 'waits.mjs');
    await writeFile(script, SCRIPT);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('starts one process however many uploads begin, and gives it to the next import', async () => {
    const { spare, started } = spares();
    spare.prepare();
    spare.prepare();
    expect(started()).toBe(1);
    const child = spare.take();
    expect(child.ready).toBe(true);
    expect(spare.waiting).toBe(false);
    expect(await child.run({} as never).ended).toEqual({ status: 'succeeded', tally: { rowsRead: 0 } });
    // Nothing waits now: the next import starts its own.
    await spare.take().discard();
    expect(started()).toBe(2);
    expect(await untilGone()).toBe(0);
  });

  it('ends a process that waited its time unused, and starts another for the next import', async () => {
    const { spare, started } = spares(300);
    spare.prepare();
    await sleep(100);
    expect(spare.waiting).toBe(true);
    expect(alive()).toBe(1);
    expect(await untilGone()).toBe(0);
    expect(spare.waiting).toBe(false);

    const next = spare.take();
    expect(started()).toBe(2);
    expect(next.ready).toBe(true);
    await next.discard();
  });

  it('ends the waiting process when closed', async () => {
    const { spare } = spares();
    spare.prepare();
    await sleep(100);
    expect(alive()).toBe(1);
    await spare.close();
    expect(alive()).toBe(0);
    expect(spare.waiting).toBe(false);
  });
});

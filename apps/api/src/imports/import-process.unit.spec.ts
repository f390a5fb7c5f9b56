import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STOP_IMPORT } from './import-process-data.js';
import { readyImportProcess, startImportProcess } from './import-process.js';

// Stand-ins for the import's script, with its protocol: each takes the start message, then
// behaves as a named way an import's process can go.
const SCRIPTS = {
  // Ends as an import does, answering with what it was given and the flags it runs with.
  ends: `process.once('disconnect', () => process.exit(0));
  process.once('message', (start) => {
    process.send({ end: { status: 'succeeded', tally: { rowsRead: 1, file: start.file, flags: process.execArgv } } }, () => process.disconnect());
  });`,
  // Dies as a process would on a bug, or when the system ends it.
  dies: `process.once('message', () => process.exit(3));`,
  // Stops between two batches when asked, saying so.
  stops: `process.once('message', () => {
    process.on('message', (m) => {
      if (m !== ${JSON.stringify(STOP_IMPORT)}) return;
      process.send({ end: { status: 'failed', failure: 'stopped', tally: { rowsRead: 7 } } }, () => process.disconnect());
    });
  });`,
  // Never answers a stop: it is ended all the same.
  deaf: `process.once('message', () => setInterval(() => {}, 1000));`,
};

describe("an import's own process", () => {
  let dir: string;
  const script = (name: keyof typeof SCRIPTS) => pathToFileURL(path.join(dir, `${name}.mjs`));
  const start = { url: 'postgres://unused', file: '/tmp/the-upload', job: { id: 'i', format: 'csv', options: {}, context: {} } } as never;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'factlog-import-process-'));
    for (const [name, text] of Object.entries(SCRIPTS)) await writeFile(path.join(dir, `${name}.mjs`), text);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('is given the import and the flags of `npm run import`, and answers how the import ended', async () => {
    const child = startImportProcess(start, { script: script('ends') });
    expect(await child.ended).toEqual({
      status: 'succeeded',
      tally: { rowsRead: 1, file: '/tmp/the-upload', flags: ['--max-semi-space-size=32', '--single-threaded-gc'] },
    });
    await child.stop(); // once it has ended, a stop has nothing to do
  });

  it('waits, started ahead, for its one import, and ends when discarded unused', async () => {
    const used = readyImportProcess({ script: script('ends') });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(used.ready).toBe(true);
    expect(await used.run(start).ended).toMatchObject({ status: 'succeeded', tally: { file: '/tmp/the-upload' } });
    expect(used.ready).toBe(false);
    expect(() => used.run(start)).toThrow('an import process runs one import');

    const unused = readyImportProcess({ script: script('ends') });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await unused.discard();
    expect(unused.ready).toBe(false);
  });

  it('says so when the process ends before the import does', async () => {
    await expect(startImportProcess(start, { script: script('dies') }).ended).rejects.toThrow('its process ended (exit code 3) before the import did');
  });

  it('stops the import between two batches when asked, and has its answer', async () => {
    const child = startImportProcess(start, { script: script('stops') });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await child.stop();
    expect(await child.ended).toMatchObject({ status: 'failed', failure: 'stopped', tally: { rowsRead: 7 } });
  });

  it('ends a process that does not stop when asked', async () => {
    const child = startImportProcess(start, { script: script('deaf'), stopWaitMs: 100 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await child.stop();
    await expect(child.ended).rejects.toThrow('its process ended (SIGKILL) before the import did');
  });
});

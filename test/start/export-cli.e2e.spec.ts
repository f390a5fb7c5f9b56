import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from '#test-support';
import { ensureBuilt, root } from './built-app.js';

const exportCli = () => path.join(root, 'dist/apps/api/src/exports/export-cli.js');
const importCli = () => path.join(root, 'dist/apps/api/src/imports/import-cli.js');

// The built `npm run export`: from a database, over HTTP and to stdout; and `npm run import` reading it back.
describe('npm run export', () => {
  let app: TestApp;
  let empty: TestDatabase;
  let dir: string;
  const run = (cli: string, databaseUrl: string, ...args: string[]) =>
    spawnSync(process.execPath, [cli, ...args], { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: 'utf8', timeout: 60_000 });
  /** Over HTTP to the app in this process, which must go on answering meanwhile: not spawnSync. */
  const runAsync = async (...args: string[]) => {
    const child = spawn(process.execPath, [exportCli(), ...args], { cwd: root, env: { ...process.env, DATABASE_URL: 'postgres://unused@127.0.0.1:9/unused' } });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const status = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    return { status, stderr };
  };
  /** The lines, but for the header's time of export. */
  const lines = (text: string) =>
    text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { record: string })
      .map(({ exportedAt: _, ...line }: { record: string; exportedAt?: string }) => line);

  beforeAll(async () => {
    ensureBuilt();
    app = await startTestApp({ demo: true });
    empty = await createTestDatabase();
    dir = mkdtempSync(path.join(tmpdir(), 'factlog-export-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await app?.close();
    await empty?.drop();
  });

  it('writes the same lines from the database, over HTTP and to stdout', async () => {
    const file = path.join(dir, 'direct.ndjson');
    const direct = run(exportCli(), app.database.url, file);
    expect(direct.status, direct.stderr).toBe(0);
    expect(direct.stdout).toBe('');
    const written = lines(readFileSync(file, 'utf8'));
    expect(direct.stderr).toContain(`exported ${written.length} lines to ${file}`);
    expect(written.filter((l) => l.record === 'claim')).toHaveLength(26);

    const overHttp = path.join(dir, 'http.ndjson');
    const http = await runAsync(overHttp, '--url', app.url, '--key', app.keys.reader);
    expect(http.status, http.stderr).toBe(0);
    expect(lines(readFileSync(overHttp, 'utf8'))).toEqual(written);

    const stdout = run(exportCli(), app.database.url);
    expect(stdout.status, stdout.stderr).toBe(0);
    expect(lines(stdout.stdout)).toEqual(written);

    const refused = await runAsync(path.join(dir, 'refused.ndjson'), '--url', app.url, '--key', 'fl_not-a-real-key');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('GET /v1/export answered 401');
  });

  it('is read back by npm run import into an empty database, then adds nothing', () => {
    const file = path.join(dir, 'direct.ndjson');
    const count = lines(readFileSync(file, 'utf8')).length - 1;
    const first = run(importCli(), empty.url, file);
    expect(first.stdout, first.stderr).toContain(`succeeded; ${count} rows read, ${count} recorded, 0 unchanged, 0 refused`);
    expect(first.status).toBe(0);
    const again = run(importCli(), empty.url, file);
    expect(again.stdout, again.stderr).toContain(`${count} rows read, 0 recorded, ${count} unchanged`);
    expect(again.status).toBe(0);
  });
});

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from '#test-support';
import { ensureBuilt, root } from './built-app.js';

const cli = () => path.join(root, 'dist/apps/api/src/imports/import-cli.js');
const HEADER = 'source_title,source_publisher,source_published_at,subject,metric,amount,unit,valid_at,metric_unit,metric_kind';
const FILE = [
  HEADER,
  'Monthly labour report,Statistics Office,2024-03-01,Spain,unemployed,2.8,million people,2024-01,million people,count',
  'Monthly labour report,Statistics Office,2024-03-01,Spain,unemployed,2.75,thousand people,2024-02,million people,count',
  'Monthly labour report,Statistics Office,2024-03-01,Spain,unemployed,2.7,million people,2023-12,million people,count',
].join('\n');

// The built `npm run import` command: directly against a database of the test's own, and over HTTP.
describe('npm run import', () => {
  let t: TestDatabase;
  let dir: string;
  let csv: string;
  const claims = async () => (await sql<{ n: number }>`select count(*)::int as n from events where event_type = 'ClaimRecorded'`.execute(t.db)).rows[0]!.n;
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [cli(), ...args], { cwd: root, env: { ...process.env, DATABASE_URL: t.url }, encoding: 'utf8', timeout: 60_000 });

  beforeAll(async () => {
    ensureBuilt();
    t = await createTestDatabase();
    dir = mkdtempSync(path.join(tmpdir(), 'factlog-import-'));
    csv = path.join(dir, 'labour.csv');
    writeFileSync(csv, FILE);
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t?.drop();
  });

  it('checks a file in a dry run, naming each refused row by its line, and writes nothing', () => {
    const result = run(csv, '--dry-run', '--define-missing');
    expect(result.stdout).toContain('2 would be recorded, 0 unchanged, 1 refused');
    expect(result.stdout).toContain("line 3, unit: unit 'thousand people' does not fit metric unemployed, measured in 'million people'");
    expect(result.status).toBe(1);
  });

  it('writes the rows that pass directly to the database, and exits 1 for the refused one', async () => {
    const result = run(csv, '--define-missing');
    expect(result.stdout, result.stderr).toContain('2 recorded, 0 unchanged, 1 refused');
    expect(result.stdout).toContain('line 3, unit:');
    expect(result.stdout).toMatch(/read what it wrote with \?minPosition=\d+/);
    expect(result.status).toBe(1);
    expect(await claims()).toBe(2);
    const projected = await t.db.selectFrom('rm_claims').select('claim_id').execute();
    expect(projected).toHaveLength(2);
  });

  it('adds nothing when run again, and exits 0 once every row is in', async () => {
    const fixed = path.join(dir, 'labour-fixed.csv');
    writeFileSync(fixed, FILE.replace('2.75,thousand people', '2.75,million people'));
    const result = run(fixed);
    expect(result.stdout, result.stderr).toContain('1 recorded, 2 unchanged, 0 refused');
    expect(result.status).toBe(0);
    expect(await claims()).toBe(3);
  });

  it('refuses a usage it does not know with exit code 2', () => {
    expect(run().status).toBe(2);
    expect(run(path.join(dir, 'missing.csv')).stderr).toContain('no such file');
  });

  describe('with --url', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp();
    });
    afterAll(() => app?.close());

    it('streams the file to POST /v1/imports and follows the import to its end', async () => {
      const ndjson = path.join(dir, 'labour.ndjson');
      const line = { source_title: 'Labour report', source_published_at: '2024-04', subject: 'Portugal', metric: 'jobless', amount: 0.3, valid_at: '2024-03' };
      writeFileSync(ndjson, `${JSON.stringify({ ...line, metric_unit: 'million people', metric_kind: 'count' })}\n`);
      // Asynchronously: the API answers from this very process.
      const child = spawn(process.execPath, [cli(), ndjson, '--url', app.url, '--key', app.keys.editor, '--define-missing'], { cwd: root });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.stderr.on('data', (c: Buffer) => (out += c.toString()));
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect(out).toContain('succeeded; 1 rows read, 1 recorded, 0 unchanged, 0 refused');
      expect(code).toBe(0);
      const position = /minPosition=(\d+)/.exec(out)?.[1];
      const value = await app.request('GET', `/v1/facts/portugal/jobless/value?validAt=2024-03&minPosition=${position}`, { key: app.keys.reader });
      expect(value.body.value?.value.amount).toBe(0.3);
    });
  });
});

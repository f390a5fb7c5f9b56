import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { alive, ensureBuilt, type Started, startBuilt } from './built-app.js';

/** The built `npm start`: embedded PostgreSQL, migrations, demo data, API and projector (on a thread of its own) in one process. */
describe('npm start on a fresh machine', () => {
  const dirs: string[] = [];
  const running = new Set<Started>();

  const start = async (env: Record<string, string>) => {
    const started = await startBuilt({ FACTLOG_EMBEDDED_PORT: '0', PORT: '0', ...env });
    running.add(started);
    return started;
  };
  const stop = async (started: Started) => {
    started.child.kill('SIGINT');
    const code = await started.exited;
    running.delete(started);
    return code;
  };
  const dataDir = async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'factlog-start-'));
    dirs.push(dir);
    return dir;
  };
  const countEvents = async (databaseUrl: string) => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      // Writes to the figures: the first start also records the making of its admin key.
      return (await client.query<{ n: number }>(`select count(*)::int as n from events where stream_id not like 'apikey-%'`)).rows[0]!.n;
    } finally {
      await client.end();
    }
  };
  const applicationNames = async (databaseUrl: string) => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const rows = await client.query<{ name: string }>(`select distinct application_name as name from pg_stat_activity where datname = current_database()`);
      return rows.rows.map((r) => r.name);
    } finally {
      await client.end();
    }
  };
  const serverPid = async (dir: string) => Number((await readFile(path.join(dir, 'pgdata/postmaster.pid'), 'utf8')).split('\n')[0]);

  /** The membership fact once the projector has applied the whole log. */
  const memberCount = async ({ url, adminKey }: Started) => {
    const headers = { authorization: `Bearer ${adminKey}` };
    for (;;) {
      const lag = (await (await fetch(`${url}/v1/projections`, { headers })).json()) as { items: Array<{ headPosition: number }> };
      const head = lag.items[0]!.headPosition;
      const res = await fetch(`${url}/v1/facts/global-coalition/member-count?minPosition=${head}`, { headers });
      if (res.status !== 503) return { status: res.status, body: (await res.json()) as any };
    }
  };

  beforeAll(() => ensureBuilt(), 300_000);
  afterAll(async () => {
    for (const started of running) await stop(started);
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('serves the demo on the first start, stops cleanly on Ctrl-C, and keeps the data without loading the demo again', { timeout: 180_000 }, async () => {
    const dir = await dataDir();
    const first = await start({ FACTLOG_DATA_DIR: dir, LOG_LEVEL: 'info' });
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(first.adminKey).toMatch(/^fl_/);
    // The banner's first example works at once: the read models hold the demo before it is printed.
    const atOnce = await fetch(`${first.url}/v1/facts/global-coalition/member-count`, { headers: { authorization: `Bearer ${first.adminKey}` } });
    expect(atOnce.status).toBe(200);
    // At the default level the start says little, and the banner with the key comes last.
    const lines = first.output().trimEnd().split('\n');
    const banner = lines.findIndex((line) => line.startsWith('factlog is listening on'));
    expect(lines.slice(0, banner).map((line) => line.replace(/^applied migrations: .*/, 'applied migrations'))).toEqual(['applied migrations', '']);
    expect(lines.slice(banner).map((line) => line.split(':')[0])).toEqual([
      'factlog is listening on http',
      'PostgreSQL (embedded)',
      'admin key',
      'demo data',
      '  try',
      '       curl -H "authorization',
    ]);
    expect(await readFile(path.join(dir, 'admin-key'), 'utf8')).toBe(`${first.adminKey}\n`);
    expect(first.output()).toMatch(/demo data: \d+ claims/);

    const fact = await memberCount(first);
    expect(fact.status, JSON.stringify(fact.body)).toBe(200);
    expect(fact.body.current.value).toMatchObject({ amount: 84, qualifier: 'exact' });
    expect(fact.body.flags).toContain('contradicted');
    // The projections run on a thread of their own, with a pool of their own beside the API's.
    await vi.waitFor(async () => expect(await applicationNames(first.databaseUrl)).toEqual(expect.arrayContaining(['factlog-api', 'factlog-projector'])), {
      timeout: 10_000,
    });
    // One log line per request, once it is answered: what was asked, the answer, how long it took.
    const logged = await vi.waitFor(() => {
      const found = first
        .output()
        .split('\n')
        .filter((line) => line.startsWith('{') && line.includes('member-count?minPosition'))
        .map(
          (line) => JSON.parse(line) as { msg: string; reqId: string; req: { method: string; url: string }; res: { statusCode: number }; responseTime: number },
        );
      expect(found.length).toBeGreaterThan(0);
      return found;
    });
    const answered = logged.at(-1)!;
    expect(answered).toMatchObject({ msg: 'request completed', req: { method: 'GET' }, res: { statusCode: 200 } });
    expect(answered.responseTime).toBeGreaterThan(0);
    expect(logged.filter((line) => line.reqId === answered.reqId)).toHaveLength(1);
    const events = await countEvents(first.databaseUrl);
    // The demo, one event each: 5 sources, 16 metrics, 15 entities and 26 claims, and 2 verdicts.
    expect(events).toBe(5 + 16 + 15 + 26 + 2);

    const pid = await serverPid(dir);
    expect(alive(pid)).toBe(true);
    expect(await stop(first)).toBe(0);
    expect(first.output()).toContain('SIGINT: stopping');
    expect(alive(pid)).toBe(false);

    const second = await start({ FACTLOG_DATA_DIR: dir });
    expect(second.adminKey).toBe(first.adminKey);
    expect(second.output()).not.toContain('demo data:');
    expect(await countEvents(second.databaseUrl)).toBe(events);
    expect((await memberCount(second)).body.current.value.amount).toBe(84);
    expect(await stop(second)).toBe(0);
  });

  it('leaves the demo out with FACTLOG_DEMO=off', { timeout: 120_000 }, async () => {
    const started = await start({ FACTLOG_DATA_DIR: await dataDir(), FACTLOG_DEMO: 'off' });
    expect(started.output()).not.toContain('demo data:');
    expect(await countEvents(started.databaseUrl)).toBe(0);
    // The projector thread's heap, beside the process's own metrics (the main thread's).
    const metrics = await (await fetch(`${started.url}/metrics`)).text();
    const heap = /^factlog_thread_heap_used_bytes\{thread="projector"\} (\d+)$/m.exec(metrics);
    expect(Number(heap?.[1])).toBeGreaterThan(1e6);
    expect(await stop(started)).toBe(0);
  });

  it('refuses a wrong setting before starting anything, naming the variable', async () => {
    const dir = await dataDir();
    const refused = startBuilt({ FACTLOG_DATA_DIR: dir, PORT: 'eighty', FACTLOG_DEMO: 'maybe', FACTLOG_ADMIN_KEY: 'short' });
    await expect(refused).rejects.toThrow(/exited with 1/);
    const message = await refused.then(
      () => '',
      (error: Error) => error.message,
    );
    expect(message).toContain('invalid configuration');
    for (const name of ['PORT', 'FACTLOG_DEMO', 'FACTLOG_ADMIN_KEY']) expect(message).toMatch(new RegExp(`^  ${name}: `, 'm'));
    expect(message).not.toContain('DATABASE_URL');
    expect(await readdir(dir)).toEqual([]);
  });
});

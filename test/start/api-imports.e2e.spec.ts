import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ensureBuilt, type Started, startBuilt } from './built-app.js';

const ROWS = 40_000;
const HEADER = 'source_title,source_publisher,source_published_at,subject,metric,amount,unit,valid_at,metric_unit,metric_kind';
/** Fifty countries, a month each from 1980 on: as many claims as rows, each new. */
const FILE = [
  HEADER,
  ...Array.from({ length: ROWS }, (_, i) => {
    const month = Math.floor(i / 50);
    const period = `${1980 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
    return `Labour survey,Statistics Office,2024-05-01,Country ${i % 50},unemployed,${1000 + i},thousand people,${period},thousand people,count`;
  }),
].join('\n');

/**
 * POST /v1/imports to the built `npm start`, which runs each import in a process of its own:
 * the process is started as the file begins to arrive and is there while the import runs, a
 * Ctrl-C to the API stops the import between two batches (its row says so), and the same file
 * sent again completes it without duplicates.
 */
describe('imports in the built API', () => {
  let dir: string;
  let api: Started | undefined;
  const headers = () => ({ authorization: `Bearer ${api!.adminKey}` });
  const start = async () => {
    api = await startBuilt({ FACTLOG_DATA_DIR: dir, FACTLOG_EMBEDDED_PORT: '0', PORT: '0', FACTLOG_DEMO: 'off' });
    return api;
  };
  const post = async () => {
    const res = await fetch(`${api!.url}/v1/imports?defineMissing=true`, { method: 'POST', headers: { ...headers(), 'content-type': 'text/csv' }, body: FILE });
    expect(res.status).toBe(202);
    return ((await res.json()) as { id: string }).id;
  };
  const status = async (id: string) => (await (await fetch(`${api!.url}/v1/imports/${id}`, { headers: headers() })).json()) as Record<string, any>;
  /** The processes the API started, by their command lines (Linux's /proc). */
  const childCommands = async (pid: number) => {
    const children = (await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8')).trim().split(/\s+/).filter(Boolean);
    return Promise.all(children.map(async (c) => (await readFile(`/proc/${c}/cmdline`, 'utf8').catch(() => '')).replaceAll('\0', ' ')));
  };
  const query = async <T>(text: string) => {
    const client = new pg.Client({ connectionString: api!.databaseUrl });
    await client.connect();
    try {
      return (await client.query(text)).rows as T[];
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    ensureBuilt();
    dir = await mkdtemp(path.join(tmpdir(), 'factlog-imports-'));
  }, 300_000);
  afterAll(async () => {
    api?.child.kill('SIGINT');
    await api?.exited;
    await rm(dir, { recursive: true, force: true });
  });

  it('runs an import in a process of its own, stops it with the API, and completes it when sent again', { timeout: 240_000 }, async () => {
    await start();
    const first = await post();
    // The import's process, with the flags of `npm run import`, while the rows go in.
    await vi.waitFor(async () => expect((await status(first)).rowsRead).toBeGreaterThan(0), { timeout: 30_000, interval: 50 });
    const commands = await childCommands(api!.child.pid!);
    expect(commands.filter((c) => c.includes('import-process'))).toEqual([expect.stringContaining('--max-semi-space-size=32 --single-threaded-gc')]);

    // Ctrl-C: the API stops the import between two batches, then itself.
    api!.child.kill('SIGINT');
    expect(await api!.exited).toBe(0);
    await start();
    const stopped = await status(first);
    expect(stopped).toMatchObject({ status: 'failed', failure: expect.stringMatching(/^stopped after \d+ rows as its process shut down/) });
    expect(stopped.recorded).toBeGreaterThan(0);
    expect(stopped.recorded).toBeLessThan(ROWS);

    const again = await post();
    await vi.waitFor(async () => expect((await status(again)).status).not.toBe('running'), { timeout: 180_000, interval: 200 });
    expect(await status(again)).toMatchObject({ status: 'succeeded', rowsRead: ROWS, recorded: ROWS - stopped.recorded, unchanged: stopped.recorded });
    const [claims] = await query<{ n: number }>(`select count(*)::int as n from events where event_type = 'ClaimRecorded'`);
    expect(claims!.n).toBe(ROWS);
    // Each claim names the import that wrote it, from the import's own process too.
    const byImport = await query<{ id: string; n: number }>(
      `select metadata ->> 'importId' as id, count(*)::int as n from events where event_type = 'ClaimRecorded' group by 1 order by 2`,
    );
    expect(byImport).toEqual(
      [
        { id: first, n: stopped.recorded },
        { id: again, n: ROWS - stopped.recorded },
      ].sort((a, b) => a.n - b.n),
    );
    // Its process ends once it has written the import's end and closed its connections.
    await vi.waitFor(async () => expect((await childCommands(api!.child.pid!)).filter((c) => c.includes('import-process'))).toEqual([]));
  });

  it(
    "starts the import's process as the file begins to arrive, keeps it for the next import when the upload is refused, and ends it unused with the API",
    { timeout: 60_000 },
    async () => {
      /** The API's import processes: pid and command line. */
      const importProcesses = async () => {
        const children = (await readFile(`/proc/${api!.child.pid}/task/${api!.child.pid}/children`, 'utf8')).trim().split(/\s+/).filter(Boolean);
        const commands = await Promise.all(
          children.map(async (pid) => ({ pid, command: (await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).replaceAll('\0', ' ') })),
        );
        return commands.filter((c) => c.command.includes('import-process'));
      };
      const upload = (body: Uint8Array | ReadableStream<Uint8Array>) =>
        fetch(`${api!.url}/v1/imports`, { method: 'POST', headers: { ...headers(), 'content-type': 'text/csv' }, body, duplex: 'half' });
      expect(await importProcesses()).toEqual([]);

      // An upload refused (not UTF-8) leaves the process it started, idle, for the next import.
      const refused = await upload(new Uint8Array([0x61, 0x2c, 0xff, 0x0a]));
      expect(refused.status).toBe(400);
      const started = await importProcesses();
      expect(started).toEqual([{ pid: expect.any(String), command: expect.stringContaining('import-process.bundle.js') }]);
      const spare = started[0]!;

      // The file in two parts, the second sent once the process is seen: the import runs in it.
      const lines = [
        'source_title,source_publisher,source_published_at,subject,metric,amount,unit,valid_at',
        'Budget,Treasury,2024-06-01,Country 1,unemployed,1500,thousand people,2024-05',
      ];
      let sendRest!: () => void;
      const rest = new Promise<void>((resolve) => (sendRest = resolve));
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(new TextEncoder().encode(`${lines[0]}\n`));
          await rest;
          controller.enqueue(new TextEncoder().encode(`${lines[1]}\n`));
          controller.close();
        },
      });
      const response = upload(body);
      try {
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(await importProcesses()).toEqual([spare]);
      } finally {
        sendRest();
      }
      const res = await response;
      expect(res.status).toBe(202);
      const { id } = (await res.json()) as { id: string };
      await vi.waitFor(async () => expect((await status(id)).status).not.toBe('running'), { timeout: 30_000, interval: 100 });
      expect(await status(id)).toMatchObject({ status: 'succeeded', rowsRead: 1, recorded: 1 });
      await vi.waitFor(async () => expect(await importProcesses()).toEqual([]));

      // A new upload starts a process before its file is all there; refused, that one is left idle, and the API ends it as it stops.
      let sendEnd!: () => void;
      const end = new Promise<void>((resolve) => (sendEnd = resolve));
      const slow = upload(
        new ReadableStream<Uint8Array>({
          async start(controller) {
            controller.enqueue(new Uint8Array([0x61, 0x2c]));
            await end;
            controller.enqueue(new Uint8Array([0xff, 0x0a]));
            controller.close();
          },
        }),
      );
      try {
        await vi.waitFor(async () => expect(await importProcesses()).toHaveLength(1), { timeout: 10_000, interval: 50 });
      } finally {
        sendEnd();
      }
      expect((await slow).status).toBe(400);
      const [idle] = await importProcesses();
      api!.child.kill('SIGINT');
      expect(await api!.exited).toBe(0);
      api = undefined;
      expect(await readFile(`/proc/${idle!.pid}/cmdline`, 'utf8').catch(() => 'gone')).not.toContain('import-process');
    },
  );
});

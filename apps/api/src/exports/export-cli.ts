import { createWriteStream } from 'node:fs';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { connect } from '#database';
import { countEvents, EventStore } from '#event-store';
import { exportLog } from '#imports';
import type { Database } from '../schema.js';
import { openToolDatabase, toolApiKey } from '../tool-database.js';

// `npm run export -- [file] [--url URL [--key KEY]]`: writes everything the log holds of the
// figures as NDJSON that `npm run import` (or POST /v1/imports) reads back, to the file or to
// stdout. Without --url it reads DATABASE_URL, or the embedded database of `npm start` (started
// here if it is not running); with --url it downloads GET /v1/export. Progress goes to stderr.
// Exits 0 when the export is whole, 1 when it failed (a partial file is removed), 2 on a usage error.

const USAGE = 'usage: npm run export -- [file.ndjson] [--url URL [--key KEY]]   (no file: standard output)';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { url: { type: 'string' }, key: { type: 'string' } } });

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

if (positionals.length > 1) usage(`one file at most (got ${positionals.length})`);
const file = positionals[0];

// Reading the log, the events to go are known; downloading, only what has come.
const bar = new cliProgress.SingleBar(
  {
    format: values.url ? 'downloading | {lines} lines | {rate}/s' : 'exporting [{bar}] {value}/{total} events | {lines} lines | {rate} events/s',
    hideCursor: true,
    stream: process.stderr,
  },
  cliProgress.Presets.shades_classic,
);
const started = performance.now();
const rate = (n: number) => Math.round(n / Math.max((performance.now() - started) / 1000, 0.001));

/** Lines as they are read, straight from the log. */
async function direct(): Promise<{ lines: AsyncIterable<string>; done: () => Promise<void>; count: () => number }> {
  const server = await openToolDatabase();
  const db = connect<Database>(server.url, { applicationName: 'factlog-export' });
  const store = new EventStore(db);
  const total = await countEvents(db);
  let lines = 0;
  bar.start(total, 0, { lines: 0, rate: 0 });
  const source = exportLog(store, {
    onProgress: (p) => {
      lines = p.lines;
      bar.update(p.events, { lines: p.lines, rate: rate(p.events) });
    },
  });
  return {
    lines: source,
    count: () => lines,
    done: async () => {
      await store.close();
      await db.destroy();
      await server.stop();
    },
  };
}

/** Lines as GET /v1/export sends them. */
async function overHttp(url: string): Promise<{ lines: AsyncIterable<Uint8Array>; done: () => Promise<void>; count: () => number }> {
  const key = toolApiKey(values.key) ?? usage('--url needs --key (or FACTLOG_API_KEY)');
  const response = await fetch(`${url.replace(/\/+$/, '')}/v1/export`, { headers: { authorization: `Bearer ${key}` } });
  if (response.status !== 200 || !response.body) {
    const detail = ((await response.json().catch(() => ({}))) as { detail?: string }).detail ?? '';
    throw new Error(`GET /v1/export answered ${response.status} ${detail}`);
  }
  let lines = 0;
  let bytes = 0;
  bar.start(0, 0, { lines: 0, rate: 0 });
  const body = Readable.fromWeb(response.body as never);
  body.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
    for (const byte of chunk) if (byte === 10) lines++;
    bar.update(0, { lines, rate: `${Math.round(bytes / 1024 / Math.max((performance.now() - started) / 1000, 0.001))} KiB` });
  });
  return { lines: body, count: () => lines, done: async () => {} };
}

let out: Writable | undefined;
try {
  const source = values.url ? await overHttp(values.url) : await direct();
  out = file ? createWriteStream(file) : process.stdout;
  try {
    await pipeline(Readable.from(source.lines), out);
  } finally {
    bar.stop();
    await source.done();
  }
  const seconds = (performance.now() - started) / 1000;
  console.error(`exported ${source.count()} lines${file ? ` to ${file}` : ''} in ${seconds.toFixed(1)} s`);
  if (file) console.error(`load it into another instance with: npm run import -- ${file} (or POST it to /v1/imports as application/x-ndjson)`);
} catch (error) {
  bar.stop();
  console.error(`the export failed: ${error instanceof Error ? error.message : String(error)}`);
  if (file && out) {
    const { rm } = await import('node:fs/promises');
    await rm(file, { force: true });
  }
  process.exitCode = 1;
}

import { randomUUID } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadConfig } from '#config';
import { connect, migrateToLatest } from '#database';
import { EventStore } from '#event-store';
import { type ImportFormat, type ImportOptions, type ImportStatus, readRows, registerImport, runImportJob } from '#imports';
import { PROJECTIONS, waitForPosition } from '#projections';
import { type ProjectorThread, projectorThread } from '../projector/thread.js';
import type { Database } from '../schema.js';
import { openToolDatabase, toolApiKey } from '../tool-database.js';

// `npm run import -- <file> [--url URL --key KEY] [--dry-run] [--define-missing] [--all-or-nothing]`:
// with --url, streams the file to POST /v1/imports and follows the import; otherwise writes it
// directly to DATABASE_URL, or to the embedded database of `npm start` (started here if it is
// not running), through the same import as the API. Exits 0 when every row went in (or was
// there already), 1 when some row was refused or the import failed, 2 on a usage error.

const USAGE = `usage: npm run import -- <file.csv|file.ndjson> [--url URL [--key KEY]] [--dry-run] [--define-missing] [--all-or-nothing] [--format csv|ndjson]`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string' },
    key: { type: 'string' },
    format: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    'define-missing': { type: 'boolean', default: false },
    'all-or-nothing': { type: 'boolean', default: false },
  },
});

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const file = positionals[0] ?? usage('name the file to import');
if (positionals.length > 1) usage(`one file at a time (got ${positionals.length})`);
if (!existsSync(file)) usage(`no such file: ${file}`);
const format: ImportFormat = (values.format ?? (/\.(nd)?jsonl?$|\.ndjson$/i.test(file) ? 'ndjson' : 'csv')) as ImportFormat;
if (format !== 'csv' && format !== 'ndjson') usage(`--format is csv or ndjson, not ${String(values.format)}`);
const options: ImportOptions = { defineMissing: values['define-missing'], allOrNothing: values['all-or-nothing'], dryRun: values['dry-run'] };

/** Rows in the file, about (a CSV cell may hold a line break): what the progress bar counts to. */
async function countRows(): Promise<number> {
  let lines = 0;
  let last = 10;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (const byte of chunk) if (byte === 10) lines++;
    last = chunk.at(-1) ?? last;
  }
  if (last !== 10) lines++;
  return Math.max(format === 'csv' ? lines - 1 : lines, 0);
}

const bar = new cliProgress.SingleBar(
  {
    format: '{phase} [{bar}] {value}/{total} rows | {rate} rows/s | ETA {eta_formatted} | {recorded} recorded, {unchanged} unchanged, {rejected} refused',
    hideCursor: true,
    etaBuffer: 50,
  },
  cliProgress.Presets.shades_classic,
);

let started = performance.now();
/** When the rows were all in: the rate counts to here, not to the projections' catching up. */
let written: number | undefined;
let shown = false;
function progress(total: number, tally: { phase: string; rowsRead: number; recorded: number; unchanged: number; rejected: number }) {
  const payload = {
    phase: tally.phase === 'checking' ? 'checking' : options.dryRun ? 'checking' : 'importing',
    rate: Math.round(tally.rowsRead / ((performance.now() - started) / 1000)),
    recorded: tally.recorded,
    unchanged: tally.unchanged,
    rejected: tally.rejected,
  };
  if (!shown) bar.start(total, 0, payload);
  shown = true;
  bar.setTotal(Math.max(total, tally.rowsRead));
  bar.update(tally.rowsRead, payload);
}

function summary(status: Pick<ImportStatus, 'id' | 'status' | 'rowsRead' | 'recorded' | 'unchanged' | 'rejected' | 'position' | 'errors' | 'failure'>): number {
  if (shown) bar.stop();
  const seconds = ((written ?? performance.now()) - started) / 1000;
  const verb = options.dryRun ? 'checked (dry run: nothing written)' : 'imported';
  console.log(
    `${verb} ${path.basename(file)} as import ${status.id}: ${status.status}; ${status.rowsRead} rows read, ` +
      `${status.recorded} ${options.dryRun ? 'would be recorded' : 'recorded'}, ${status.unchanged} unchanged, ${status.rejected} refused ` +
      `in ${seconds.toFixed(1)} s (${Math.round(status.rowsRead / seconds)} rows/s)`,
  );
  for (const e of status.errors.slice(0, 20)) console.log(`  line ${e.line}, ${e.field}: ${e.message}`);
  if (status.errors.length > 20 || status.rejected > status.errors.length) console.log(`  ... ${status.rejected} refused rows in all`);
  if (status.failure) console.log(`  ${status.failure}`);
  if (!options.dryRun && status.position > 0) console.log(`  read what it wrote with ?minPosition=${status.position}`);
  return status.status === 'succeeded' ? 0 : 1;
}

/** Streams the file to a running factlog and follows the import there. */
async function overHttp(url: string): Promise<number> {
  const key = toolApiKey(values.key);
  if (!key) usage('--url needs --key (or FACTLOG_API_KEY)');
  const total = await countRows();
  const query = new URLSearchParams(Object.entries(options).flatMap(([k, v]): Array<[string, string]> => (v ? [[k, 'true']] : []))).toString();
  const headers = { authorization: `Bearer ${key}` };
  const response = await fetch(`${url.replace(/\/+$/, '')}/v1/imports${query ? `?${query}` : ''}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': format === 'csv' ? 'text/csv' : 'application/x-ndjson', 'content-length': String((await stat(file)).size) },
    body: Readable.toWeb(createReadStream(file)) as ReadableStream,
    duplex: 'half',
  });
  const answer = (await response.json()) as { id?: string; detail?: string; errors?: unknown };
  if (response.status !== 202) {
    console.error(`the import was refused (${response.status}): ${answer.detail ?? ''} ${answer.errors ? JSON.stringify(answer.errors) : ''}`);
    return 1;
  }
  const location = new URL(response.headers.get('location')!, url).toString();
  for (;;) {
    const status = (await (await fetch(location, { headers })).json()) as ImportStatus;
    progress(total, status);
    if (status.status !== 'running') return summary(status);
    await sleep(250);
  }
}

/**
 * Writes through the import itself: to DATABASE_URL, to the database of a running `npm start`,
 * or to the embedded server started here as `npm start` would (and stopped at the end). The
 * projections run here too, on a thread of their own, unless another process runs them (or
 * FACTLOG_PROJECTOR=off): the import ends once they have caught up.
 */
async function direct(): Promise<number> {
  const config = loadConfig();
  const server = await openToolDatabase();
  const { url } = server;
  const db = connect<Database>(url, { applicationName: 'factlog-import' });
  const store = new EventStore(db);
  let projector: ProjectorThread | undefined;
  try {
    await migrateToLatest(db);
    // As for the API: FACTLOG_PROJECTOR=off leaves the projections to a projector app.
    const project = !options.dryRun && config.FACTLOG_PROJECTOR !== 'off';
    if (project) projector = projectorThread(url, config.FACTLOG_PROJECTION_SLICES, config.LOG_LEVEL);
    const total = await countRows();
    const id = randomUUID();
    const actor = { keyId: 'command-line', name: `npm run import (${userInfo().username})`, role: 'admin' as const };
    const context = { actor, requestId: id, correlationId: id };
    await registerImport({ db, id, format, options, context });
    started = performance.now(); // the rate counts from the first row, not from the server's start
    const { tally, status, failure } = await runImportJob({
      store,
      db,
      id,
      format,
      options,
      context,
      rows: () => readRows(createReadStream(file), format),
      onProgress: (t) => progress(total, t),
    });
    written = performance.now();
    if (project && tally.position > 0) {
      if (shown) bar.stop();
      shown = false;
      process.stdout.write('projecting ... ');
      for (const p of PROJECTIONS) await waitForPosition(db, p.name, tally.position, 10 * 60_000);
      console.log(`caught up in ${((performance.now() - started) / 1000).toFixed(1)} s from the start`);
    }
    return summary({ id, status, ...tally, failure: failure ?? null });
  } finally {
    await projector?.stop();
    await store.close();
    await db.destroy();
    await server.stop();
  }
}

try {
  process.exitCode = values.url ? await overHttp(values.url) : await direct();
} catch (error) {
  if (shown) bar.stop();
  console.error(`the import failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}

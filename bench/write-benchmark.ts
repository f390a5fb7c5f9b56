/**
 * Write throughput, side by side in one run on one server: claims recorded per second over HTTP
 * (`POST /v1/claims`, 8 connections) on fresh facts and on one fact that already holds 10,000
 * overlapping claims, and the event store's own append rate with 8 clients.
 *
 *   npm run bench:write     (BENCH_SECONDS per measurement, default 8; BENCH_ROUNDS, default 2;
 *                            BENCH_BIG_FACT claims preloaded, default 10000; BENCH_DATABASE_URL;
 *                            BENCH_API_NODE_ARGS, say '--cpu-prof', for the API process;
 *                            BENCH_STATEMENTS=1 prints the statements that took the server's time;
 *                            BENCH_PROJECTOR=process runs the projections in a projector process of
 *                            their own, which splits the CPU per claim between the two;
 *                            BENCH_PROJECTOR=inline runs them on the API's request thread)
 *
 * The API runs as `npm start` runs it: the built `dist/apps/api/src/main.js` in a child process,
 * the projector on a thread of its own, JSON request logs at `info` (read and discarded here), against a database
 * on an embedded PostgreSQL with durable settings. CPU time is read from /proc, so each figure
 * comes with the API process's and the database server's CPU per claim (the projector's work
 * included: both are read once it has caught up), and with how long the projector took
 * to catch up once the load stopped (each write answers as soon as its events are appended; it
 * does not wait for the projector, which competes with it for the same cores).
 */
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { connect, migrateToLatest } from '#database';
import { EventStore } from '#event-store';
import {
  benchServer,
  freshDatabase,
  printStatements,
  projectionsCaughtUp,
  resetStatements,
  runFor,
  startApi,
  startProjector,
  writeResults,
} from './support.js';
import { bigFact, day, SOURCES, sourceDetails } from './big-fact.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const BIG_FACT = Number(process.env.BENCH_BIG_FACT ?? 10_000);
const CONNECTIONS = 8;
const LAYOUT = (process.env.BENCH_PROJECTOR ?? 'thread') as 'thread' | 'inline' | 'process';
if (!['thread', 'inline', 'process'].includes(LAYOUT)) throw new Error('BENCH_PROJECTOR is one of thread (the default), inline, process');
const SEPARATE = LAYOUT === 'process';
const ENTITIES = 100;
const METRICS = 100;
const ADMIN_KEY = `bench-admin-${randomUUID()}`;
const headers = { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' };

async function main() {
  const server = await benchServer();
  let api: ChildProcess | undefined;
  let projector: ChildProcess | undefined;
  try {
    const url = await freshDatabase(server.url, 'bench_write');
    const db = connect(url, { max: 9 });
    await migrateToLatest(db);
    const started = await startApi(url, ADMIN_KEY, { projector: SEPARATE ? 'off' : LAYOUT });
    api = started.child;
    if (SEPARATE) projector = await startProjector(url);
    const base = started.url;
    console.log(
      `write benchmark: ${server.description}; ${os.cpus().length} cores; load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    console.log(
      `API: node dist/apps/api/src/main.js (pid ${api.pid}), projector ${SEPARATE ? `in a process of its own (pid ${projector!.pid})` : LAYOUT === 'thread' ? 'on a thread of its own' : 'inline'}, LOG_LEVEL=info; ${CONNECTIONS} connections, ${SECONDS} s per measurement, ${ROUNDS} rounds\n`,
    );

    // Sources of five publishers (each with releases on several dates: restating a figure is a
    // revision), metrics and entities for 10,000 fresh facts, and the big fact's own pair.
    const sources: string[] = [];
    for (let s = 0; s < SOURCES; s++) {
      sources.push(((await post(base, '/v1/sources', sourceDetails(s))) as { id: string }).id);
    }
    for (let m = 0; m < METRICS; m++) await post(base, '/v1/metrics', { id: `m${m}`, unit: 'person', kind: 'count' });
    for (let e = 0; e < ENTITIES; e++) await post(base, '/v1/entities', { id: `e${e}`, name: `Entity ${e}` });
    await post(base, '/v1/metrics', { id: 'series', unit: 'person', kind: 'count' });
    await post(base, '/v1/entities', { id: 'big', name: 'Big fact' });

    // The big fact (see big-fact.ts), preloaded; then claims on its days under load.
    const series = bigFact(BIG_FACT);
    const seriesClaim = (n: number, amount: number) => ({
      sourceId: sources[series.claim(n).source]!,
      subject: 'big',
      metric: 'series',
      value: { amount, qualifier: 'exact' },
      validTime: { at: series.claim(n).at },
    });
    let preloaded = 0;
    const t0 = performance.now();
    await load(base, { amount: BIG_FACT }, () => seriesClaim(preloaded, series.preloadedAmount(preloaded++)));
    await caughtUp(db);
    console.log(`big fact preloaded: ${BIG_FACT.toLocaleString('en-US')} claims in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);

    let fresh = 0;
    const shapes = {
      // Each claim starts a fact of its own (or gives a fact its newest figure, once all 10,000 have one).
      fresh: () => {
        const n = fresh++;
        const f = n % (ENTITIES * METRICS);
        return {
          sourceId: sources[n % SOURCES]!,
          subject: `e${f % ENTITIES}`,
          metric: `m${Math.floor(f / ENTITIES)}`,
          value: { amount: 100 + (n % 7), qualifier: 'exact' },
          validTime: { at: day(Math.floor(n / (ENTITIES * METRICS))) },
        };
      },
      // Each claim lands on a day the series already has claims for: it revises, agrees with or contradicts them.
      bigFact: () => {
        const { n, amount } = series.later();
        return seriesClaim(n, amount);
      },
    };

    const runs: Array<Record<string, number | string>> = [];
    const store = new EventStore(db);
    for (let round = 1; round <= ROUNDS; round++) {
      for (const [shape, body] of Object.entries(shapes)) {
        await resetStatements(db);
        const cpu0 = cpuMillis(api.pid!);
        const projectorCpu0 = projector ? cpuMillis(projector.pid!) : 0;
        const db0 = server.cpuMillis?.();
        const tx0 = await commits(db);
        const result = await load(base, { duration: SECONDS }, body);
        const t = performance.now();
        await caughtUp(db);
        const catchUp = (performance.now() - t) / 1000;
        // Both counted once the projector has caught up: its work is part of each claim's cost.
        const cpu = cpuMillis(api.pid!) - cpu0;
        const projectorCpu = projector ? cpuMillis(projector.pid!) - projectorCpu0 : undefined;
        const dbCpu = db0 === undefined ? undefined : server.cpuMillis!() - db0;
        const tx = (await commits(db)) - tx0;
        const claims = result['2xx'];
        await printStatements(db, claims, `${shape}, round ${round}`);
        runs.push({
          round,
          shape,
          claimsPerSecond: Math.round(claims / result.duration),
          p50Ms: result.latency.p50,
          p99Ms: result.latency.p99,
          errors: result.errors + result.non2xx,
          apiCpuMsPerClaim: Number((cpu / claims).toFixed(2)),
          ...(projectorCpu === undefined ? {} : { projectorCpuMsPerClaim: Number((projectorCpu / claims).toFixed(2)) }),
          ...(dbCpu === undefined ? {} : { dbCpuMsPerClaim: Number((dbCpu / claims).toFixed(2)) }),
          commitsPerClaim: Number((tx / claims).toFixed(2)),
          projectorCatchUpSeconds: Number(catchUp.toFixed(2)),
          load1: Number(os.loadavg()[0]!.toFixed(2)),
        });
      }
      // The store alone: one claim-sized event per append from 8 clients, on streams of its own
      // (committed in groups, as the API's appends are).
      const storeDb0 = server.cpuMillis?.();
      const run = await runFor(SECONDS, CONNECTIONS, (client, i) =>
        store
          .append(`bench-${round}-${client}-${i}`, [
            {
              type: 'BenchAppended',
              data: { claimId: randomUUID(), subject: 'big', metric: 'series', value: { amount: i, qualifier: 'exact' } },
              metadata: { actor: 'bench' },
            },
          ])
          .then(() => {}),
      );
      runs.push({
        round,
        shape: 'store',
        claimsPerSecond: Math.round(run.operations / run.seconds),
        ...(storeDb0 === undefined ? {} : { dbCpuMsPerClaim: Number(((server.cpuMillis!() - storeDb0) / run.operations).toFixed(2)) }),
        load1: Number(os.loadavg()[0]!.toFixed(2)),
      });
      await caughtUp(db);
    }
    console.table(runs);
    // What the big fact holds: the projector rewrites only the parts of it a batch changed.
    const big = (
      await sql<{ claims: number; bytes: number; contradictions: number; revised: number }>`
      select claim_count as claims, octet_length(summary::text) as bytes,
             (select count(*)::int from rm_contradictions c where c.entity_id = f.entity_id and c.metric_id = f.metric_id) as contradictions,
             (select count(*)::int from rm_revisions r where r.entity_id = f.entity_id and r.metric_id = f.metric_id) as revised
      from rm_facts f where entity_id = 'big' and metric_id = 'series'`.execute(db)
    ).rows[0]!;
    console.log(
      `the big fact now: ${big.claims} active claims, ${big.contradictions} contradictions, ${big.revised} revised claims; its summary row holds ${big.bytes} bytes of JSON`,
    );

    const mean = (shape: string) => Math.round(runs.filter((r) => r.shape === shape).reduce((s, r) => s + (r.claimsPerSecond as number), 0) / ROUNDS);
    const summary = { fresh: mean('fresh'), bigFact: mean('bigFact'), store: mean('store') };
    console.log(
      `claims/s over HTTP (${CONNECTIONS} connections): fresh facts ${summary.fresh}, a fact of ${BIG_FACT.toLocaleString('en-US')} claims ${summary.bigFact} ` +
        `(${((summary.bigFact / summary.fresh) * 100).toFixed(0)}% of fresh; target >= 90%); the store alone ${summary.store} appends/s ` +
        `(HTTP fresh is ${((summary.fresh / summary.store) * 100).toFixed(0)}% of it; target >= 1,000 claims/s and 25%)`,
    );
    const file = await writeResults('write', {
      benchmark: 'write',
      at: new Date().toISOString(),
      server: server.description,
      node: process.version,
      cores: os.cpus().length,
      loadAverageAtEnd: os.loadavg(),
      connections: CONNECTIONS,
      secondsPerMeasurement: SECONDS,
      bigFactClaims: BIG_FACT,
      projector: LAYOUT,
      runs,
      summary,
      bigFactNow: big,
      targets: { httpClaimsPerSecond: 1000, httpVsStore: 0.25, bigFactVsFresh: 0.9 },
    });
    console.log(`results written to ${file.replace(`${process.cwd()}/`, '')}`);
    await store.close();
    await db.destroy();
  } finally {
    for (const child of [projector, api]) {
      if (!child || child.exitCode !== null) continue;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await server.stop();
  }
}

/** Starts the built API as `npm start` does, on a free port; resolves once it listens. */

async function post(base: string, path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${base}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

function load(base: string, limit: { amount?: number; duration?: number }, body: () => unknown) {
  return autocannon({
    url: `${base}/v1/claims`,
    connections: CONNECTIONS,
    ...limit,
    method: 'POST',
    headers,
    requests: [{ setupRequest: (req: object) => ({ ...req, body: JSON.stringify(body()) }) }],
  } as never);
}

/** Waits until the projections have applied every committed event. */
function caughtUp(db: ReturnType<typeof connect>) {
  return projectionsCaughtUp(db, ['fact-views-v1', 'editorial-v1']);
}

/**
 * Transactions committed in the database so far. Backends report them to the statistics at most
 * once a second, so this waits that long first.
 */
async function commits(db: ReturnType<typeof connect>): Promise<number> {
  await sleep(1100);
  const { rows } = await sql<{ n: string }>`select xact_commit as n from pg_stat_database where datname = current_database()`.execute(db);
  return Number(rows[0]!.n);
}

/** CPU time (user + system) of a process so far, in ms. */
function cpuMillis(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

await main();

/**
 * The fact views' cost per event by the size of the fact it lands on, side by side in one run:
 * batches of new claims applied to fresh facts, and to one fact that already holds 10,000
 * overlapping claims (the daily series of `big-fact.ts`, as in `bench:write`), each new claim
 * landing on one of its days: a revision, an agreement or a contradiction of the claims there. It prints the projector's CPU (this process) and the
 * server's per event, and the wall time: the projector's cost per event should not grow with
 * the claims a fact holds.
 *
 *   npm run bench:fact-size   (BENCH_BIG_FACT, default 10000; BENCH_EVENTS per measurement,
 *                              default 2000; BENCH_BATCH events per batch, default 65, about what
 *                              the projector gathers in 50 ms at 1,300 claims/s; BENCH_ROUNDS,
 *                              default 3; BENCH_DATABASE_URL; BENCH_STATEMENTS=1)
 *
 * The events are appended with the event store and applied by the projection itself, each batch
 * in a transaction of its own, as the projector applies them, without its runtime around them.
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Kysely } from 'kysely';
import { connect, migrateToLatest } from '#database';
import { type Checkpoint, EventStore } from '#event-store';
import { factViewsProjection } from '#projections';
import { benchServer, freshDatabase, printStatements, resetStatements, writeResults } from './support.js';
import { bigFact, day, SOURCES, sourceDetails } from './big-fact.js';

const BIG_FACT = Number(process.env.BENCH_BIG_FACT ?? 10_000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 2000);
const BATCH = Number(process.env.BENCH_BATCH ?? 65);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const claim = (sourceId: string, entityId: string, metricId: string, amount: number, at: string) => {
  const claimId = randomUUID();
  return {
    streamId: `claim-${claimId}`,
    events: [
      {
        type: 'ClaimRecorded',
        data: { claimId, sourceId, entityId, metricId, value: { amount, qualifier: 'exact', unit: 'person' }, validTime: { at } },
        metadata: { actor: 'bench' },
      },
    ],
  };
};

const series = bigFact(BIG_FACT);
const seriesClaim = (n: number, amount: number) => claim(`s${series.claim(n).source}`, 'big', 'series', amount, series.claim(n).at);

async function main() {
  const server = await benchServer();
  try {
    const url = await freshDatabase(server.url, 'bench_fact_size');
    const db = connect(url, { max: 4 });
    await migrateToLatest(db);
    const store = new EventStore(db);
    for (let s = 0; s < SOURCES; s++) {
      await store.append(`source-s${s}`, [{ type: 'SourceRegistered', data: { sourceId: `s${s}`, ...sourceDetails(s) } }]);
    }
    for (const m of ['series', ...Array.from({ length: 100 }, (_, i) => `m${i}`)]) {
      await store.append(`metric-${m}`, [{ type: 'MetricDefined', data: { metricId: m, unit: 'person', kind: 'count', cumulative: false, tolerance: 0 } }]);
    }
    const append = async (count: number, make: (i: number) => ReturnType<typeof claim>) => {
      for (let i = 0; i < count; i += 500) await store.appendMany(Array.from({ length: Math.min(500, count - i) }, (_, k) => make(i + k)));
    };
    await append(BIG_FACT, (n) => seriesClaim(n, series.preloadedAmount(n)));

    let after: Checkpoint | undefined;
    /** Applies what the log holds past the last batch, `batch` events a transaction; the events applied. */
    const project = async (batch: number) => {
      let applied = 0;
      for (;;) {
        const { events, checkpoint } = await store.readAll({ ...(after ? { after } : {}), limit: batch });
        if (events.length === 0) return applied;
        await db.transaction().execute((tx) => factViewsProjection.apply(events, tx));
        after = checkpoint;
        applied += events.length;
      }
    };
    await project(500);
    console.log(
      `fact-size benchmark: ${server.description}; ${os.cpus().length} cores; a fact of ${BIG_FACT.toLocaleString('en-US')} claims preloaded and projected; ${EVENTS} events per measurement in batches of ${BATCH}\n`,
    );

    let fresh = 0;
    const shapes: Record<string, () => ReturnType<typeof claim>> = {
      // Each claim starts a fact of its own, or gives one its newest figure.
      fresh: () => {
        const n = fresh++;
        const f = n % 10_000;
        return claim(`s${n % SOURCES}`, `e${f % 100}`, `m${Math.floor(f / 100)}`, 100 + (n % 7), day(Math.floor(n / 10_000)));
      },
      // Each claim lands on a day of the series that already has claims.
      bigFact: () => {
        const { n, amount } = series.later();
        return seriesClaim(n, amount);
      },
    };
    const runs: Array<Record<string, number | string>> = [];
    for (let round = 1; round <= ROUNDS; round++) {
      for (const [shape, make] of Object.entries(shapes)) {
        await append(EVENTS, make);
        await resetStatements(db as Kysely<any>);
        const server0 = server.cpuMillis?.();
        const cpu0 = process.cpuUsage();
        const t0 = performance.now();
        const events = await project(BATCH);
        const wall = performance.now() - t0;
        const cpu = process.cpuUsage(cpu0);
        const serverCpu = server0 === undefined ? undefined : server.cpuMillis!() - server0;
        await printStatements(db as Kysely<any>, events, `${shape}, round ${round}`);
        runs.push({
          round,
          shape,
          events,
          wallUsPerEvent: Math.round((wall * 1000) / events),
          projectorCpuUsPerEvent: Math.round((cpu.user + cpu.system) / events),
          ...(serverCpu === undefined ? {} : { serverCpuUsPerEvent: Math.round((serverCpu * 1000) / events) }),
        });
      }
    }
    console.table(runs);
    const mean = (shape: string, key: string) => {
      const of = runs.filter((r) => r.shape === shape && (ROUNDS === 1 || Number(r.round) > 1) && typeof r[key] === 'number');
      return Math.round(of.reduce((n, r) => n + (r[key] as number), 0) / Math.max(1, of.length));
    };
    const summary = {
      fresh: { projectorCpuUsPerEvent: mean('fresh', 'projectorCpuUsPerEvent'), serverCpuUsPerEvent: mean('fresh', 'serverCpuUsPerEvent') },
      bigFact: { projectorCpuUsPerEvent: mean('bigFact', 'projectorCpuUsPerEvent'), serverCpuUsPerEvent: mean('bigFact', 'serverCpuUsPerEvent') },
    };
    console.log(
      `${ROUNDS === 1 ? 'one round' : 'rounds 2 on (the first warms up)'}: projector CPU per event ${summary.fresh.projectorCpuUsPerEvent} µs on fresh facts, ${summary.bigFact.projectorCpuUsPerEvent} µs on the fact of ${BIG_FACT.toLocaleString('en-US')} claims; server CPU ${summary.fresh.serverCpuUsPerEvent} and ${summary.bigFact.serverCpuUsPerEvent} µs`,
    );
    const file = await writeResults('fact-size', {
      benchmark: 'fact-size',
      at: new Date().toISOString(),
      server: server.description,
      cores: os.cpus().length,
      bigFactClaims: BIG_FACT,
      batch: BATCH,
      runs,
      summary,
    });
    console.log(`results written to ${file}`);
    await store.close();
    await db.destroy();
  } finally {
    await server.stop();
  }
}

await main();

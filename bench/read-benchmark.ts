/**
 * Read latency with 1,000,000 claims in the read model: the fact view, the timeline and an
 * "as of" fact view (knownAt), in-process (the query functions) and over HTTP (autocannon).
 *
 *   npm run bench:read        (BENCH_CLAIMS, default 1000000; BENCH_DATABASE_URL to use your server)
 */
import os from 'node:os';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { createApp } from '../apps/api/src/app.js';
import { connect, migrateToLatest } from '#database';
import { factView, listContradictions, rewriteFacts, timeline } from '#projections';
import { benchServer, freshDatabase, writeResults } from './support.js';

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 1_000_000);
const ENTITIES = 100;
const METRICS = 100;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 2000);
const FACTS = ENTITIES * METRICS;

const randomFact = () => {
  const f = Math.floor(Math.random() * FACTS);
  return { entityId: `e${f % ENTITIES}`, metricId: `m${Math.floor(f / ENTITIES)}` };
};

function percentiles(ms: number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  return { p50: Number(at(50).toFixed(2)), p99: Number(at(99).toFixed(2)) };
}

async function main() {
  const server = await benchServer();
  try {
    const url = await freshDatabase(server.url, 'bench_read');
    const db = connect(url, { max: 8 });
    await migrateToLatest(db);
    console.log(`read benchmark: ${server.description}; ${os.cpus().length} cores; ${CLAIMS.toLocaleString('en-US')} claims over ${FACTS} facts`);

    // The read model as the projector leaves it, written directly: 1 in 10 claims was corrected
    // later, so it has a closed row (the value known before) and a current one.
    const t0 = performance.now();
    await sql`insert into rm_metrics select 'm' || g, 'x', 'count', false, 0 from generate_series(0, ${METRICS - 1}::int) g`.execute(db);
    await sql`insert into rm_sources select 's' || g, 'Source ' || g, 'Publisher ' || (g % 50), null, '2020', date '2000-01-01' + g, 'other', 'en'
              from generate_series(0, 999) g`.execute(db);
    await sql`insert into entity_names select 'e' || g, 'e' || g, 'e' || g from generate_series(0, ${ENTITIES - 1}::int) g`.execute(db);
    await sql`
      insert into rm_claims (claim_id, row_version, entity_id, metric_id, source_id, publisher, published_start, status, rank, value, valid_time,
                             valid_start, valid_end, first_recorded_at, recorded_from, recorded_to, position)
      select gen_random_uuid(), 1, 'e' || (g % ${ENTITIES}::int), 'm' || ((g / ${ENTITIES}::int) % ${METRICS}::int), 's' || (g % 1000),
             'Publisher ' || (g % 1000 % 50), date '2000-01-01' + (g % 1000),
             'active', 'normal', jsonb_build_object('amount', 50 + (g % 40), 'qualifier', 'exact', 'unit', 'x'),
             jsonb_build_object('at', (date '2000-01-01' + (g / ${FACTS}::int) * 30)::text),
             date '2000-01-01' + (g / ${FACTS}::int) * 30, date '2000-01-01' + (g / ${FACTS}::int) * 30,
             timestamptz '2026-01-01' + make_interval(secs => g / 100.0), timestamptz '2026-01-01' + make_interval(secs => g / 100.0),
             case when g % 10 = 0 then timestamptz '2026-06-01' else null end, g
      from generate_series(0, ${CLAIMS - 1}::int) g`.execute(db);
    await sql`
      insert into rm_claims (claim_id, row_version, entity_id, metric_id, source_id, publisher, published_start, status, rank, value, valid_time,
                             valid_start, valid_end, first_recorded_at, recorded_from, recorded_to, position)
      select claim_id, 2, entity_id, metric_id, source_id, publisher, published_start, status, rank, jsonb_set(value, '{amount}', to_jsonb((value ->> 'amount')::int + 1)),
             valid_time, valid_start, valid_end, first_recorded_at, timestamptz '2026-06-01', null, position + ${CLAIMS}::int
      from rm_claims where recorded_to is not null`.execute(db);
    await sql`analyze`.execute(db);
    // The summary row of every fact, as the projector keeps it.
    const facts = Array.from({ length: FACTS }, (_, f) => ({ entityId: `e${f % ENTITIES}`, metricId: `m${Math.floor(f / ENTITIES)}`, position: CLAIMS }));
    for (let i = 0; i < facts.length; i += 200) await db.transaction().execute((tx) => rewriteFacts(tx as never, facts.slice(i, i + 200)));
    // As a running service's tables stand: vacuumed (straight after a bulk load the first read of
    // every page also writes it, for hint bits) and with the load's writes checkpointed, so the
    // checkpointer is not flushing them while reads are timed.
    await sql`vacuum analyze`.execute(db);
    await sql`checkpoint`.execute(db);
    console.log(`loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const options = { today: '2026-11-24' };
    const knownAt = new Date('2026-03-01T00:00:00Z');
    const measure = async (run: () => Promise<unknown>, samples = SAMPLES) => {
      for (let i = 0; i < Math.min(100, samples); i++) await run(); // warm-up
      const ms: number[] = [];
      for (let i = 0; i < samples; i++) {
        const t = performance.now();
        await run();
        ms.push(performance.now() - t);
      }
      return percentiles(ms);
    };
    const inProcess = {
      factView: await measure(() => {
        const f = randomFact();
        return factView(db, f.entityId, f.metricId, options);
      }),
      timeline: await measure(() => {
        const f = randomFact();
        return timeline(db, f.entityId, f.metricId, {});
      }),
      asOf: await measure(() => {
        const f = randomFact();
        return factView(db, f.entityId, f.metricId, { ...options, knownAt });
      }),
    };
    console.log('in-process latency, ms (targets: fact view p99 < 5, as of p99 < 20):');
    console.table(inProcess);
    // The contradiction queue looks at every fact: now, in the projector's summary rows; as of a
    // past time, by summarising each fact's claims again (timed once: it takes seconds).
    const t1 = performance.now();
    await listContradictions(db, { status: 'open', knownAt: new Date() });
    const asOfOnce = Math.round(performance.now() - t1);
    const contradictions = {
      now: await measure(() => listContradictions(db, { status: 'open' }), 50),
      asOfOnce: { p50: asOfOnce, p99: asOfOnce },
    };
    console.log(`contradiction queue over ${FACTS} facts, ms:`);
    console.table(contradictions);

    // No per-key budget: autocannon sends thousands of requests a second on one key.
    const app = await createApp({
      databaseUrl: url,
      adminKey: 'bench-admin-key-0123456789abcdef',
      logLevel: 'silent',
      runProjector: false,
      limits: { requestsPerMinute: 0 },
    });
    await app.listen(0, '127.0.0.1');
    const base = await app.getUrl();
    const http = async (path: () => string) => {
      const result = await autocannon({
        url: base,
        connections: 8,
        duration: Number(process.env.BENCH_HTTP_SECONDS ?? 5),
        headers: { authorization: 'Bearer bench-admin-key-0123456789abcdef' },
        requests: [{ setupRequest: (req: object) => ({ ...req, path: path() }) }],
      });
      return {
        p50: result.latency.p50,
        p99: result.latency.p99,
        requestsPerSecond: Math.round(result.requests.average),
        errors: result.errors + result.non2xx,
      };
    };
    const path = (suffix = '') => {
      const f = randomFact();
      return `/v1/facts/${f.entityId}/${f.metricId}${suffix}`;
    };
    const overHttp = {
      factView: await http(() => path()),
      timeline: await http(() => path('/timeline')),
      asOf: await http(() => path(`?knownAt=${knownAt.toISOString()}`)),
    };
    console.log('over HTTP, 8 connections, ms:');
    console.table(overHttp);
    await app.close();

    const file = await writeResults('read', {
      benchmark: 'read',
      at: new Date().toISOString(),
      server: server.description,
      cores: os.cpus().length,
      claims: CLAIMS,
      facts: FACTS,
      samples: SAMPLES,
      inProcess,
      contradictions,
      overHttp,
      targets: { factViewP99Ms: 5, asOfP99Ms: 20 },
    });
    console.log(`results written to ${file.replace(`${process.cwd()}/`, '')}`);
    await db.destroy();
  } finally {
    await server.stop();
  }
}

await main();

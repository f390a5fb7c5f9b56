/**
 * Read latency with 1,000,000 claims in the read model: the fact view, the timeline and an
 * "as of" fact view (knownAt), in-process (the query functions) and over HTTP (autocannon).
 *
 *   npm run bench:read        (BENCH_CLAIMS, default 1000000; BENCH_DATABASE_URL to use your server)
 */
import os from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { createApp } from '../apps/api/src/app.js';
import { connect, migrateToLatest } from '#database';
import { factView, listContradictions, rewriteFacts, search, timeline } from '#projections';
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
    const searchFigures = await searchBenchmark(db, measure);

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

    const contradictionsAsOf = await contradictionQueueAsOf(db, measure);

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
      search: searchFigures,
      overHttp,
      contradictionsAsOf,
      targets: { factViewP99Ms: 5, asOfP99Ms: 20, searchP99Ms: 50, contradictionsAsOfP99Ms: 1000 },
    });
    console.log(`results written to ${file.replace(`${process.cwd()}/`, '')}`);
    await db.destroy();
  } finally {
    await server.stop();
  }
}

/**
 * Search (GET /v1/search's query, in process) over a search read model of one row per claim,
 * as the search projection keeps it: each claim quotes ten words of a vocabulary of 512 made-up
 * words (so a word is in about 2% of the claims, two given words together in about 0.04%), a
 * third of them attributed to one of 5,000 people; plus the entities, metrics and sources.
 */
async function searchBenchmark(
  db: ReturnType<typeof connect>,
  measure: (run: () => Promise<unknown>, samples?: number) => Promise<{ p50: number; p99: number }>,
) {
  const syllables = ['ka', 'lo', 'mi', 'ra', 'te', 'su', 'no', 'vi'];
  const vocabulary = syllables.flatMap((a) => syllables.flatMap((b) => syllables.map((c) => `${a}${b}${c}n`)));
  const t0 = performance.now();
  await sql`
    insert into rm_search (doc_id, kind, claim_id, source_id, entity_id, metric_id, publisher, published_start, heading, detail, position)
    select 'claim:' || g, 'claim', g::text, 's' || (g % 1000), 'e' || (g % ${ENTITIES}::int), 'm' || ((g / ${ENTITIES}::int) % ${METRICS}::int),
           'Publisher ' || (g % 1000 % 50), date '2000-01-01' + (g % 1000),
           (select string_agg((${vocabulary}::text[])[1 + abs(hashint4(g * 16 + i)) % ${vocabulary.length}::int], ' ') from generate_series(1, 10) i),
           case when g % 3 = 0 then 'Person ' || (g % 5000) end, g
    from generate_series(0, ${CLAIMS - 1}::int) g`.execute(db);
  await sql`
    insert into rm_search (doc_id, kind, source_id, publisher, published_start, heading, detail, names, position)
    select 'source:s' || g, 'source', 's' || g, 'Publisher ' || (g % 50), date '2000-01-01' + g, 'Source ' || g || ' ' || (${vocabulary}::text[])[1 + g % ${vocabulary.length}::int],
           'Publisher ' || (g % 50), lower('Source ' || g || E'\n' || 'Publisher ' || (g % 50)), g from generate_series(0, 999) g`.execute(db);
  await sql`
    insert into rm_search (doc_id, kind, entity_id, heading, names, position)
    select 'entity:e' || g, 'entity', 'e' || g, 'Entity ' || (${vocabulary}::text[])[1 + g], lower('e' || g || E'\n' || 'Entity ' || (${vocabulary}::text[])[1 + g]), g
    from generate_series(0, ${ENTITIES - 1}::int) g`.execute(db);
  await sql`vacuum analyze rm_search`.execute(db);
  console.log(`search rows loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const word = () => vocabulary[Math.floor(Math.random() * vocabulary.length)]!;
  const figures = {
    twoWords: await measure(() => search(db, { q: `${word()} ${word()}`, limit: 20 })),
    oneWord: await measure(() => search(db, { q: word(), limit: 20 }), 500),
    partialName: await measure(() => search(db, { q: word().slice(0, 4), limit: 20 }), 500),
    twoWordsBySubject: await measure(() => search(db, { q: `${word()} ${word()}`, entityId: `e${Math.floor(Math.random() * ENTITIES)}`, limit: 20 })),
  };
  console.log(`search over ${CLAIMS.toLocaleString('en-US')} claims, in process, ms (target: two words p99 < 50):`);
  console.table(figures);
  return figures;
}

/**
 * "What was disputed on 1 March?": the contradiction queue as known at past instants, read from
 * the kept history of contradictions (rm_contradiction_history), over the same 10,000 facts.
 * The claims above never disagree (one claim per fact and valid time), so disputes are added as
 * the projector would have recorded them: in 1 fact in 10 a second source states its first
 * figure 5 higher on 1 February, and in half of those that claim is retracted on 1 April. The
 * load above wrote the summaries without recorded times, which marks every fact's past as not
 * kept; none of them had a contradiction then, so that past is no rows at all.
 */
async function contradictionQueueAsOf(
  db: ReturnType<typeof connect>,
  measure: (run: () => Promise<unknown>, samples?: number) => Promise<{ p50: number; p99: number }>,
) {
  const disputedAt = (g: number) => new Date(Date.parse('2026-02-01T00:00:00Z') + g * 1000);
  const retractedAt = (g: number) => new Date(Date.parse('2026-04-01T00:00:00Z') + g * 1000);
  const before = await sql<{ n: number }>`select count(*)::int as n from rm_contradictions`.execute(db);
  if (before.rows[0]!.n !== 0) throw new Error('the loaded claims were expected to hold no contradiction');
  await sql`delete from rm_contradiction_history`.execute(db);
  const disputed = Array.from({ length: FACTS / 10 }, (_, i) => i * 10 + 5);
  const factOf = (g: number) => ({ entityId: `e${g % ENTITIES}`, metricId: `m${Math.floor(g / ENTITIES)}`, position: 3 * CLAIMS + g });
  await sql`
    insert into rm_claims (claim_id, row_version, entity_id, metric_id, source_id, publisher, published_start, status, rank, value, valid_time,
                           valid_start, valid_end, first_recorded_at, recorded_from, recorded_to, position)
    select gen_random_uuid(), 1, entity_id, metric_id, 's' || ((position + 501) % 1000), 'Publisher ' || ((position + 501) % 1000 % 50),
           date '2000-01-01' + ((position + 501) % 1000)::int, 'active', 'normal', jsonb_set(value, '{amount}', to_jsonb((value ->> 'amount')::int + 5)), valid_time, valid_start, valid_end,
           timestamptz '2026-02-01T00:00:00Z' + make_interval(secs => position), timestamptz '2026-02-01T00:00:00Z' + make_interval(secs => position),
           null, 3 * ${CLAIMS}::int + position
    from rm_claims where position < ${FACTS}::int and position % 10 = 5`.execute(db);
  const rewrite = (at: (g: number) => Date, gs: number[]) =>
    db.transaction().execute((tx) =>
      rewriteFacts(
        tx as never,
        gs.map((g) => ({ ...factOf(g), recorded: { first: at(g), last: at(g) } })),
      ),
    );
  await rewrite(disputedAt, disputed);
  const retracted = disputed.filter((g) => g % 20 === 5);
  await sql`
    with closed as (
      update rm_claims set recorded_to = recorded_from + interval '59 days'
      where position >= 3 * ${CLAIMS}::int and (position - 3 * ${CLAIMS}::int) % 20 = 5 and recorded_to is null
      returning *
    )
    insert into rm_claims (claim_id, row_version, entity_id, metric_id, source_id, publisher, published_start, status, rank, verdict, value, valid_time,
                           valid_start, valid_end, quote, attribution, note, recorded_by, first_recorded_at, recorded_from, recorded_to, position)
    select claim_id, 2, entity_id, metric_id, source_id, publisher, published_start, 'retracted', rank, verdict, value, valid_time,
                                 valid_start, valid_end, quote, attribution, note, recorded_by, first_recorded_at, recorded_to, null, position + ${CLAIMS}::int
    from closed`.execute(db);
  await rewrite(retractedAt, retracted);
  await sql`vacuum analyze`.execute(db);

  const march = new Date('2026-03-01T00:00:00Z');
  const may = new Date('2026-05-01T00:00:00Z');
  const kept = await listContradictions(db, { status: 'open', knownAt: march });
  const t = performance.now();
  const summarised = await listContradictions(db, { status: 'open', knownAt: march, summarise: true });
  const summarisedMs = Math.round(performance.now() - t);
  // Compared as values, as the property test compares them: the order of keys is no difference.
  const same = isDeepStrictEqual(JSON.parse(JSON.stringify(kept)), JSON.parse(JSON.stringify(summarised)));
  if (!same) console.log(`  kept: ${kept.items.length} items, summarised: ${summarised.items.length} items`);
  const out = {
    disputedOn1March: kept.items.length,
    disputedOn1May: (await listContradictions(db, { status: 'open', knownAt: may })).items.length,
    sameAnswerAsSummarising: same,
    summarisingOnceMs: summarisedMs,
    knownAt1March: await measure(() => listContradictions(db, { status: 'open', knownAt: march }), 50),
    knownAt1May: await measure(() => listContradictions(db, { status: 'open', knownAt: may }), 50),
  };
  console.log(`contradiction queue as known at a past instant, over ${FACTS} facts (target p99 < 1000 ms):`);
  console.table({ knownAt1March: out.knownAt1March, knownAt1May: out.knownAt1May });
  console.log(
    `  ${out.disputedOn1March} open on 1 March, ${out.disputedOn1May} on 1 May; the same answer as summarising every fact: ${same} (which took ${summarisedMs} ms)`,
  );
  // The counts are what the data above was made to give, and summarising every fact must agree.
  // (Each second claim names a source of another publisher, with that source's date, as the
  // projector keeps claim rows: the kept answer reads the rows' publisher and date, summarising
  // reads the sources'.)
  if (!same || out.disputedOn1March !== disputed.length || out.disputedOn1May !== disputed.length - retracted.length) {
    throw new Error('the contradiction queue as of a past instant gave a wrong answer');
  }
  return out;
}

await main();

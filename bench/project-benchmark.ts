/**
 * Projector catch-up rate: the fact-views projection applying a log of generated claim events,
 * beside a raw baseline on the same server in the same run that reads the same rows and writes
 * the same rows (claim rows, fact rows, checkpoint) with plain SQL and no domain logic. Both run
 * in the projector's own runtime, so both get its read-ahead and its asynchronous commits.
 *
 *   npm run bench:project        (BENCH_EVENTS, default 1000000; BENCH_DATABASE_URL to use your server)
 */
import os from 'node:os';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { connect, migrateToLatest } from '#database';
import { EventStore, headPosition, type RecordedEvent } from '#event-store';
import { DEFAULT_BATCH_SIZE, factViewsProjection, type Projection, ProjectionRunner, waitForPosition } from '#projections';
import { benchServer, freshDatabase, writeResults } from './support.js';
import type { Database } from '../apps/api/src/schema.js';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
/** The runner's own batch size unless BENCH_BATCH says otherwise. */
const BATCH = Number(process.env.BENCH_BATCH ?? DEFAULT_BATCH_SIZE);
const ENTITIES = 100;
const METRICS = 100;

/**
 * Inserts the rows of a select of (stream id, version, event id, type, data, metadata) as events
 * of schema version 1, each with its hash (a stream's first event links to nothing).
 */
const insertEvents = (rows: RawBuilder<unknown>) => sql`
  insert into events (stream_id, stream_version, event_id, event_type, data, metadata, recorded_at, event_hash)
  select s, v, id, t, d, m, now(), factlog_event_hash(''::bytea, s, v, id, t, 1, d, m, now())
  from (${rows}) as e(s, v, id, t, d, m)`;

/** Writes the log straight into the events table: generating it is not what is measured. */
async function generate(db: Kysely<Database>) {
  await insertEvents(sql`
    select 'metric-m' || g, 1, gen_random_uuid(), 'MetricDefined',
           jsonb_build_object('metricId', 'm' || g, 'unit', 'x', 'kind', 'count', 'cumulative', false, 'tolerance', 0), '{}'::jsonb
    from generate_series(0, ${METRICS - 1}::int) g`).execute(db);
  await insertEvents(sql`
    select 'source-s', 1, gen_random_uuid(), 'SourceRegistered',
           jsonb_build_object('sourceId', 's', 'title', 'Bench source', 'publishedAt', '2020', 'kind', 'other', 'language', 'en'), '{}'::jsonb`).execute(db);
  for (let from = 0; from < EVENTS; from += 100_000) {
    const to = Math.min(EVENTS, from + 100_000) - 1;
    await insertEvents(sql`
      select 'claim-' || id, 1, gen_random_uuid(), 'ClaimRecorded',
             jsonb_build_object('claimId', id, 'sourceId', 's', 'entityId', 'e' || (g % ${ENTITIES}::int),
               'metricId', 'm' || ((g / ${ENTITIES}::int) % ${METRICS}::int),
               'value', jsonb_build_object('amount', 50 + (g % 40), 'qualifier', 'exact', 'unit', 'x'),
               'validTime', jsonb_build_object('at', (date '2000-01-01' + (g / 1000)::int)::text)),
             '{"actor":"bench"}'::jsonb
      from (select g, gen_random_uuid() as id from generate_series(${from}::int, ${to}::int) g) s`).execute(db);
  }
  // Vacuumed now, so that autovacuum does not wake up to do it in the middle of a measurement.
  await sql`vacuum (analyze) events`.execute(db);
}

/**
 * Runs a projection with the projector's own runtime (ProjectionRunner: lock, subscription,
 * read-ahead, checkpoint) from the start of the log to its head; returns the events applied
 * and the time taken.
 */
async function catchUp(db: Kysely<Database>, url: string, projection: Projection) {
  const head = await headPosition(db);
  const events = Number((await sql<{ n: string }>`select count(*) as n from events`.execute(db)).rows[0]!.n);
  let failure: unknown;
  const runner = new ProjectionRunner(db, new EventStore(db), projection, {
    connectionString: url,
    batchSize: BATCH,
    onError: (error) => (failure ??= error),
  });
  const started = performance.now();
  runner.start();
  try {
    while (!(await waitForPosition(db, projection.name, head, 5000))) {
      if (failure) throw failure as Error;
      const at =
        (await db.selectFrom('checkpoints').select('global_position').where('consumer', '=', projection.name).executeTakeFirst())?.global_position ?? 0;
      const rate = Math.round(at / ((performance.now() - started) / 1000));
      console.log(`  ${projection.name}: at ${at.toLocaleString('en-US')} of ${head.toLocaleString('en-US')}, ${rate.toLocaleString('en-US')}/s`);
    }
    return { events, seconds: (performance.now() - started) / 1000 };
  } finally {
    await runner.stop();
  }
}

/**
 * The same rows, written with plain SQL and no domain logic: a claim row per event, and one
 * fact row per fact touched, brought up to date from its previous row as the projector does
 * for a fact whose newest figure arrives.
 */
async function rawApply(events: readonly RecordedEvent[], tx: Kysely<any>) {
  const claims = events.filter((e) => e.type === 'ClaimRecorded').map((e) => ({ ...(e.data as object), position: e.globalPosition }));
  if (claims.length === 0) return;
  await sql`
    with c as (
      select (c ->> 'claimId')::uuid as claim_id, c ->> 'entityId' as entity_id, c ->> 'metricId' as metric_id, c ->> 'sourceId' as source_id,
             c -> 'value' as value, c -> 'validTime' as valid_time, (c -> 'validTime' ->> 'at')::date as valid_day, (c ->> 'position')::bigint as position
      from jsonb_array_elements(${JSON.stringify(claims)}::jsonb) c
    ), inserted as (
      insert into raw_claims (claim_id, row_version, entity_id, metric_id, source_id, publisher, published_start, status, rank, value, valid_time,
                              valid_start, valid_end, first_recorded_at, recorded_from, position)
      select c.claim_id, 1, c.entity_id, c.metric_id, c.source_id, s.publisher, s.published_start, 'active', 'normal', c.value, c.valid_time,
             c.valid_day, c.valid_day, now(), now(), c.position
      from c join rm_sources s on s.source_id = c.source_id
    )
    insert into raw_facts (entity_id, metric_id, summary, flags, claim_count, source_count, latest_valid_end, source_claims, position)
    select distinct on (entity_id, metric_id) entity_id, metric_id,
           jsonb_build_object('current', jsonb_build_object('value', value, 'validTime', valid_time, 'claimIds', jsonb_build_array(claim_id), 'basis', 'corroboration'),
                              'flags', jsonb_build_array('unreviewed'), 'claimCount', 1, 'sourceCount', 1, 'latestValidEnd', valid_day,
                              'anomalies', '[]'::jsonb)::json,
           '{unreviewed}', 1, 1, valid_day, json_build_object(source_id, 1), position
    from c
    order by entity_id, metric_id, position desc
    on conflict (entity_id, metric_id) do update
      set summary = (excluded.summary::jsonb || jsonb_build_object('claimCount', raw_facts.claim_count + 1))::json,
          flags = excluded.flags,
          claim_count = raw_facts.claim_count + 1,
          latest_valid_end = greatest(raw_facts.latest_valid_end, excluded.latest_valid_end),
          source_claims = (raw_facts.source_claims::jsonb || excluded.source_claims::jsonb)::json,
          position = excluded.position`.execute(tx);
}

async function main() {
  const server = await benchServer();
  try {
    const url = await freshDatabase(server.url, 'bench_project');
    const db = connect(url, { max: 4 });
    await migrateToLatest(db);
    await sql`create table raw_claims (like rm_claims including all)`.execute(db);
    await sql`create table raw_facts (like rm_facts including all)`.execute(db);
    console.log(
      `projector benchmark: ${server.description}; ${os.cpus().length} cores; ${EVENTS.toLocaleString('en-US')} claim events over ${ENTITIES * METRICS} facts; batches of ${BATCH}, each committed without waiting for the disk as the runner does`,
    );
    const t0 = performance.now();
    await generate(db);
    console.log(`generated the log in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const raw = await catchUp(db, url, { name: 'bench-raw', tables: ['raw_claims', 'raw_facts'], apply: rawApply });
    const factlog = await catchUp(db, url, factViewsProjection);
    const rate = (r: { events: number; seconds: number }) => Math.round(r.events / r.seconds);
    const results = {
      factlog: { events: factlog.events, seconds: Number(factlog.seconds.toFixed(1)), eventsPerSecond: rate(factlog) },
      raw: { events: raw.events, seconds: Number(raw.seconds.toFixed(1)), eventsPerSecond: rate(raw) },
      factlogVsRaw: Number((rate(factlog) / rate(raw)).toFixed(2)),
      targets: { vsRaw: 0.5, eventsPerSecond: 20_000 },
    };
    console.table({ factlog: results.factlog, raw: results.raw });
    console.log(`factlog/raw ${results.factlogVsRaw} (target 0.5); factlog ${rate(factlog).toLocaleString('en-US')} events/s (target 20,000)`);
    const file = await writeResults('project', {
      benchmark: 'project',
      at: new Date().toISOString(),
      server: server.description,
      cores: os.cpus().length,
      batch: BATCH,
      batchCommits: 'synchronous_commit off',
      ...results,
    });
    console.log(`results written to ${file.replace(`${process.cwd()}/`, '')}`);
    await db.destroy();
  } finally {
    await server.stop();
  }
}

await main();

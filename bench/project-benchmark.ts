/**
 * Projector catch-up rate: the fact-views projection applying a log of generated claim events,
 * beside a raw baseline on the same server in the same run that reads the same rows and writes
 * the same rows (claim rows, fact rows, checkpoint) with plain SQL and no domain logic. Both run
 * in the projector's own runtime, so both get its read-ahead and its asynchronous commits.
 *
 * Then the fact views again from the start of the log in 1 and in 2 slices side by side
 * (BENCH_SLICES, default "1,2"), each slice in a projector process of its own (this script,
 * forked), all started together: events per second for each count, and the CPU the projector
 * processes and the database server used.
 *
 *   npm run bench:project        (BENCH_EVENTS, default 1000000; BENCH_DATABASE_URL to use your server;
 *                                 BENCH_SLICES, say "1,2,4"; BENCH_SLICES_ONLY=1 skips the first part)
 */
import { type ChildProcess, fork } from 'node:child_process';
import os from 'node:os';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { connect, migrateToLatest } from '#database';
import { EventStore, headPosition, type RecordedEvent } from '#event-store';
import {
  DEFAULT_BATCH_SIZE,
  FACT_VIEWS,
  factViewsProjection,
  type Projection,
  projectionHasReached,
  ProjectionRunner,
  projectionStatus,
  waitForPosition,
} from '#projections';
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

const SLICES = (process.env.BENCH_SLICES ?? '1,2').split(',').map(Number);

/** What a forked projector process is told to do, and tells back. */
type ToSlice = { go: true } | { stop: true };
type FromSlice = { ready: true } | { stopped: true; cpuMillis: number };

/**
 * A projector process of the slices run (this script, forked with BENCH_SLICE=index/count):
 * applies its slice of the fact views from the start of the log once told to go, until told to stop.
 */
function sliceProcess(spec: string, url: string) {
  const [index, count] = spec.split('/').map(Number) as [number, number];
  const db = connect(url, { max: 4, applicationName: `bench-slice-${index}` });
  const runner = new ProjectionRunner(db, new EventStore(db), factViewsProjection, {
    connectionString: url,
    batchSize: BATCH,
    slice: { index, count },
    onError: (error) => console.error(`slice ${index + 1}/${count}: ${error instanceof Error ? error.message : String(error)}`),
  });
  const send = (message: FromSlice) => process.send!(message);
  let cpuAtGo = process.cpuUsage();
  process.on('message', (message: ToSlice) => {
    if ('go' in message) {
      cpuAtGo = process.cpuUsage();
      runner.start();
    } else {
      void runner.stop().then(async () => {
        await db.destroy();
        const cpu = process.cpuUsage(cpuAtGo);
        send({ stopped: true, cpuMillis: (cpu.user + cpu.system) / 1000 });
        process.disconnect();
      });
    }
  });
  send({ ready: true });
}

/**
 * The fact views from an empty read model to the head of the log in `count` slices, each in a
 * process of its own, all told to go at once; timed until every slice has reached the head.
 */
async function inSlices(db: Kysely<Database>, url: string, count: number, serverCpuMillis?: () => number) {
  await factViewsProjection.reset!(db);
  await sql`delete from checkpoints where consumer = ${FACT_VIEWS} or starts_with(consumer, ${`${FACT_VIEWS}#`})`.execute(db);
  await sql`vacuum (analyze) ${sql.join(factViewsProjection.tables.map((t) => sql.table(t)))}`.execute(db);
  const head = await headPosition(db);
  const events = Number((await sql<{ n: string }>`select count(*) as n from events`.execute(db)).rows[0]!.n);
  const children: ChildProcess[] = [];
  const said = (child: ChildProcess, what: 'ready' | 'stopped') =>
    new Promise<FromSlice>((resolve, reject) => {
      const onMessage = (m: FromSlice) => {
        if (what in m) {
          child.off('message', onMessage);
          resolve(m);
        }
      };
      child.on('message', onMessage);
      child.once('exit', (code) => (code ? reject(new Error(`a slice process exited with ${code}`)) : undefined));
    });
  for (let index = 0; index < count; index++) {
    children.push(fork(process.argv[1]!, [], { env: { ...process.env, BENCH_SLICE: `${index}/${count}`, BENCH_SLICE_URL: url } }));
  }
  await Promise.all(children.map((c) => said(c, 'ready')));
  const serverBefore = serverCpuMillis?.();
  const started = performance.now();
  for (const c of children) c.send({ go: true } satisfies ToSlice);
  let shown = performance.now();
  while (!(await projectionHasReached(db, FACT_VIEWS, head))) {
    await new Promise((r) => setTimeout(r, 50));
    if (performance.now() - shown > 5000) {
      shown = performance.now();
      const [status] = await projectionStatus(db, [FACT_VIEWS]);
      console.log(`  ${count} slice(s): ${status!.slices.map((s) => `${s.slice} at ${(s.checkpoint?.position ?? 0).toLocaleString('en-US')}`).join(', ')}`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const serverCpu = serverBefore === undefined ? undefined : serverCpuMillis!() - serverBefore;
  const stopped = await Promise.all(
    children.map((c) => {
      const done = said(c, 'stopped');
      c.send({ stop: true } satisfies ToSlice);
      return done;
    }),
  );
  const projectorCpu = stopped.reduce((n, m) => n + ('cpuMillis' in m ? m.cpuMillis : 0), 0);
  return {
    slices: count,
    events,
    seconds: Number(seconds.toFixed(1)),
    eventsPerSecond: Math.round(events / seconds),
    // CPU time per event, of the projector processes (from go to stop) and of the server.
    projectorCpuMicrosPerEvent: Math.round((projectorCpu * 1000) / events),
    ...(serverCpu === undefined ? {} : { serverCpuMicrosPerEvent: Math.round((serverCpu * 1000) / events) }),
  };
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

    const rate = (r: { events: number; seconds: number }) => Math.round(r.events / r.seconds);
    let results: object = {};
    if (!process.env.BENCH_SLICES_ONLY) {
      const raw = await catchUp(db, url, { name: 'bench-raw', tables: ['raw_claims', 'raw_facts'], apply: rawApply });
      const factlog = await catchUp(db, url, factViewsProjection);
      results = {
        factlog: { events: factlog.events, seconds: Number(factlog.seconds.toFixed(1)), eventsPerSecond: rate(factlog) },
        raw: { events: raw.events, seconds: Number(raw.seconds.toFixed(1)), eventsPerSecond: rate(raw) },
        factlogVsRaw: Number((rate(factlog) / rate(raw)).toFixed(2)),
        targets: { vsRaw: 0.5, eventsPerSecond: 20_000 },
      };
      console.table({ factlog: (results as { factlog: object }).factlog, raw: (results as { raw: object }).raw });
      console.log(
        `factlog/raw ${(rate(factlog) / rate(raw)).toFixed(2)} (target 0.5); factlog ${rate(factlog).toLocaleString('en-US')} events/s (target 20,000)`,
      );
    }

    const sliced = [];
    for (const count of SLICES) {
      console.log(`the fact views in ${count} slice(s), a process each:`);
      sliced.push(await inSlices(db, url, count, server.cpuMillis && (() => server.cpuMillis!())));
    }
    console.table(Object.fromEntries(sliced.map((r) => [`${r.slices} slice(s)`, r])));
    const base = sliced[0]!;
    for (const r of sliced.slice(1)) {
      console.log(
        `${r.slices} slices: ${r.eventsPerSecond.toLocaleString('en-US')} events/s, ${(r.eventsPerSecond / base.eventsPerSecond).toFixed(2)}x ${base.slices} slice(s)`,
      );
    }
    results = { ...results, slices: sliced };
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

if (process.env.BENCH_SLICE) sliceProcess(process.env.BENCH_SLICE, process.env.BENCH_SLICE_URL!);
else await main();

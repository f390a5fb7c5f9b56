/**
 * Append throughput, side by side in one run on one server: factlog's store, raw `pg` INSERTs
 * into a table of the same shape (the ceiling), and Emmett's PostgreSQL event store.
 *
 *   npm run bench:append            (BENCH_SECONDS=6 per contender and shape by default)
 *
 * Contenders take turns in short rounds so that checkpoints and autovacuum fall on all alike.
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { sql } from 'kysely';
import pg from 'pg';
import { connect, migrateToLatest } from '#database';
import { EventStore } from '#event-store';
import { benchServer, freshDatabase, runFor, writeResults } from './support.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const ROUNDS = 3;
const STREAMS_PER_CLIENT = 1000;

interface Shape {
  readonly name: string;
  readonly clients: number;
  readonly eventsPerTransaction: number;
  readonly targetVsRaw: number;
}
const shapes: Shape[] = [
  { name: '(a) 1 client, 1 event/tx', clients: 1, eventsPerTransaction: 1, targetVsRaw: 0.8 },
  { name: '(b) 1 client, 100 events/tx', clients: 1, eventsPerTransaction: 100, targetVsRaw: 0.7 },
  { name: '(c) 8 clients, 1 event/tx', clients: 8, eventsPerTransaction: 1, targetVsRaw: 0.8 },
];

// A claim-sized event: what factlog will mostly store.
const data = (i: number) => ({
  claimId: randomUUID(),
  sourceId: 'src-reuters-2017-07-13',
  subject: 'global-coalition',
  metric: 'member-count',
  value: { amount: 72 + (i % 3), qualifier: 'exact', unit: 'member' },
  validTime: { at: '2017-07', precision: 'month' },
  quote: { text: '72 members', start: 1042, end: 1052 },
});
const metadata = () => ({ actor: 'bench', correlationId: randomUUID(), requestId: randomUUID() });
const streamOf = (client: number, i: number) => `bench-${client}-${i % STREAMS_PER_CLIENT}`;
const batch = (shape: Shape, i: number) =>
  Array.from({ length: shape.eventsPerTransaction }, (_, k) => ({ type: 'ClaimRecorded' as const, data: data(i + k), metadata: metadata() }));

type Contender = (shape: Shape) => (client: number, i: number) => Promise<void>;

async function main() {
  const server = await benchServer();
  const cleanup: Array<() => Promise<unknown>> = [];
  try {
    const factlogUrl = await freshDatabase(server.url, 'bench_factlog');
    const emmettUrl = await freshDatabase(server.url, 'bench_emmett');

    const db = connect(factlogUrl, { max: 9 });
    cleanup.push(() => db.destroy());
    await migrateToLatest(db);
    await sql`create table raw_events (like events including all)`.execute(db);
    // The ceiling writes no hash chain: plain INSERTs of the same columns.
    await sql`alter table raw_events alter column event_hash drop not null`.execute(db);
    const store = new EventStore(db);
    cleanup.push(() => store.close());

    const rawPool = new pg.Pool({ connectionString: factlogUrl, max: 9 });
    rawPool.on('error', () => {}); // a connection cut at shutdown is no news
    cleanup.push(() => rawPool.end());
    const rawVersions = new Map<string, number>();

    const emmett = getPostgreSQLEventStore(emmettUrl, { connectionOptions: { pooled: true } } as never);
    cleanup.push(() => emmett.close());
    await emmett.appendToStream('warmup', [{ type: 'Warmed', data: {} }]); // creates its schema

    const contenders: Record<string, Contender> = {
      factlog: (shape) => (client, i) => store.append(streamOf(client, i), batch(shape, i)).then(() => {}),
      raw: (shape) => {
        const n = shape.eventsPerTransaction;
        const values = Array.from({ length: n }, (_, k) => `($${k * 5 + 1}, $${k * 5 + 2}, $${k * 5 + 3}, 'ClaimRecorded', $${k * 5 + 4}, $${k * 5 + 5})`).join(
          ', ',
        );
        const text = `insert into raw_events (stream_id, stream_version, event_id, event_type, data, metadata) values ${values}`;
        return async (client, i) => {
          const stream = streamOf(client, i);
          const version = rawVersions.get(stream) ?? 0;
          rawVersions.set(stream, version + n);
          const params = Array.from({ length: n }, (_, k) => [
            stream,
            version + k + 1,
            randomUUID(),
            JSON.stringify(data(i + k)),
            JSON.stringify(metadata()),
          ]).flat();
          await rawPool.query(text, params);
        };
      },
      emmett: (shape) => (client, i) => emmett.appendToStream(streamOf(client, i), batch(shape, i)).then(() => {}),
    };

    console.log(`factlog append benchmark: ${server.description}; ${os.cpus().length} cores; ${SECONDS} s per contender and shape\n`);
    const results = [];
    for (const shape of shapes) {
      const totals = Object.fromEntries(Object.keys(contenders).map((name) => [name, { events: 0, seconds: 0, client: 0, other: 0 }]));
      for (const contender of Object.values(contenders)) await runFor(0.5, shape.clients, contender(shape)); // warm-up
      for (let round = 0; round < ROUNDS; round++) {
        for (const [name, contender] of Object.entries(contenders)) {
          const run = await runFor(SECONDS / ROUNDS, shape.clients, contender(shape));
          const total = totals[name]!;
          total.events += run.operations * shape.eventsPerTransaction;
          total.seconds += run.seconds;
          total.client += run.clientCpuMicros;
          total.other += run.otherCpuMicros;
        }
      }
      const rate = (name: string) => totals[name]!.events / totals[name]!.seconds;
      // CPU per event tells where the time goes: in this process (client) or elsewhere (server).
      const cpu = (name: string) => ({
        clientMicrosPerEvent: round2(totals[name]!.client / totals[name]!.events),
        serverMicrosPerEvent: round2(totals[name]!.other / totals[name]!.events),
      });
      const row = {
        shape: shape.name,
        factlog: Math.round(rate('factlog')),
        raw: Math.round(rate('raw')),
        emmett: Math.round(rate('emmett')),
        factlogVsRaw: round2(rate('factlog') / rate('raw')),
        factlogVsEmmett: round2(rate('factlog') / rate('emmett')),
        targets: { vsRaw: shape.targetVsRaw, vsEmmett: 2 },
        cpu: { factlog: cpu('factlog'), raw: cpu('raw'), emmett: cpu('emmett') },
      };
      results.push(row);
      console.log(
        `${row.shape.padEnd(30)} factlog ${fmt(row.factlog)}  raw ${fmt(row.raw)}  emmett ${fmt(row.emmett)}  ` +
          `factlog/raw ${row.factlogVsRaw.toFixed(2)} (target ${shape.targetVsRaw})  factlog/emmett ${row.factlogVsEmmett.toFixed(2)} (target 2)`,
      );
    }
    console.log();
    console.table(
      results.map((r) => ({
        shape: r.shape,
        'factlog ev/s': r.factlog,
        'raw ev/s': r.raw,
        'emmett ev/s': r.emmett,
        'factlog/raw': r.factlogVsRaw,
        'factlog/emmett': r.factlogVsEmmett,
      })),
    );
    console.log('CPU per event, microseconds (client = this process, server = the rest of the machine):');
    console.table(
      results.map((r) => ({
        shape: r.shape,
        'factlog client': r.cpu.factlog.clientMicrosPerEvent,
        'factlog server': r.cpu.factlog.serverMicrosPerEvent,
        'raw client': r.cpu.raw.clientMicrosPerEvent,
        'raw server': r.cpu.raw.serverMicrosPerEvent,
        'emmett client': r.cpu.emmett.clientMicrosPerEvent,
        'emmett server': r.cpu.emmett.serverMicrosPerEvent,
      })),
    );
    const file = await writeResults('append', {
      benchmark: 'append',
      at: new Date().toISOString(),
      server: server.description,
      postgres: (await sql<{ v: string }>`select version() as v`.execute(db)).rows[0]!.v,
      node: process.version,
      cores: os.cpus().length,
      secondsPerContenderAndShape: SECONDS,
      results,
    });
    console.log(`results written to ${path(file)}`);
  } finally {
    for (const step of cleanup.reverse()) await step().catch(() => {});
    await server.stop();
  }
}

const fmt = (n: number) => `${n.toLocaleString('en-US')}/s`.padStart(12);
const round2 = (n: number) => Math.round(n * 100) / 100;
const path = (file: string) => file.replace(`${process.cwd()}/`, '');

await main();

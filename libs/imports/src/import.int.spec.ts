import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '#access';
import { EventStore } from '#event-store';
import { sourceIdFor } from '#recording';
import { createTestDatabase, type TestDatabase } from '#test-support';
import { failImport, getImport, type ImportOptions, readRows, registerImport, runImportJob } from './index.js';

const HEADER = 'source_title,source_publisher,source_published_at,source_kind,subject,metric,amount,unit,valid_at,metric_unit,metric_kind';
const release = (date: string) => `GDP release ${date},Statistics Office,${date},statistical_release`;
/** A small real-time data set: each release restates the quarters before it. */
const FILE = [
  HEADER,
  `${release('2024-02-27')},Germany,gdp-quarterly,1000.5,EUR bn,2023-10,EUR bn,money`,
  `${release('2024-02-27')},Germany,gdp-quarterly,990,EUR bn,2023-07,EUR bn,money`,
  `${release('2024-05-24')},Germany,gdp-quarterly,1001,EUR bn,2023-10,EUR bn,money`,
  `${release('2024-05-24')},Germany,gdp-quarterly,991.2,USD bn,2023-07,EUR bn,money`,
  `${release('2024-05-24')},Germany,gdp-quarterly,1010,EUR bn,2024-01,EUR bn,money`,
].join('\n');

describe('importing claims in bulk', () => {
  let t: TestDatabase;
  let store: EventStore;
  const context: RequestContext = { actor: { keyId: 'test', name: 'importer', role: 'editor' }, requestId: 'r', correlationId: 'c' };

  beforeAll(async () => {
    t = await createTestDatabase();
    store = new EventStore(t.db);
  });
  afterAll(async () => {
    await store.close();
    await t.drop();
  });

  const run = async (text: string, options: ImportOptions, format: 'csv' | 'ndjson' = 'csv') => {
    const id = randomUUID();
    // A line a chunk, as a file arrives in pieces.
    const job = { store, db: t.db, id, format, options, context, rows: () => readRows(Readable.from(text.split(/(?<=\n)/)), format) };
    await registerImport(job);
    const result = await runImportJob({ ...job, options: { batchSize: 2, ...options } });
    return { id, ...result, status: (await getImport(t.db, id))! };
  };
  const events = async () => (await sql<{ n: number }>`select count(*)::int as n from events`.execute(t.db)).rows[0]!.n;
  const ofType = async (type: string) => (await sql<{ n: number }>`select count(*)::int as n from events where event_type = ${type}`.execute(t.db)).rows[0]!.n;

  it('refuses rows naming what does not exist, one by one, unless asked to define it', async () => {
    const { status } = await run(FILE, {});
    expect(status).toMatchObject({ status: 'completed_with_errors', rowsRead: 5, recorded: 0, rejected: 5 });
    expect(status.errors[0]).toEqual({ line: 2, field: 'subject', message: "no entity is called 'Germany'; define it, or import with defineMissing" });
    expect(await events()).toBe(0);
  });

  it('checks every row in a dry run and writes nothing', async () => {
    const { status } = await run(FILE, { dryRun: true, defineMissing: true });
    expect(status).toMatchObject({ status: 'completed_with_errors', recorded: 4, rejected: 1, position: 0 });
    // Money in another currency: factlog applies no exchange rate.
    expect(status.errors).toEqual([
      { line: 5, field: 'unit', message: expect.stringMatching(/^unit 'USD bn' does not fit metric gdp-quarterly, measured in 'EUR bn': .*no exchange rate/) },
    ]);
    expect(await events()).toBe(0);
  });

  it('writes nothing in all-or-nothing mode while one row is refused', async () => {
    const { status } = await run(FILE, { allOrNothing: true, defineMissing: true });
    expect(status).toMatchObject({ status: 'failed', rejected: 1, recorded: 4, failure: expect.stringContaining('nothing was written') });
    expect(await events()).toBe(0);
  });

  it('records the rows that pass, defining each source, entity and metric once, every event naming the import', async () => {
    const { id, status } = await run(FILE, { defineMissing: true });
    expect(status).toMatchObject({ status: 'completed_with_errors', rowsRead: 5, recorded: 4, unchanged: 0, rejected: 1 });
    expect(status.errors).toEqual([{ line: 5, field: 'unit', message: expect.stringContaining("unit 'USD bn' does not fit") }]);
    expect(await ofType('SourceRegistered')).toBe(2);
    expect(await ofType('EntityDefined')).toBe(1);
    expect(await ofType('MetricDefined')).toBe(1);
    expect(await ofType('ClaimRecorded')).toBe(4);
    const metadata = (await t.db.selectFrom('events').select('metadata').execute()).map((e) => e.metadata);
    expect(metadata.every((m) => m.importId === id && m.actor === 'importer')).toBe(true);
    expect(status.position).toBe((await sql<{ p: number }>`select max(global_position) as p from events`.execute(t.db)).rows[0]!.p);
    const source = await t.db.selectFrom('events').select('data').where('event_type', '=', 'SourceRegistered').executeTakeFirstOrThrow();
    expect(source.data).toMatchObject({ kind: 'statistical_release', language: 'und', publisher: 'Statistics Office' });
  });

  it('adds nothing when the same file comes again', async () => {
    const before = await events();
    const { status } = await run(FILE, { defineMissing: true });
    expect(status).toMatchObject({ recorded: 0, unchanged: 4, rejected: 1 });
    expect(await events()).toBe(before);
  });

  it('completes an import stopped half way without duplicates', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `${release(`2024-0${1 + (i % 3)}-15`)},Germany,gdp-quarterly,${2000 + i},EUR bn,${1900 + i},,`);
    const file = [HEADER, ...rows].join('\n');
    const half = [HEADER, ...rows.slice(0, 13)].join('\n');
    expect((await run(half, {})).status).toMatchObject({ status: 'succeeded', recorded: 13 });
    const { status } = await run(file, {});
    expect(status).toMatchObject({ status: 'succeeded', recorded: 17, unchanged: 13 });
    const claims = await sql<{ n: number; distinct: number }>`
      select count(*)::int as n, count(distinct data ->> 'validTime')::int as distinct from events
      where event_type = 'ClaimRecorded' and data -> 'validTime' ->> 'at' between '1900' and '1929'`.execute(t.db);
    expect(claims.rows[0]).toEqual({ n: 30, distinct: 30 });
  });

  it('stops between two batches when its process shuts down, and the same file run again completes it', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => `${release('2024-09-01')},Germany,gdp-quarterly,${6000 + i},EUR bn,${1700 + i},,`);
    const file = [HEADER, ...rows].join('\n');
    const id = randomUUID();
    const stop = new AbortController();
    const job = { store, db: t.db, id, format: 'csv' as const, options: { batchSize: 2 }, context, signal: stop.signal };
    await registerImport(job);
    // Shut down as the first batch is reported written.
    const ended = await runImportJob({ ...job, rows: () => readRows(Readable.from([file]), 'csv'), onProgress: () => stop.abort() });
    expect(ended.status).toBe('failed');
    expect(ended.failure).toMatch(/^stopped after \d+ rows as its process shut down: import the same file again to complete it$/);
    const stopped = (await getImport(t.db, id))!;
    expect(stopped).toMatchObject({ status: 'failed', failure: ended.failure });
    expect(stopped.recorded).toBeGreaterThan(0);
    expect(stopped.recorded).toBeLessThan(12);
    const { status } = await run(file, {});
    expect(status).toMatchObject({ status: 'succeeded', recorded: 12 - stopped.recorded, unchanged: stopped.recorded });
  });

  it('fails an import whose process ended before it could say how it ended, and leaves an ended one as it was', async () => {
    const id = randomUUID();
    await registerImport({ db: t.db, id, format: 'csv', options: {}, context });
    await failImport(t.db, id, 'stopped by an error: its process ended (SIGKILL) before the import did');
    expect(await getImport(t.db, id)).toMatchObject({ status: 'failed', failure: 'stopped by an error: its process ended (SIGKILL) before the import did' });
    expect((await getImport(t.db, id))!.finishedAt).not.toBeNull();
    const done = await run(FILE, { defineMissing: true });
    await failImport(t.db, done.id, 'too late');
    expect(await getImport(t.db, done.id)).toMatchObject({ status: done.status.status, failure: null });
  });

  it('records one claim for a row repeated in the next batch, and defines a source first named there once', async () => {
    // Batches of two: each row at an odd place repeats the row before it, in the next batch.
    const row = (i: number, date = '2024-08-01') => `${release(date)},Germany,gdp-quarterly,${5000 + i},EUR bn,${1800 + i},,`;
    const rows = [row(0), row(1), row(1), row(2, '2024-08-02'), row(2, '2024-08-02'), row(3), row(3), row(4, '2024-08-03'), row(4, '2024-08-03')];
    const sourcesBefore = await ofType('SourceRegistered');
    const { status } = await run([HEADER, ...rows].join('\n'), {});
    expect(status).toMatchObject({ status: 'succeeded', rowsRead: 9, recorded: 5, unchanged: 4, rejected: 0 });
    expect(await ofType('SourceRegistered')).toBe(sourcesBefore + 3);
    const claims = await sql<{ n: number }>`
      select count(*)::int as n from events
      where event_type = 'ClaimRecorded' and data -> 'validTime' ->> 'at' between '1800' and '1804'`.execute(t.db);
    expect(claims.rows[0]!.n).toBe(5);
  });

  it('gives each row one outcome when a batch expected to be new holds claims recorded before, or a row refused', async () => {
    const row = (amount: number, period: string, unit = 'EUR bn') => `${release('2024-08-01')},Germany,gdp-quarterly,${amount},${unit},${period},EUR bn,money`;
    const options = { batchSize: 10, defineMissing: true };
    expect((await run([HEADER, row(100, '1990'), row(200, '1991')].join('\n'), options)).status).toMatchObject({ recorded: 2 });
    const before = await ofType('ClaimRecorded');
    // One batch: a new claim, one as recorded before, two more new ones.
    const mixed = await run([HEADER, row(300, '1992'), row(100, '1990'), row(250, '1991'), row(400, '1993')].join('\n'), options);
    expect(mixed.status).toMatchObject({ status: 'succeeded', rowsRead: 4, recorded: 3, unchanged: 1, rejected: 0 });
    expect(await ofType('ClaimRecorded')).toBe(before + 3);
    // One batch: a new claim, one the domain refuses (money in another currency), another new one.
    const refused = await run([HEADER, row(500, '1994'), row(1, '1995', 'USD bn'), row(600, '1996')].join('\n'), options);
    expect(refused.status).toMatchObject({ status: 'completed_with_errors', rowsRead: 3, recorded: 2, unchanged: 0, rejected: 1 });
    expect(refused.status.errors).toEqual([{ line: 3, field: 'unit', message: expect.stringContaining("unit 'USD bn' does not fit") }]);
    expect(await ofType('ClaimRecorded')).toBe(before + 5);
    // The new claims in the order of their files.
    const { rows } = await sql<{ period: string }>`
      select data -> 'validTime' ->> 'at' as period from events where event_type = 'ClaimRecorded' order by global_position desc limit 5`.execute(t.db);
    expect(rows.map((r) => r.period).reverse()).toEqual(['1992', '1991', '1993', '1994', '1996']);
  });

  it('writes every row in all-or-nothing mode once all pass', async () => {
    const rows = Array.from({ length: 5 }, (_, i) => `${release('2024-06-01')},Germany,gdp-quarterly,${3000 + i},EUR bn,${1950 + i},,`);
    const { status } = await run([HEADER, ...rows].join('\n'), { allOrNothing: true });
    expect(status).toMatchObject({ status: 'succeeded', phase: 'writing', recorded: 5, rejected: 0 });
  });

  it('fails a file that cannot be read on, naming the line, and keeps the batches written before', async () => {
    // Enough rows that the first batches are read and written before the parser reaches the end.
    const rows = Array.from(
      { length: 600 },
      (_, i) => `${release('2024-07-01')},Germany,gdp-quarterly,${4000 + i},EUR bn,${String(1 + i).padStart(4, '0')},EUR bn,money`,
    );
    const { status } = await run([HEADER, ...rows, `"${release('2024-07-01')},Germany,gdp-quarterly,1,EUR bn,1970,,`].join('\n'), { defineMissing: true });
    expect(status).toMatchObject({ status: 'failed', failure: expect.stringContaining('cannot be read past line 602') });
    expect(status.recorded).toBeGreaterThan(0);
    expect(status.rejected).toBe(0);
    expect(status.errors).toEqual([{ line: expect.any(Number), field: '(file)', message: expect.stringContaining('Quote') }]);
  });

  it('sees in a dry run what the lines and rows before it define, as the import itself does', async () => {
    const details = { title: 'Labour force survey', publisher: 'INSEE', publishedAt: '2024-05-15', kind: 'other' as const };
    const row = { source_title: details.title, source_publisher: details.publisher, source_published_at: details.publishedAt };
    const lines = [
      { record: 'entity', id: 'france', name: 'France', aliases: ['Republique francaise'] },
      { record: 'metric', id: 'unemployment-rate', unit: 'percent', kind: 'percent', cumulative: false, tolerance: 0 },
      // A plain row naming both by what the lines before defined, and registering its source.
      { ...row, subject: 'Republique francaise', metric: 'unemployment-rate', amount: 7.5, unit: 'percent', valid_at: '2024-03' },
      // A line changing the source that row registered.
      { record: 'source_update', id: sourceIdFor(details), changes: { title: 'Labour force survey, first quarter' }, version: 2 },
      // The same claim, by the entity's other name and the source's id: nothing new.
      { source_id: sourceIdFor(details), subject: 'France', metric: 'unemployment-rate', amount: 7.5, unit: 'percent', valid_at: '2024-03' },
    ];
    const file = lines.map((l) => JSON.stringify(l)).join('\n');
    const before = await events();
    const dry = await run(file, { dryRun: true }, 'ndjson');
    expect(dry.status).toMatchObject({ recorded: 4, unchanged: 1, rejected: 0, errors: [] });
    expect(await events()).toBe(before);
    const written = await run(file, {}, 'ndjson');
    expect(written.status).toMatchObject({ recorded: 4, unchanged: 1, rejected: 0, errors: [] });
    expect(await events()).toBe(before + 5);
  });

  it('reads again what an export line defines after a row found it missing', async () => {
    const row = { source_title: 'Youth survey', source_publisher: 'INSEE', source_published_at: '2024-06-01', subject: 'France', metric: 'youth-unemployment' };
    const lines = [
      { ...row, amount: 17, unit: 'percent', valid_at: '2024-03' },
      { record: 'metric', id: 'youth-unemployment', unit: 'percent', kind: 'percent', cumulative: false, tolerance: 0 },
      { ...row, amount: 17, unit: 'percent', valid_at: '2024-03' },
    ];
    const { status } = await run(lines.map((l) => JSON.stringify(l)).join('\n'), {}, 'ndjson');
    expect(status).toMatchObject({ recorded: 2, rejected: 1 });
    expect(status.errors).toEqual([{ line: 1, field: 'metric', message: expect.stringContaining('metric youth-unemployment is not defined') }]);
  });

  it('takes NDJSON with the same fields, and a row naming a source by its id', async () => {
    const sourceId = (await t.db.selectFrom('events').select('data').where('event_type', '=', 'SourceRegistered').executeTakeFirstOrThrow()).data as {
      sourceId: string;
    };
    const lines = [
      { source_id: sourceId.sourceId, subject: 'germany', metric: 'gdp-quarterly', amount: 7, qualifier: 'approx', valid_from: '2019-01', valid_to: '2019-03' },
      { source_id: 'no-such-source', subject: 'germany', metric: 'gdp-quarterly', amount: 7, valid_at: '2019' },
    ];
    const { status } = await run(lines.map((l) => JSON.stringify(l)).join('\n'), {}, 'ndjson');
    expect(status).toMatchObject({ recorded: 1, rejected: 1 });
    expect(status.errors).toEqual([{ line: 2, field: 'source_id', message: expect.stringContaining('source no-such-source is not registered') }]);
  });
});

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '#test-support';
import { copyData, copyRows } from './copy-rows.js';

describe('copyRows', () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;

  beforeAll(async () => {
    t = await createTestDatabase({ max: 2 });
    await sql`
      create table copied (id int primary key, label text, doc jsonb, tags text[], at timestamptz, day date, flag boolean, big bigint)`.execute(t.db);
  });
  afterAll(() => t.drop());

  it('writes every value back as it was given, whatever characters COPY treats specially', async () => {
    const rows = [
      {
        id: 1,
        label: 'tab\there, newline\nthere, return\r, backslash \\ and \\N, "quotes", émoji 🙂',
        doc: { quote: 'said "60"\tthen\n"72" \\ 84', nested: { list: [1, 'two', null] } },
        tags: ['plain', 'with space', 'comma,inside', 'quote"inside', 'back\\slash', '{brace}', 'NULL'],
        at: new Date('2015-01-22T10:11:12.345Z'),
        day: '2015-01-22',
        flag: true,
        big: 9_007_199_254_740_991,
      },
      { id: 2, label: null, doc: null, tags: [], at: null, day: null, flag: false, big: null },
      // A JSON array for a jsonb column goes as its JSON text: a bare array means an array column.
      { id: 3, label: '', doc: JSON.stringify(['a\tb', 'c"d']), tags: [null, ''], at: new Date(0), day: '0001-01-01', flag: null, big: 0 },
    ];
    await t.db.transaction().execute((tx) => copyRows(tx, 'copied', rows));
    const { rows: back } = await sql<any>`select id, label, doc, tags, at, day::text, flag, big::text from copied order by id`.execute(t.db);
    expect(back).toEqual([
      { ...rows[0], big: '9007199254740991' },
      { ...rows[1], big: null },
      { ...rows[2], doc: ['a\tb', 'c"d'], big: '0' },
    ]);
  });

  it("writes each row's own time, whether rows share a Date, repeat an earlier time or change a Date they shared", async () => {
    const first = new Date('2026-01-01T00:00:00.001Z');
    const second = new Date('2026-01-01T00:00:00.002Z');
    const reused = new Date(first);
    const times = [first, first, second, new Date(first), reused];
    const text = copyData(times.map((at, i) => ({ id: 100 + i, at }))).text;
    // The Date a row was given is read as it is when the rows are encoded.
    reused.setTime(Date.parse('2027-06-30T12:00:00Z'));
    const again = copyData([
      { id: 105, at: first },
      { id: 106, at: reused },
    ]).text;
    expect(text.split('\n').map((line) => line.split('\t')[1])).toEqual([
      '2026-01-01T00:00:00.001Z',
      '2026-01-01T00:00:00.001Z',
      '2026-01-01T00:00:00.002Z',
      '2026-01-01T00:00:00.001Z',
      '2026-01-01T00:00:00.001Z',
      undefined,
    ]);
    expect(again).toBe('105\t2026-01-01T00:00:00.001Z\n106\t2027-06-30T12:00:00.000Z\n');
    // An invalid Date is refused wherever it comes, as toISOString refuses it.
    expect(() => copyData([{ at: first }, { at: new Date(Number.NaN) }])).toThrow(RangeError);
    await t.db.transaction().execute((tx) =>
      copyRows(
        tx,
        'copied',
        times.map((at, i) => ({ id: 100 + i, at })),
      ),
    );
    const { rows } = await sql<{ at: Date }>`select at from copied where id >= 100 order by id`.execute(t.db);
    expect(rows.map((r) => r.at.toISOString())).toEqual([first, first, second, first, reused].map((at) => at.toISOString()));
  });

  it('writes nothing when one row is refused', async () => {
    const before = await sql<{ n: number }>`select count(*)::int as n from copied`.execute(t.db);
    const rows = [4, 5, 1].map((id) => ({ id, label: `row ${id}`, doc: null, tags: [], at: null, day: null, flag: null, big: null }));
    await expect(t.db.transaction().execute((tx) => copyRows(tx, 'copied', rows))).rejects.toThrow(/duplicate key/);
    const after = await sql<{ n: number }>`select count(*)::int as n from copied`.execute(t.db);
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
    // The connection is usable again once the failed COPY is over.
    expect((await sql<{ one: number }>`select 1 as one`.execute(t.db)).rows[0]!.one).toBe(1);
  });

  it('sends many rows in parts, all of them or, when one is refused, none', async () => {
    const many = (from: number, n: number) =>
      Array.from({ length: n }, (_, i) => ({
        id: from + i,
        label: `row\t${from + i}`,
        doc: { n: from + i },
        tags: ['x'],
        at: null,
        day: null,
        flag: null,
        big: from + i,
      }));
    await t.db.transaction().execute((tx) => copyRows(tx, 'copied', many(1000, 1234)));
    const written = await sql<{ n: number; labels: number }>`
      select count(*)::int as n, count(*) filter (where label = 'row' || chr(9) || id and (doc ->> 'n')::int = id)::int as labels
      from copied where id >= 1000`.execute(t.db);
    expect(written.rows[0]).toEqual({ n: 1234, labels: 1234 });

    // The last row repeats an id: it is refused in the third part, after two went to the server.
    const refused = [...many(4000, 1000), { ...many(1000, 1)[0]! }];
    await expect(t.db.transaction().execute((tx) => copyRows(tx, 'copied', refused))).rejects.toThrow(/duplicate key/);
    const after = await sql<{ n: number }>`select count(*)::int as n from copied where id >= 4000`.execute(t.db);
    expect(after.rows[0]!.n).toBe(0);
  });

  it('gives the error back and leaves the connection usable when the server refuses the COPY early', async () => {
    const big = (n: number, bad: number) =>
      Array.from({ length: n }, (_, i) => ({
        id: 10_000 + i,
        label: 'x'.repeat(500),
        doc: null,
        tags: [],
        at: null,
        day: i === bad ? 'not a day' : '2020-01-01',
        flag: null,
        big: null,
      }));
    // Refused before any row is read, and after the first rows while megabytes are still on the way.
    await expect(t.db.transaction().execute((tx) => copyRows(tx, 'no_such_table', big(2000, -1)))).rejects.toThrow(/does not exist/);
    await expect(t.db.transaction().execute((tx) => copyRows(tx, 'no_such_table', big(10, -1)))).rejects.toThrow(/does not exist/);
    await expect(t.db.transaction().execute((tx) => copyRows(tx, 'copied', big(20_000, 10)))).rejects.toThrow(/date/);
    await expect(t.db.transaction().execute((tx) => copyRows(tx, 'copied', copyData(big(20_000, 10))))).rejects.toThrow(/date/);
    const after = await sql<{ n: number }>`select count(*)::int as n from copied where id >= 10000`.execute(t.db);
    expect(after.rows[0]!.n).toBe(0);
  });
});

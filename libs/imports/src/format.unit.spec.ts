import { describe, expect, it } from 'vitest';
import { CsvRow, NdjsonRow, parseBySchema, parseRow } from './format.js';

// parseRow reads a row that passes field by field, remembering the texts it has checked; this
// holds it to the whole schema's answer, for rows right and wrong, read once and read again.

/** Cells as a CSV gives them: right ones, and wrong ones for each rule. */
const CELLS: Record<string, readonly string[]> = {
  source_id: ['', 's1', ' s1', 'release:2024-01', 'bad id!'],
  source_title: ['', 'GDP release', '  GDP release  ', '   ', 'x'.repeat(501)],
  source_publisher: ['', 'Statistics Office', ' Statistics Office'],
  source_published_at: ['', '2024-02-27', '2024', '2024-02-30', '24-02-27', ' 2024-02-27'],
  source_url: ['', 'https://example.org/a', 'ftp://example.org/a', 'not a url'],
  source_kind: ['', 'statistical_release', 'rumour'],
  source_language: ['', 'en', 'pt-BR', 'English'],
  subject: ['germany', ' germany ', '', 'x'.repeat(301)],
  metric: ['gdp', 'GDP', ' gdp', 'gdp-growth'],
  amount: ['', '4121.5', '+1.5', '.5', '5.', '1,000', '9007199254740993', 'abc'],
  lower: ['', '1', '1e-400'],
  upper: ['', '2', 'x'],
  qualifier: ['', 'exact', 'approx', 'about'],
  unit: ['', 'EUR bn', ' EUR bn '],
  valid_at: ['', '2023', '2023-Q4', '2023-02-29', '0000'],
  valid_from: ['', '2023-01', '2023-13'],
  valid_to: ['', '2023-12'],
  quote: ['', 'the words', ' '],
  quote_start: ['', '0', '-1', '1.5'],
  quote_end: ['', '9', '0'],
  attribution: ['', 'the minister', '   '],
  metric_unit: ['', 'EUR bn'],
  metric_kind: ['', 'stock', 'other', 'kind of'],
  metric_cumulative: ['', 'true', 'false', 'maybe'],
};

/** A small seeded generator, so that a failure can be run again. */
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

/** A right row, by its source's id or by its details, its valid time an instant or a period. */
function usual(bySource: boolean, instant: boolean): Record<string, string> {
  const row = Object.fromEntries(Object.keys(CELLS).map((field) => [field, '']));
  if (bySource) row.source_id = 's1';
  else Object.assign(row, { source_title: 'GDP release', source_publisher: 'Statistics Office', source_published_at: '2024-02-27' });
  if (instant) row.valid_at = '2023';
  else Object.assign(row, { valid_from: '2023-01', valid_to: '2023-12' });
  return { ...row, subject: 'germany', metric: 'gdp', amount: '4121.5' };
}

/** Rows mostly right: now and then a cell is any of its choices, right or wrong. */
function rows(count: number, seed: number): Record<string, string>[] {
  const next = random(seed);
  const pick = (values: readonly string[]) => values[Math.floor(next() * values.length)]!;
  return Array.from({ length: count }, () => {
    const row = usual(next() < 0.5, next() < 0.5);
    for (const [field, values] of Object.entries(CELLS)) if (next() < 0.05) row[field] = pick(values);
    return row;
  });
}

/** The same row as an NDJSON line gives it: numbers and true/false as such, empty cells left out. */
function asNdjson(row: Record<string, string>): Record<string, unknown> {
  const typed: Record<string, unknown> = {};
  for (const [field, cell] of Object.entries(row)) {
    if (cell === '') continue;
    if (['amount', 'lower', 'upper', 'quote_start', 'quote_end'].includes(field)) typed[field] = Number.isNaN(Number(cell)) ? cell : Number(cell);
    else if (field === 'metric_cumulative') typed[field] = cell === 'true' ? true : cell === 'false' ? false : cell;
    else typed[field] = cell;
  }
  return typed;
}

describe('reading a row', () => {
  const sample = rows(3000, 7);

  it('answers as the whole schema does for CSV rows, right and wrong, the first time and again', () => {
    let read = 0;
    for (const pass of [1, 2]) {
      sample.forEach((row, i) => {
        const answer = parseRow(CsvRow, row, i + 2);
        expect(answer, `pass ${pass}, row ${JSON.stringify(row)}`).toEqual(parseBySchema(CsvRow, row, i + 2));
        if ('row' in answer) read++;
      });
    }
    // The sample holds both kinds in numbers: the comparison is not all errors or all rows.
    expect(read).toBeGreaterThan(600);
    expect(read).toBeLessThan(5400);
  });

  it('answers as the whole schema does for NDJSON lines, a field it does not know included', () => {
    const lines = sample.map(asNdjson);
    lines[0] = { ...lines[0], value: 1 };
    lines[1] = { ...lines[1], amount: null };
    for (const pass of [1, 2]) {
      lines.forEach((line, i) =>
        expect(parseRow(NdjsonRow, line, i + 1), `pass ${pass}, line ${JSON.stringify(line)}`).toEqual(parseBySchema(NdjsonRow, line, i + 1)),
      );
    }
  });
});

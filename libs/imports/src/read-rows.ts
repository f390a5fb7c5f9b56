import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { Parser } from 'csv-parse';
import { checkJsonText } from '#recording';
import { CsvRow, IMPORT_FIELDS, type ImportRow, NdjsonRow, parseRow, type RowError } from './format.js';
import { parseRecord, type RecordLine } from './records.js';

export const IMPORT_FORMATS = ['csv', 'ndjson'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * A row read from the input: a claim row, a line of an export (NDJSON only), or why it cannot be
 * either. Line numbers count from 1.
 */
export type ReadRow =
  | { readonly line: number; readonly row: ImportRow }
  | { readonly line: number; readonly record: Exclude<RecordLine, { record: 'header' }> }
  | { readonly line: number; readonly errors: readonly RowError[] };

/** The file as a whole cannot be read (a header without the import's fields, a CSV quote left open). */
export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';
  constructor(readonly error: RowError) {
    super(`line ${error.line}, ${error.field}: ${error.message}`);
  }
}

/** The rows of an input, one at a time as they arrive: the file is never held whole. */
export function readRows(input: Readable, format: ImportFormat): AsyncGenerator<ReadRow> {
  return format === 'csv' ? readCsv(input) : readNdjson(input);
}

async function* readNdjson(input: Readable): AsyncGenerator<ReadRow> {
  let line = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line++;
    if (!text.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield { line, errors: [{ line, field: '(line)', message: `not JSON: ${(error as Error).message}` }] };
      continue;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      yield { line, errors: [{ line, field: '(line)', message: 'a line holds one JSON object' }] };
      continue;
    }
    // Held to the rules of the API's JSON bodies: a number JSON.parse would round is refused.
    const unkept = checkJsonText(text);
    if (unkept.length > 0) {
      yield { line, errors: unkept.map((e) => ({ line, field: e.field, message: e.message })) };
      continue;
    }
    if ('record' in value) {
      // A line of an export names what it is; its header says what the file is and is read past.
      const parsed = parseRecord(value, line);
      if ('errors' in parsed) yield { line, errors: parsed.errors };
      else if (parsed.record.record !== 'header') yield { line, record: parsed.record };
      continue;
    }
    yield { line, ...parseRow(NdjsonRow, value, line) };
  }
}

async function* readCsv(input: Readable): AsyncGenerator<ReadRow> {
  // Records as arrays, so that a row with too few or too many cells is that row's error only.
  const parser = input.pipe(new NumberedParser({ bom: true, skip_empty_lines: true, relax_column_count: true }));
  let header: string[] | undefined;
  try {
    for await (const { record, line } of parser as AsyncIterable<NumberedRecord>) {
      if (!header) {
        header = checkHeader(record, line);
        continue;
      }
      if (record.length !== header.length) {
        yield { line, errors: [{ line, field: '(row)', message: `${record.length} cells where the header has ${header.length}` }] };
        continue;
      }
      const cells: Record<string, string> = {};
      header.forEach((name, i) => (cells[name] = record[i]!));
      yield { line, ...parseRow(CsvRow, cells, line) };
    }
  } catch (error) {
    const { code, lines } = error as { code?: string; lines?: number };
    if (typeof code === 'string' && code.startsWith('CSV_')) {
      throw new ImportFileError({ line: lines ?? 0, field: '(file)', message: (error as Error).message });
    }
    throw error;
  }
  if (!header) throw new ImportFileError({ line: 1, field: '(header)', message: 'the file is empty: a CSV import starts with a header row' });
}

interface NumberedRecord {
  readonly record: string[];
  /** The line the record ends on, as csv-parse's `info.lines` counts. */
  readonly line: number;
}

/**
 * csv-parse's stream, each record with the line it ends on. Its `info` option gives the same
 * number, but in an object of some twenty fields built for every record by two spreads: a third
 * of csv-parse's time in a profile of the import benchmark, and 8% of reading its file. The
 * parser's running count is read instead, as each record leaves it.
 */
class NumberedParser extends Parser {
  override push(record: unknown, encoding?: BufferEncoding): boolean {
    return super.push(record === null ? null : ({ record: record as string[], line: this.info.lines } satisfies NumberedRecord), encoding);
  }
}

function checkHeader(record: string[], line: number): string[] {
  const names = record.map((name) => name.trim());
  const unknown = names.filter((name) => !(IMPORT_FIELDS as readonly string[]).includes(name));
  if (unknown.length) {
    throw new ImportFileError({ line, field: '(header)', message: `unknown column(s) ${unknown.join(', ')}: the columns are ${IMPORT_FIELDS.join(', ')}` });
  }
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated) throw new ImportFileError({ line, field: '(header)', message: `column ${repeated} appears twice` });
  return names;
}

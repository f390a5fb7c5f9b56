import { type Kysely, sql } from 'kysely';

/**
 * Writes rows into a table with COPY, the cheapest way into PostgreSQL: the server parses its
 * plain text format far faster than it takes rows apart from JSON or binds a parameter per
 * column. The columns are the keys of the first row, and every row must have the same keys.
 * Objects become jsonb, arrays become array columns (a JSON array for a jsonb column is given as
 * its JSON text), Dates timestamps; null and undefined are NULL.
 * Runs on the connection of `db`, so inside a transaction it is part of it.
 */
export async function copyRows(db: Kysely<any>, table: string, rows: readonly Record<string, unknown>[] | CopyData): Promise<void> {
  let columns: readonly string[];
  let data: string | AsyncIterable<string>;
  if ('text' in rows) ({ columns, text: data } = rows);
  else {
    if (rows.length === 0) return;
    columns = Object.keys(rows[0]!);
    data = rows.length <= CHUNK ? encode(rows, columns) : chunks(rows, columns);
  }
  if (columns.length === 0) return;
  await sql`copy ${sql.table(table)} (${sql.join(columns.map((c) => sql.id(c)))}) from stdin ${data}`.execute(db);
}

/** Rows in COPY's text format, made ahead of the COPY that sends them. */
export interface CopyData {
  readonly columns: readonly string[];
  readonly text: string;
}

export function copyData(rows: readonly Record<string, unknown>[]): CopyData {
  if (rows.length === 0) return { columns: [], text: '' };
  const columns = Object.keys(rows[0]!);
  return { columns, text: encode(rows, columns) };
}

/** Rows past this many are encoded and sent in parts: the server writes the first while the next are made. */
const CHUNK = 500;

async function* chunks(rows: readonly Record<string, unknown>[], columns: readonly string[]) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    if (i > 0) await new Promise(setImmediate);
    yield encode(rows.slice(i, i + CHUNK), columns);
  }
}

function encode(rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
  const lines = new Array<string>(rows.length + 1);
  const fields = new Array<string>(columns.length);
  // A batch's rows mostly share their timestamps (their transaction's time): the last one's text is kept.
  const dates: DateText = { time: Number.NaN, text: '' };
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    for (let i = 0; i < columns.length; i++) fields[i] = copyField(row[columns[i]!], dates);
    lines[r] = fields.join('\t');
  }
  lines[rows.length] = '';
  return lines.join('\n');
}

/** The last timestamp written, by its time (not its Date, which its owner may change), and its text. */
interface DateText {
  time: number;
  text: string;
}

/** One field in COPY's text format. */
function copyField(value: unknown, dates: DateText): string {
  if (typeof value === 'string') return escaped(value);
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) {
    const time = value.getTime();
    if (time !== dates.time) {
      // An invalid Date's NaN never matches: toISOString refuses it, every time.
      dates.text = value.toISOString();
      dates.time = time;
    }
    return dates.text;
  }
  if (Array.isArray(value)) return escaped(arrayLiteral(value));
  // JSON text holds no raw tab, newline or carriage return: only its backslashes need doubling.
  const json = JSON.stringify(value);
  return json.includes('\\') ? json.replaceAll('\\', '\\\\') : json;
}

const SPECIAL = /[\\\t\n\r]/;
const SPECIALS = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** Backslash, tab, newline and carriage return are COPY's own characters. */
function escaped(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIALS, (c) => ESCAPES[c]!) : text;
}

/** A one-dimensional array of text, numbers or nulls, as PostgreSQL writes one. */
function arrayLiteral(values: readonly unknown[]): string {
  const items = values.map((v) => (v === null || v === undefined ? 'NULL' : `"${String(v as string | number | boolean).replace(/["\\]/g, (c) => `\\${c}`)}"`));
  return `{${items.join(',')}}`;
}

import { sql } from 'kysely';

/** One page of a list and where the next starts (undefined: this was the last). */
export interface Page<Item, Cursor> {
  readonly items: readonly Item[];
  readonly next: Cursor | undefined;
}

/** Reads one row more than the page holds: its presence says there is a next page. */
export function pageOf<Row, Item, Cursor>(rows: readonly Row[], limit: number, item: (row: Row) => Item, cursor: (row: Row) => Cursor): Page<Item, Cursor> {
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  return { items: rows.slice(0, limit).map(item), next: last === undefined ? undefined : cursor(last) };
}

/** Text for a LIKE pattern that matches it literally: `member_count` has no wildcard. */
export const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** `lower(expression) like 'prefix%'`, the prefix taken literally and without regard to case. */
export const startsWith = (expression: ReturnType<typeof sql>, prefix: string) =>
  sql<boolean>`lower(${expression}) like ${`${likeLiteral(prefix.toLowerCase())}%`}`;

import { type RawBuilder, sql } from 'kysely';

/**
 * The rows as one JSON parameter, turned back into rows of the table's own type by PostgreSQL:
 * `insert into t select * from rowsOf('t', rows)`. A VALUES list with a parameter per column
 * costs more to send, parse and plan than the rows cost to write; this costs one parameter
 * whatever the batch. Objects become jsonb columns, arrays become array columns, and dates
 * travel as ISO strings. Every column must be given: a missing key becomes NULL, not the
 * column's default. The parameter is `json`, not `jsonb`: it is read once, so building jsonb's
 * binary form of the whole batch first would only add work.
 */
export function rowsOf(table: string, rows: readonly object[]): RawBuilder<unknown> {
  return sql`json_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(rows)}::json)`;
}

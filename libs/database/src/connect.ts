import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

const INT8 = 20;
const INT8_ARRAY = 1016;

export interface ConnectOptions {
  readonly max?: number;
  readonly applicationName?: string;
}

/**
 * A Kysely instance over a pg pool of its own. int8 columns arrive as numbers (positions and
 * versions stay far below 2^53); numeric stays text, so amounts are never rounded on the way.
 * Sessions that sit idle inside a transaction are cut off: an open write transaction holds
 * every log reader back (see readAll).
 */
export function connect(connectionString: string, options: ConnectOptions = {}): Kysely<Database> {
  const parseInt8 = (value: string) => Number(value);
  const arrayParser = pg.types.getTypeParser(INT8_ARRAY as Parameters<typeof pg.types.getTypeParser>[0]);
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    application_name: options.applicationName ?? 'factlog',
    idle_in_transaction_session_timeout: 60_000,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === INT8) return parseInt8;
        if (oid === INT8_ARRAY) return (value: string) => (arrayParser(value) as string[]).map(parseInt8);
        return pg.types.getTypeParser(oid, format);
      }) as typeof pg.types.getTypeParser,
    },
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

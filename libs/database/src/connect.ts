import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { PREPARED } from '#event-store';

const INT8 = 20;
const INT8_ARRAY = 1016;
const DATE = 1082;

export interface ConnectOptions {
  readonly max?: number;
  readonly applicationName?: string;
  /** A new connection that the server has not accepted within this fails (default 5 s). */
  readonly connectTimeoutMs?: number;
  /**
   * How long a query may wait for a connection, free or new, before it fails (default: as long
   * as it takes). A service that should answer fast sets it; a batch job that shares a small
   * pool with long transactions does not.
   */
  readonly acquireTimeoutMs?: number;
  /**
   * Every transaction of the pool is read-only (default_transaction_read_only): the read pools
   * of replicas, where a write would be refused anyway, and refused here too should a URL name
   * a primary by mistake.
   */
  readonly readOnly?: boolean;
  /** Told of every error of a connection outside a query: the server ended it, the socket broke. */
  readonly onError?: (error: Error) => void;
}

/**
 * A Kysely instance over a pg pool of its own, typed with the tables the caller names (the
 * application assembles its Database where it is wired: apps/api/src/schema.ts). int8 columns arrive as numbers (positions and
 * versions stay far below 2^53); numeric stays text, so amounts are never rounded on the way;
 * dates stay text.
 * Sessions that sit idle inside a transaction are cut off: an open write transaction holds
 * every log reader back (see the event store's readAll). Statements tagged PREPARED are
 * prepared once per connection. A statement `copy ... from stdin $1` sends its one parameter,
 * rows in COPY's text format (a string, or an async iterable of strings sent as they come), as
 * the data of the COPY: bulk writes go through Kysely and its transactions like any other
 * statement.
 * A lost server never takes the process down: every connection has an error listener for its
 * whole life, and while the server is away a query fails (with an error that
 * isDatabaseUnavailable recognises) within the connect timeout instead of waiting for it.
 */
export function connect<Database>(connectionString: string, options: ConnectOptions = {}): Kysely<Database> {
  const parseInt8 = (value: string) => Number(value);
  const arrayParser = pg.types.getTypeParser(INT8_ARRAY as Parameters<typeof pg.types.getTypeParser>[0]) as (value: string) => unknown;
  const connectTimeoutMs = options.connectTimeoutMs ?? 5000;
  // The pool's own connectionTimeoutMillis would also bound the wait for a free connection;
  // given to each connection instead, it bounds only the server's answer to a new one.
  class TimedClient extends pg.Client {
    constructor(config: pg.ClientConfig) {
      super({ ...config, connectionTimeoutMillis: connectTimeoutMs });
    }
  }
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    Client: TimedClient as unknown as new () => pg.ClientBase,
    ...(options.acquireTimeoutMs ? { connectionTimeoutMillis: options.acquireTimeoutMs } : {}),
    application_name: options.applicationName ?? 'factlog',
    idle_in_transaction_session_timeout: 60_000,
    ...(options.readOnly ? { options: '-c default_transaction_read_only=on' } : {}),
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === INT8) return parseInt8;
        if (oid === INT8_ARRAY) return (value: string) => (arrayParser(value) as string[]).map(parseInt8);
        // A calendar date stays 'YYYY-MM-DD': as a Date it would shift with the time zone.
        if (oid === DATE) return (value: string) => value;
        return pg.types.getTypeParser(oid, format) as (value: string) => unknown;
      }) as typeof pg.types.getTypeParser,
    },
  });
  const onError = options.onError ?? (() => {});
  // The pool listens for errors only on its idle clients (and then replaces them). A client
  // lent out, between two statements of a transaction or with a query running, emits its
  // 'error' (57P01 when the server is shut down or the backend terminated, a socket error)
  // to listeners of its own: without one, that error would end the process. The query in
  // flight fails by itself, and the pool drops the client when it comes back unusable.
  pool.on('connect', (client) => client.on('error', onError));
  // An idle client's error reaches the pool too (which must listen); the client's own listener reports it.
  pool.on('error', () => {});
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: preparing(pool) }) });
}

function preparing(pool: pg.Pool): PostgresPool {
  const names = new Map<string, string>();
  const nameOf = (text: string) => {
    let name = names.get(text);
    if (!name) names.set(text, (name = `factlog_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`));
    return name;
  };
  return {
    end: () => pool.end(),
    connect: async () => {
      const client = await pool.connect();
      return {
        query: ((text: unknown, values: unknown[]) => {
          if (typeof text !== 'string') return client.query(text as string, values);
          if (text.startsWith(PREPARED)) return client.query({ name: nameOf(text), text, values });
          const copy = COPY_FROM_STDIN.exec(text);
          if (copy) return copyIn(client, copy[1]!, values[0] as string | AsyncIterable<string>);
          return client.query(text, values);
        }) as unknown as PostgresPoolClient['query'],
        release: () => client.release(),
      };
    },
  };
}

/** `copy <target> from stdin $1`: the data comes in the parameter, not in the statement. */
const COPY_FROM_STDIN = /^(copy\s[\s\S]*\sfrom\s+stdin)\s+\$1\s*$/i;

/** Runs a COPY FROM STDIN with `data` as its input; answers as pg answers a query. */
async function copyIn(client: pg.PoolClient, statement: string, data: string | AsyncIterable<string>) {
  const stream = client.query(copyFrom(statement));
  // Through a pipeline even for one string: an error from the server then destroys the stream,
  // which drops what it still holds instead of writing it to a connection the COPY has left.
  await pipeline(Readable.from(typeof data === 'string' ? [data] : data), stream);
  return { command: 'COPY', rowCount: stream.rowCount, rows: [] };
}

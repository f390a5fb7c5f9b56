import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ensureDatabase, startEmbeddedPostgres } from '#database/embedded';
import { newApiKey } from '#access';
import { type Config, EMBEDDED_DATABASE } from '#config';

export interface DatabaseServer {
  readonly url: string;
  readonly embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL if given; else an embedded PostgreSQL whose data stays in FACTLOG_DATA_DIR. */
export async function openDatabaseServer(config: Config): Promise<DatabaseServer> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, embedded: false, stop: async () => {} };
  const server = await startEmbeddedPostgres({
    dataDir: path.resolve(config.FACTLOG_DATA_DIR, 'pgdata'),
    port: config.FACTLOG_EMBEDDED_PORT,
  });
  const url = await ensureDatabase(server.url, EMBEDDED_DATABASE);
  return { url, embedded: true, stop: () => server.stop() };
}

/**
 * The admin key of the embedded setup: made on the first start and kept beside the data, so a
 * new user can sign in without configuring anything.
 */
export async function embeddedAdminKey(config: Config, options: { replace?: boolean } = {}): Promise<string> {
  const file = path.resolve(config.FACTLOG_DATA_DIR, 'admin-key');
  try {
    if (options.replace) throw new Error('a new key replaces the file');
    return (await readFile(file, 'utf8')).trim();
  } catch {
    const key = newApiKey();
    await writeFile(file, `${key}\n`, { mode: 0o600 });
    return key;
  }
}

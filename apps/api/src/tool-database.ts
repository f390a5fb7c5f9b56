import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, toolDatabaseUrl } from '#config';
import { connect, isDatabaseUnavailable } from '#database';
import { openDatabaseServer } from './database.js';

// What the command-line tools (npm run import, npm run export) share: the database they work on,
// and the key they send when they work through a running factlog instead.

/**
 * DATABASE_URL; else the embedded database of `npm start`, which is used as it runs, or started
 * here (and stopped by `stop`) when it does not.
 */
export async function openToolDatabase(): Promise<{ readonly url: string; readonly stop: () => Promise<void> }> {
  const config = loadConfig();
  const url = toolDatabaseUrl();
  if (config.DATABASE_URL || (await reachable(url))) return { url, stop: async () => {} };
  const server = await openDatabaseServer(config);
  return { url: server.url, stop: () => server.stop() };
}

async function reachable(url: string): Promise<boolean> {
  const probe = connect(url, { max: 1, connectTimeoutMs: 2000 });
  try {
    await probe.selectNoFrom((eb) => eb.val(1).as('one')).execute();
    return true;
  } catch (error) {
    if (isDatabaseUnavailable(error) || (error as { code?: string }).code === '3D000') return false;
    throw error;
  } finally {
    await probe.destroy();
  }
}

/** The key given, else FACTLOG_API_KEY, else the embedded setup's admin key. */
export function toolApiKey(given: string | undefined): string | undefined {
  if (given) return given;
  if (process.env['FACTLOG_API_KEY']) return process.env['FACTLOG_API_KEY'];
  const keyFile = path.resolve(process.env['FACTLOG_DATA_DIR'] ?? '.factlog', 'admin-key');
  return existsSync(keyFile) ? readFileSync(keyFile, 'utf8').trim() : undefined;
}

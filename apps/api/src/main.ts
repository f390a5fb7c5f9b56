import { connect, migrateToLatest } from '#database';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { embeddedAdminKey, openDatabaseServer } from './database.js';

async function main() {
  const config = loadConfig();
  const database = await openDatabaseServer(config);

  const migrator = connect(database.url, { max: 1 });
  try {
    const applied = await migrateToLatest(migrator);
    if (applied.length > 0) console.log(`applied migrations: ${applied.join(', ')}`);
  } finally {
    await migrator.destroy();
  }

  const adminKey = config.FACTLOG_ADMIN_KEY ?? (database.embedded ? await embeddedAdminKey(config) : undefined);
  const app = await createApp({
    databaseUrl: database.url,
    adminKey,
    logLevel: config.LOG_LEVEL,
    runProjector: config.FACTLOG_PROJECTOR === 'inline',
    staleAfterDays: config.FACTLOG_STALE_AFTER_DAYS,
  });
  await app.listen(config.PORT, config.HOST);

  const url = await app.getUrl();
  console.log(`factlog is listening on ${url}  (API docs: ${url}/docs)`);
  console.log(`PostgreSQL (${database.embedded ? 'embedded' : 'DATABASE_URL'}): ${redact(database.url)}`);
  if (config.FACTLOG_ADMIN_KEY) console.log('admin key: the value of FACTLOG_ADMIN_KEY');
  else if (adminKey) console.log(`admin key: ${adminKey}  (kept in ${config.FACTLOG_DATA_DIR}/admin-key)`);
  else console.log('no admin key: set FACTLOG_ADMIN_KEY to create the first API keys');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping`);
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

/** Hides the password of a server we did not start ourselves. */
function redact(url: string): string {
  const u = new URL(url);
  if (u.password && u.password !== 'postgres') u.password = '***';
  return u.toString();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

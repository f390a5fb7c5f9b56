import { loadProjectorConfig, webhookSettingsOf } from '#config';
import { connect, migrateToLatest } from '#database';
import { EventStore } from '#event-store';
import { projectionRunners, PROJECTIONS, reportTo } from '#projections';
import { DEFAULT_DELIVERY, DeliveryRunner } from '#webhooks';

// The projector on its own, for production: run one or several of these beside the API
// (FACTLOG_PROJECTOR=off there). Only one process applies each projection (each slice of one,
// FACTLOG_PROJECTION_SLICES) at a time; the others stand by and take over within seconds if it dies.
async function main() {
  const config = loadProjectorConfig();
  const db = connect(config.DATABASE_URL, { applicationName: 'factlog-projector' });
  await migrateToLatest(db);
  const store = new EventStore(db);
  const runners = projectionRunners(db, store, PROJECTIONS, config.FACTLOG_PROJECTION_SLICES, (_, consumer) => ({
    connectionString: config.DATABASE_URL,
    standbyRetryMs: config.FACTLOG_STANDBY_RETRY_MS,
    ...reportTo({ error: (m) => log('error', m), warn: (m) => log('warn', m), log: (m) => log('info', m) }, consumer),
  }));
  // Webhooks are delivered where the projections are applied, by one process at a time.
  const webhooks = new DeliveryRunner(db, {
    connectionString: config.DATABASE_URL,
    settings: { ...DEFAULT_DELIVERY, ...webhookSettingsOf(config) },
    upcast: store.upcast,
    standbyRetryMs: config.FACTLOG_STANDBY_RETRY_MS,
    onError: (error) => log('error', `webhook delivery: ${error instanceof Error ? error.message : String(error)}`),
  });
  for (const runner of runners) runner.start();
  webhooks.start();
  log('info', `projector started: ${runners.map((r) => r.consumer).join(', ')}, webhook delivery`);

  const stop = async (signal: string) => {
    log('info', `${signal}: stopping`);
    await Promise.all([...runners.map((r) => r.stop()), webhooks.stop()]);
    await store.close();
    await db.destroy();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

function log(level: 'info' | 'warn' | 'error', msg: string) {
  console.log(JSON.stringify({ level, time: new Date().toISOString(), msg }));
}

main().catch((error: unknown) => {
  log('error', error instanceof Error ? error.message : String(error));
  process.exit(1);
});

import { z } from 'zod';
import { connect, migrateToLatest } from '#database';
import { EventStore } from '#event-store';
import { editorialProjection, factViewsProjection, ProjectionRunner } from '#projections';

// The projector on its own, for production: run one or several of these beside the API
// (FACTLOG_PROJECTOR=off there). Only one process applies each projection at a time; the others
// stand by and take over within seconds if it dies.
const Config = z.object({
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),
  FACTLOG_STANDBY_RETRY_MS: z.coerce.number().int().min(100).default(2000),
});

async function main() {
  const parsed = Config.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`invalid configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  const config = parsed.data;
  const db = connect(config.DATABASE_URL, { applicationName: 'factlog-projector' });
  await migrateToLatest(db);
  const store = new EventStore(db);
  const projections = [factViewsProjection, editorialProjection];
  const runners = projections.map(
    (projection) =>
      new ProjectionRunner(db, store, projection, {
        connectionString: config.DATABASE_URL,
        standbyRetryMs: config.FACTLOG_STANDBY_RETRY_MS,
        onError: (error) => log('error', `projection ${projection.name}: ${error instanceof Error ? error.message : String(error)}`),
        onParked: (events) => {
          for (const { event, error } of events) log('warn', `projection ${projection.name}: parked ${event.type} at position ${event.globalPosition} (stream ${event.streamId}): ${error}`);
        },
        onRetried: (events) => log('info', `projection ${projection.name}: a retry applied ${events.length} parked event(s)`),
      }),
  );
  for (const runner of runners) runner.start();
  log('info', `projector started: ${projections.map((p) => p.name).join(', ')}`);

  const stop = async (signal: string) => {
    log('info', `${signal}: stopping`);
    await Promise.all(runners.map((r) => r.stop()));
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

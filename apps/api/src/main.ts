import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { connect, migrateToLatest } from '#database';
import { AppModule } from './app.module.js';
import { loadConfig } from './config.js';
import { openDatabaseServer } from './database.js';

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

  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forDatabase(database.url), new FastifyAdapter());
  await app.listen(config.PORT, config.HOST);

  console.log(`factlog is listening on ${await app.getUrl()}`);
  console.log(`PostgreSQL (${database.embedded ? 'embedded' : 'DATABASE_URL'}): ${redact(database.url)}`);
  if (database.embedded) console.log(`  psql "${database.url}"`);

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

import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { connect, migrateToLatest } from '#database';
import { admin, withDatabase } from './admin.js';
import { startTestServer } from './postgres-server.js';
import type { TestPostgres } from './test-database.js';

/**
 * Once per run: start (or reach) PostgreSQL, migrate a template database, and hand its name to
 * the test files, which each copy it into a fresh database of their own.
 */
export default async function setup(project: TestProject) {
  const started = Date.now();
  const server = await startTestServer();
  const prefix = `factlog_test_${process.pid}`;
  const template = `${prefix}_template`;
  await admin(server.url, `create database ${pg.escapeIdentifier(template)}`);
  const db = connect(withDatabase(server.url, template), { max: 1 });
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
  console.log(`PostgreSQL for tests: ${server.kind}, ready in ${Date.now() - started} ms`);
  project.provide('postgres', { serverUrl: server.url, template, prefix } satisfies TestPostgres);

  return async () => {
    // Only matters on a shared server; an embedded or container server goes away whole.
    if (server.kind === 'TEST_DATABASE_URL') {
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      const { rows } = await client.query<{ datname: string }>(`select datname from pg_database where datname like $1`, [`${prefix}\\_%`]);
      for (const { datname } of rows) await client.query(`drop database ${pg.escapeIdentifier(datname)} with (force)`);
      await client.end();
    }
    await server.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: TestPostgres;
  }
}

import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { inject } from 'vitest';
import { connect } from '#database';
import { admin, withDatabase } from './admin.js';
import type { Database } from '../../apps/api/src/schema.js';

export interface TestPostgres {
  readonly serverUrl: string;
  readonly template: string;
  readonly prefix: string;
}

export interface TestDatabase {
  readonly url: string;
  readonly db: Kysely<Database>;
  /** Closes the pool and drops the database. */
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database of the test file's own, copied from the run's template: files run
 * in parallel without seeing each other's rows. `unmigrated` gives an empty one instead, for the
 * tests of the migrations themselves.
 */
export async function createTestDatabase(options: { max?: number; unmigrated?: boolean } = {}): Promise<TestDatabase> {
  const { serverUrl, template, prefix } = inject('postgres');
  const name = `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const from = options.unmigrated ? '' : ` template ${pg.escapeIdentifier(template)}`;
  await admin(serverUrl, `create database ${pg.escapeIdentifier(name)}${from}`);
  const url = withDatabase(serverUrl, name);
  const db = connect<Database>(url, { max: options.max ?? 10 });
  return {
    url,
    db,
    drop: async () => {
      await db.destroy();
      await admin(serverUrl, `drop database ${pg.escapeIdentifier(name)} with (force)`);
    },
  };
}

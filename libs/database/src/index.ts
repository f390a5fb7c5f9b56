export { connect, type ConnectOptions } from './connect.js';
export { ensureDatabase, startEmbeddedPostgres, type EmbeddedOptions, type EmbeddedServer } from './embedded.js';
export { migrateToLatest } from './migrate.js';
export type { Database } from './schema.js';
export { isDatabaseUnavailable } from './unavailable.js';

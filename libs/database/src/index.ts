export { connect, type ConnectOptions } from './connect.js';
export { ensureDatabase, startEmbeddedPostgres, type EmbeddedOptions, type EmbeddedServer } from './embedded.js';
export { migrateToLatest } from './migrate.js';
export type { Database } from './schema.js';
// Where the server going away is recognised: the event store's subscriptions need it too.
export { isDatabaseUnavailable } from '#event-store';

export { connect, type ConnectOptions } from './connect.js';
export { migrateToLatest } from './migrate.js';
export { DATABASE } from './token.js';
// Where the server going away is recognised: the event store's subscriptions need it too.
export { isDatabaseUnavailable } from '#event-store';

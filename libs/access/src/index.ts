export * from './api-keys.js';
export * from './roles.js';
export type { AccessTables, ApiKeysTable } from './tables.js';

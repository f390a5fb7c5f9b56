import type { Kysely } from 'kysely';
import type { AccessTables } from '#access';
import type { EventStoreTables } from '#event-store';
import type { EditorialTables, ReadModelTables, SearchTables } from '#projections';
import type { RecordingTables } from '#recording';
import type { ImportTables } from '#imports';
import type { WebhookTables } from '#webhooks';
import type { SigningKeysTable } from './feed/signing-keys-table.js';
import type { IdempotencyKeysTable } from './http/idempotency-keys.js';

/** Every table the application reads or writes; each feature declares its own rows. */
export interface Database extends EventStoreTables, AccessTables, RecordingTables, ReadModelTables, EditorialTables, SearchTables, ImportTables, WebhookTables {
  idempotency_keys: IdempotencyKeysTable;
  signing_keys: SigningKeysTable;
}

/** The application's Kysely, as the DATABASE token provides it. */
export type AppDb = Kysely<Database>;

import type { Kysely } from 'kysely';
import type { EventStoreTables } from '#event-store';
import type { ReadModelTables } from '#projections';
import type { RecordingTables } from './tables.js';

/** The tables this library touches; the application's Kysely<Database> fits. */
export type RecordingDb = Kysely<EventStoreTables & RecordingTables & ReadModelTables>;

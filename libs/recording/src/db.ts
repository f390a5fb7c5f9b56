import type { Kysely } from 'kysely';
import type { EventStoreTables } from '#event-store';
import type { RecordingTables } from './tables.js';

/** The tables this library touches; the application's Kysely<Database> fits. */
export type RecordingDb = Kysely<EventStoreTables & RecordingTables>;

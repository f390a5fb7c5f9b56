import type { EventStoreTables } from '#event-store';
import type { EditorialTables, ReadModelTables } from '#projections';
import type { RecordingTables } from '#recording';

/** Every table the application reads or writes; each feature declares its own rows. */
export interface Database extends EventStoreTables, RecordingTables, ReadModelTables, EditorialTables {}

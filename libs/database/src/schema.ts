import type { EventStoreTables } from '#event-store';

/** Every table the application reads or writes; each feature declares its own rows. */
export interface Database extends EventStoreTables {}

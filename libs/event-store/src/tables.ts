import type { ColumnType, Generated } from 'kysely';

// Row types of the event store's tables, for the application's single Database interface.
// Positions are bigint in SQL and numbers here: the connection parses int8 (see #database),
// and 2^53 events is beyond any log this store will hold.

export interface StreamsTable {
  stream_id: string;
  stream_type: string;
  version: number;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface EventsTable {
  global_position: Generated<number>;
  /** xid8, as text: compare it in SQL, never as a JavaScript number. */
  transaction_id: Generated<string>;
  stream_id: string;
  stream_version: number;
  event_id: string;
  event_type: string;
  schema_version: Generated<number>;
  data: ColumnType<unknown, string, never>;
  metadata: ColumnType<Record<string, unknown>, string | undefined, never>;
  recorded_at: Generated<Date>;
  /** SHA-256 over the stream's previous hash and this event (factlog_event_hash), set by the append. */
  event_hash: Generated<Buffer>;
}

export interface CheckpointsTable {
  consumer: string;
  transaction_id: string;
  global_position: number;
  updated_at: Generated<Date>;
}

/** An event a consumer set aside; see parking.ts. */
export interface ParkedEventsTable {
  consumer: string;
  global_position: number;
  /** xid8, as text. */
  transaction_id: string;
  stream_id: string;
  stream_version: number;
  event_id: string;
  event_type: string;
  error: string;
  /** Position of the parked event of the same stream this one waits behind; null when it failed itself. */
  blocked_by: number | null;
  attempts: number;
  parked_at: Generated<Date>;
  last_attempt_at: Generated<Date>;
  retry_requested_at: Date | null;
}

export interface EventStoreTables {
  streams: StreamsTable;
  events: EventsTable;
  checkpoints: CheckpointsTable;
  parked_events: ParkedEventsTable;
}

import type { Kysely } from 'kysely';
import * as log from './v1-log.js';
import * as hashChain from './v2-hash-chain.js';
import * as parkedEvents from './v3-parked-events.js';
import * as appendBatch from './v4-append-batch.js';
import * as appendNewStreams from './v5-append-new-streams.js';
import * as appendInGivenOrder from './v6-append-in-given-order.js';
import * as newStreamsMetadataOnce from './v7-new-streams-metadata-once.js';

export interface SchemaVersion {
  up(db: Kysely<unknown>): Promise<void>;
  down(db: Kysely<unknown>): Promise<void>;
}

/**
 * The event store's tables and functions, one entry per version in the order they apply. The
 * application's migrations (db/migrations) call them: each version is frozen once a shipped
 * migration runs it, as the migration is.
 */
export const eventStoreSchema = {
  /** streams, events, checkpoints, immutability, factlog_append and its helpers. */
  log,
  /** factlog_event_hash, the events' hash chain, and factlog_append that extends it. */
  hashChain,
  /** parked_events: what a consumer could not apply. */
  parkedEvents,
  /** factlog_append_batch: group commit. */
  appendBatch,
  /** factlog_append_new_streams: a bulk write's new streams as one set. */
  appendNewStreams,
  /** Both multi-stream appends write the log in the order given, their locks still in stream order. */
  appendInGivenOrder,
  /** factlog_append_new_streams takes the metadata its events share once, and inserts the streams plainly. */
  newStreamsMetadataOnce,
} as const satisfies Record<string, SchemaVersion>;

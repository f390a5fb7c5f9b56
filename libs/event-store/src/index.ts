export { appendToStream, PREPARED, type AppendOptions } from './append.js';
export { claimCheckpoint, storeCheckpoint } from './checkpoints.js';
export { ConcurrencyError, IdempotencyConflictError } from './errors.js';
export { EventStore, type EventStoreOptions, type StreamAppend } from './event-store.js';
export type { AppendOutcome } from './append-many.js';
export { AppendListener } from './notifications.js';
export { applyIsolating, type ApplyEvents, type Isolated, isTransientError, type SetAside } from './isolate.js';
export { isDatabaseUnavailable } from './unavailable.js';
export { consumerHasApplied, consumerHasReached, type ConsumerLag, consumerLag, countEvents } from './lag.js';
export {
  countParked,
  dropParked,
  listParked,
  type ParkedCount,
  type ParkedEvent,
  parkedAt,
  parkedStreams,
  parkEvents,
  pendingRetries,
  replaceParked,
  requestRetry,
} from './parked-events.js';
export { headPosition, readAll, readStream, readStreams, type ReadAllOptions, type ReadAllResult, type StreamRange, wholeTransactions } from './read.js';
export { type LogFilter, logHas, searchLog } from './search.js';
export { Subscription, type SubscriptionOptions, Wake } from './subscription.js';
export type { CheckpointsTable, EventStoreTables, EventsTable, ParkedEventsTable, StreamsTable } from './tables.js';
export { START, type AppendResult, type Checkpoint, type EventMetadata, type ExpectedVersion, type NewEvent, type RecordedEvent } from './types.js';
export { verifyLog, type LogMismatch, type LogVerification, type VerifyLogOptions } from './verify.js';
export type { Upcast, Upcaster } from './upcasting.js';
export { Exclusive, type ExclusiveOptions, type ExclusiveTurn, LockShare } from './exclusive.js';

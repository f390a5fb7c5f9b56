import type { Kysely, Selectable } from 'kysely';
import { sql } from 'kysely';
import type { EventStoreTables, EventsTable } from './tables.js';
import type { Checkpoint, RecordedEvent } from './types.js';
import { START } from './types.js';

/** What a recorded event is made of: every column but its hash, which only verification reads. */
const EVENT_COLUMNS = [
  'global_position',
  'transaction_id',
  'stream_id',
  'stream_version',
  'event_id',
  'event_type',
  'schema_version',
  'data',
  'metadata',
  'recorded_at',
] as const satisfies ReadonlyArray<keyof EventsTable>;

export interface StreamRange {
  /** First version to read, inclusive; default 1. */
  readonly fromVersion?: number;
  /** Last version to read, inclusive; default the stream's end. */
  readonly toVersion?: number;
}

export async function readStream(db: Kysely<EventStoreTables>, streamId: string, range: StreamRange = {}): Promise<RecordedEvent[]> {
  let query = db
    .selectFrom('events')
    .select(EVENT_COLUMNS)
    .where('stream_id', '=', streamId)
    .where('stream_version', '>=', range.fromVersion ?? 1);
  if (range.toVersion !== undefined) query = query.where('stream_version', '<=', range.toVersion);
  const rows = await query.orderBy('stream_version').execute();
  return rows.map(toRecordedEvent);
}

/** Several whole streams in one query, each in version order; a stream with no events is left out. */
export async function readStreams(db: Kysely<EventStoreTables>, streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>> {
  const streams = new Map<string, RecordedEvent[]>();
  if (streamIds.length === 0) return streams;
  const rows = await db
    .selectFrom('events')
    .select(EVENT_COLUMNS)
    .where('stream_id', '=', sql<string>`any(${[...new Set(streamIds)]}::text[])`)
    .orderBy('stream_id')
    .orderBy('stream_version')
    .execute();
  for (const row of rows) {
    const event = toRecordedEvent(row);
    const list = streams.get(event.streamId);
    if (list) list.push(event);
    else streams.set(event.streamId, [event]);
  }
  return streams;
}

export interface ReadAllOptions {
  readonly after?: Checkpoint;
  readonly limit?: number;
  /**
   * A snapshot from `currentSnapshot`: only the events of transactions that had committed when
   * it was taken, whatever has committed since. Paging over it reads the log as it stood then,
   * every event committed by then included, where reading up to the oldest running transaction
   * would leave out what committed after it began.
   */
  readonly visibleIn?: string;
}

export interface ReadAllResult {
  readonly events: RecordedEvent[];
  /** Where the next read starts: the last event returned, or `after` when none was. */
  readonly checkpoint: Checkpoint;
}

/**
 * Reads the whole log in commit-safe order.
 *
 * Global positions are taken at insert time but become visible at commit, so a reader that
 * follows positions can pass an event whose transaction commits late and never see it. This
 * reader only returns events from transactions older than every transaction still running
 * (`transaction_id < pg_snapshot_xmin(...)`), in (transaction_id, global_position) order: once
 * such an event is visible, nothing can ever appear before it.
 */
export async function readAll(db: Kysely<EventStoreTables>, options: ReadAllOptions = {}): Promise<ReadAllResult> {
  const after = options.after ?? START;
  const rows = await db
    .selectFrom('events')
    .select(EVENT_COLUMNS)
    .where((eb) => eb(eb.refTuple('transaction_id', 'global_position'), '>', eb.tuple(sql<string>`${after.transactionId}::xid8`, after.globalPosition)))
    .where(
      options.visibleIn === undefined
        ? sql<boolean>`transaction_id < pg_snapshot_xmin(pg_current_snapshot())`
        : sql<boolean>`pg_visible_in_snapshot(transaction_id, ${options.visibleIn}::pg_snapshot)`,
    )
    .orderBy('transaction_id')
    .orderBy('global_position')
    .limit(options.limit ?? 1000)
    .execute();
  const events = rows.map(toRecordedEvent);
  const last = events.at(-1);
  return {
    events,
    checkpoint: last ? { transactionId: last.transactionId, globalPosition: last.globalPosition } : after,
  };
}

/**
 * Where a reader of the whole log stands once it has read everything `readAll` can return now:
 * the last event of the transactions older than every one still running, or `after` when there
 * is none past it. One probe of the end of the log's (transaction, position) index, whatever the
 * number of events passed over.
 */
export async function logEnd(db: Kysely<EventStoreTables>, after: Checkpoint = START): Promise<Checkpoint> {
  const row = await db
    .selectFrom('events')
    .select(['transaction_id', 'global_position'])
    .where((eb) => eb(eb.refTuple('transaction_id', 'global_position'), '>', eb.tuple(sql<string>`${after.transactionId}::xid8`, after.globalPosition)))
    .where(sql<boolean>`transaction_id < pg_snapshot_xmin(pg_current_snapshot())`)
    .orderBy('transaction_id', 'desc')
    .orderBy('global_position', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { transactionId: String(row.transaction_id), globalPosition: Number(row.global_position) } : after;
}

/**
 * A full batch without the events of its last transaction, unless that transaction is all of
 * it: they come whole with the next batch. A consumer then sees each writer's transaction in one
 * batch, which lets it handle together what was written together (a projection finds a bulk
 * import's release of a series in one piece rather than cut at an arbitrary event).
 */
export function wholeTransactions(batch: ReadAllResult): ReadAllResult {
  const { events } = batch;
  const last = events.at(-1)!.transactionId;
  let end = events.length;
  while (end > 0 && events[end - 1]!.transactionId === last) end--;
  if (end === 0) return batch;
  const kept = events.slice(0, end);
  const tail = kept.at(-1)!;
  return { events: kept, checkpoint: { transactionId: tail.transactionId, globalPosition: tail.globalPosition } };
}

/** The highest global position taken so far, committed or not; 0 for an empty log. */
export async function headPosition(db: Kysely<EventStoreTables>): Promise<number> {
  const row = await db
    .selectFrom('events')
    .select((eb) => eb.fn.max('global_position').as('head'))
    .executeTakeFirst();
  return Number(row?.head ?? 0);
}

export function toRecordedEvent(row: Omit<Selectable<EventsTable>, 'event_hash'>): RecordedEvent {
  return {
    id: row.event_id,
    type: row.event_type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
    streamId: row.stream_id,
    streamVersion: Number(row.stream_version),
    globalPosition: Number(row.global_position),
    transactionId: String(row.transaction_id),
    recordedAt: row.recorded_at,
  };
}

/** The transactions committed now, for `readAll`'s `visibleIn`. */
export async function currentSnapshot(db: Kysely<EventStoreTables>): Promise<string> {
  const { rows } = await sql<{ snapshot: string }>`select pg_current_snapshot()::text as snapshot`.execute(db);
  return rows[0]!.snapshot;
}

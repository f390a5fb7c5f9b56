import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { SetAside } from './isolate.js';
import { EVENTS_CHANNEL } from './notifications.js';
import { toRecordedEvent } from './read.js';
import type { EventStoreTables, ParkedEventsTable } from './tables.js';
import type { RecordedEvent } from './types.js';

// Events a consumer set aside (see applyIsolating): written in the transaction that moves its
// checkpoint past them, deleted in the one that applies them at last.

/** A parked event as operators see it. */
export interface ParkedEvent {
  readonly consumer: string;
  readonly globalPosition: number;
  readonly transactionId: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly eventId: string;
  readonly eventType: string;
  /** Why it failed; for an event that waits behind another, which one. */
  readonly error: string;
  /** The parked event of the same stream it waits behind; null when it failed itself. */
  readonly blockedBy: number | null;
  /** How many times it was tried (0 for one that only waited). */
  readonly attempts: number;
  readonly parkedAt: Date;
  readonly lastAttemptAt: Date;
  /** Set while a retry is asked for and the consumer has not got to it yet. */
  readonly retryRequestedAt: Date | null;
}

export interface ParkedCount {
  readonly total: number;
  /** Those that failed themselves; the others wait behind one of these. */
  readonly failed: number;
}

type Db = Kysely<EventStoreTables> | Transaction<EventStoreTables>;

/** For each of `streamIds` that has a parked event for `consumer`, the position of its first one. */
export async function parkedStreams(tx: Db, consumer: string, streamIds: readonly string[]): Promise<Map<string, number>> {
  if (streamIds.length === 0) return new Map();
  const rows = await tx
    .selectFrom('parked_events')
    .select(['stream_id', (eb) => eb.fn.min('global_position').as('first')])
    .where('consumer', '=', consumer)
    .where('stream_id', '=', sql<string>`any(${[...new Set(streamIds)]}::text[])`)
    .groupBy('stream_id')
    .execute();
  return new Map(rows.map((r) => [r.stream_id, Number(r.first)]));
}

export async function parkEvents(tx: Db, consumer: string, setAside: readonly SetAside[]): Promise<void> {
  if (setAside.length === 0) return;
  await tx
    .insertInto('parked_events')
    .values(
      setAside.map(({ event, error, blockedBy }) => ({
        consumer,
        global_position: event.globalPosition,
        transaction_id: sql<string>`${event.transactionId}::xid8`,
        stream_id: event.streamId,
        stream_version: event.streamVersion,
        event_id: event.id,
        event_type: event.type,
        error,
        blocked_by: blockedBy ?? null,
        attempts: blockedBy === undefined ? 1 : 0,
        retry_requested_at: null,
      })),
    )
    .execute();
}

/**
 * Asks the consumer to apply its parked events again, in log order, with the code it runs now;
 * wakes it like an append does. Returns how many were asked for.
 */
export async function requestRetry(db: Kysely<EventStoreTables>, consumer: string | readonly string[]): Promise<number> {
  const result = await db
    .updateTable('parked_events')
    .set({ retry_requested_at: sql`now()` })
    .where('consumer', 'in', typeof consumer === 'string' ? [consumer] : [...consumer])
    .executeTakeFirst();
  await sql`select pg_notify(${EVENTS_CHANNEL}, '')`.execute(db);
  return Number(result.numUpdatedRows);
}

/** How many parked events wait for a retry that was asked for (of several consumers: of all of them). */
export async function pendingRetries(db: Db, consumer: string | readonly string[]): Promise<number> {
  const row = await db
    .selectFrom('parked_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('consumer', 'in', typeof consumer === 'string' ? [consumer] : [...consumer])
    .where('retry_requested_at', 'is not', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The parked events of up to `limit` streams that have a retry asked for, every one of each
 * stream (they apply in order), locked, with their events as stored, in log order.
 */
export async function takeForRetry(tx: Transaction<EventStoreTables>, consumer: string, limit: number): Promise<RecordedEvent[]> {
  const rows = await sql<Record<string, unknown>>`
    select e.* from parked_events p join events e on e.global_position = p.global_position
    where p.consumer = ${consumer} and p.stream_id in (
      select stream_id from parked_events where consumer = ${consumer} and retry_requested_at is not null
      group by stream_id order by min(global_position) limit ${limit})
    order by e.transaction_id, e.global_position
    for update of p`.execute(tx);
  return rows.rows.map((r) => toRecordedEvent(r as never));
}

/** Records a retry: what applied leaves the table, what did not keeps its new error. */
export async function settleRetry(
  tx: Transaction<EventStoreTables>,
  consumer: string,
  applied: readonly RecordedEvent[],
  setAside: readonly SetAside[],
): Promise<void> {
  if (applied.length > 0) {
    await tx
      .deleteFrom('parked_events')
      .where('consumer', '=', consumer)
      .where(
        'global_position',
        'in',
        applied.map((e) => e.globalPosition),
      )
      .execute();
  }
  for (const { event, error, blockedBy } of setAside) {
    await tx
      .updateTable('parked_events')
      .set((eb) => ({
        error,
        blocked_by: blockedBy ?? null,
        attempts: blockedBy === undefined ? eb('attempts', '+', 1) : eb.ref('attempts'),
        last_attempt_at: sql`now()`,
        retry_requested_at: null,
      }))
      .where('consumer', '=', consumer)
      .where('global_position', '=', event.globalPosition)
      .execute();
  }
}

/**
 * A consumer's parked events in log order, or several consumers' (the slices of a projection),
 * by position and consumer: `after` is where the last page ended, a position alone or with the
 * consumer of the event there (an event that every slice parked is parked once for each).
 */
export async function listParked(
  db: Db,
  consumer: string | readonly string[],
  options: { readonly after?: number | { readonly position: number; readonly consumer: string }; readonly limit?: number } = {},
): Promise<ParkedEvent[]> {
  const after = typeof options.after === 'object' ? options.after : { position: options.after ?? 0, consumer: undefined };
  const rows = await db
    .selectFrom('parked_events')
    .selectAll()
    .select(sql<string>`transaction_id::text`.as('transaction_id'))
    .where('consumer', 'in', typeof consumer === 'string' ? [consumer] : [...consumer])
    .where((eb) =>
      after.consumer === undefined
        ? eb('global_position', '>', after.position)
        : eb(eb.refTuple('global_position', 'consumer'), '>', eb.tuple(after.position, after.consumer)),
    )
    .orderBy('global_position')
    .orderBy('consumer')
    .limit(options.limit ?? 100)
    .execute();
  return rows.map(toParkedEvent);
}

/** The consumer's parked event at this global position, if the event there is parked (of several consumers: by any of them). */
export async function parkedAt(db: Db, consumer: string | readonly string[], position: number): Promise<ParkedEvent | undefined> {
  const row = await db
    .selectFrom('parked_events')
    .selectAll()
    .select(sql<string>`transaction_id::text`.as('transaction_id'))
    .where('consumer', 'in', typeof consumer === 'string' ? [consumer] : [...consumer])
    .where('global_position', '=', position)
    .orderBy('consumer')
    .limit(1)
    .executeTakeFirst();
  return row && toParkedEvent(row);
}

export async function countParked(db: Db, consumers: readonly string[]): Promise<Map<string, ParkedCount>> {
  const counts = new Map<string, ParkedCount>(consumers.map((c) => [c, { total: 0, failed: 0 }]));
  if (consumers.length === 0) return counts;
  const rows = await db
    .selectFrom('parked_events')
    .select(['consumer', (eb) => eb.fn.countAll<number>().as('total'), sql<number>`count(*) filter (where blocked_by is null)`.as('failed')])
    .where('consumer', 'in', [...consumers])
    .groupBy('consumer')
    .execute();
  for (const r of rows) counts.set(r.consumer, { total: Number(r.total), failed: Number(r.failed) });
  return counts;
}

/** Hands the parked events of `from` (a rebuilt version) to `to`, replacing what `to` had. */
export async function replaceParked(tx: Transaction<EventStoreTables>, to: string, from: string): Promise<void> {
  await tx.deleteFrom('parked_events').where('consumer', '=', to).execute();
  await tx.updateTable('parked_events').set({ consumer: to }).where('consumer', '=', from).execute();
}

export async function dropParked(db: Db, consumer: string): Promise<void> {
  await db.deleteFrom('parked_events').where('consumer', '=', consumer).execute();
}

function toParkedEvent(r: Selectable<ParkedEventsTable>): ParkedEvent {
  return {
    consumer: r.consumer,
    globalPosition: Number(r.global_position),
    transactionId: String(r.transaction_id),
    streamId: r.stream_id,
    streamVersion: Number(r.stream_version),
    eventId: r.event_id,
    eventType: r.event_type,
    error: r.error,
    blockedBy: r.blocked_by === null ? null : Number(r.blocked_by),
    attempts: r.attempts,
    parkedAt: r.parked_at,
    lastAttemptAt: r.last_attempt_at,
    retryRequestedAt: r.retry_requested_at,
  };
}

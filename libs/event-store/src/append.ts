import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { ConcurrencyError, IdempotencyConflictError } from './errors.js';
import type { EventStoreTables } from './tables.js';
import type { AppendResult, ExpectedVersion, NewEvent } from './types.js';

export interface AppendOptions {
  readonly expectedVersion?: ExpectedVersion;
  /** Stored on the stream row; defaults to the stream id up to its first '-'. */
  readonly streamType?: string;
}

export interface AppendRow {
  outcome: 'appended' | 'duplicate' | 'conflict';
  stream_version: string | number | null;
  positions: ReadonlyArray<string | number> | null;
  actual_version: string | number;
  stream_existed: boolean;
  recorded_at?: Date;
}

const PARTIAL_DUPLICATE = 'FL002';

/**
 * A statement whose text starts with this may be prepared once per connection and then only
 * bound and executed (#database's connect does so): worth it on the hottest path. Only for
 * statements whose result columns never change, like this function call; a prepared
 * `select *` would break when a migration adds a column.
 */
export const PREPARED = '/* prepared */ ';

/** One append as factlog_append takes it: checked, with its events' ids fixed. */
export interface PreparedAppend {
  readonly streamId: string;
  readonly streamType: string;
  readonly expected: ExpectedVersion;
  readonly kind: 'any' | 'no_stream' | 'stream_exists' | 'exact';
  readonly version: number | null;
  readonly ids: readonly string[];
  /** The events as the jsonb array the function reads. */
  readonly events: ReadonlyArray<Record<string, unknown>>;
}

export function prepareAppend(streamId: string, events: readonly NewEvent[], options: AppendOptions = {}): PreparedAppend {
  if (events.length === 0) throw new RangeError('an append needs at least one event');
  const expected = options.expectedVersion ?? 'any';
  if (typeof expected === 'number' && !(Number.isSafeInteger(expected) && expected >= 0)) {
    throw new RangeError(`expected version must be a whole number >= 0, got ${expected}`);
  }
  const rows = events.map((e) => ({
    id: e.id ?? randomUUID(),
    type: e.type,
    schemaVersion: e.schemaVersion ?? 1,
    data: e.data,
    metadata: e.metadata ?? {},
  }));
  return {
    streamId,
    streamType: options.streamType ?? streamId.split('-', 1)[0]!,
    expected,
    kind: typeof expected === 'number' ? 'exact' : expected,
    version: typeof expected === 'number' ? expected : null,
    ids: rows.map((e) => e.id),
    events: rows,
  };
}

/**
 * Appends events to one stream in one round trip (the `factlog_append` SQL function). Pass a
 * Transaction to make the append part of a larger unit of work: its NOTIFY then leaves at that
 * transaction's commit. A standalone append sends none; the caller announces it after commit
 * (see AppendNotifier), because PostgreSQL serialises the commits of notifying transactions.
 */
export async function appendToStream(
  db: Kysely<EventStoreTables>,
  streamId: string,
  events: readonly NewEvent[],
  options: AppendOptions = {},
): Promise<AppendResult> {
  return appendPrepared(db, prepareAppend(streamId, events, options));
}

export async function appendPrepared(db: Kysely<EventStoreTables>, append: PreparedAppend): Promise<AppendResult> {
  const { streamId } = append;
  let row: AppendRow | undefined;
  try {
    // now() is the time of the append's transaction, which factlog_append stores as recorded_at.
    row = (
      await sql<AppendRow>`${sql.raw(PREPARED)}select *, now() as recorded_at from factlog_append(${streamId}, ${append.streamType},
        ${append.kind}, ${append.version}::bigint, ${JSON.stringify(append.events)}::jsonb, ${db.isTransaction})`.execute(db)
    ).rows[0];
  } catch (error) {
    const { code, constraint } = error as { code?: string; constraint?: string };
    if (code === PARTIAL_DUPLICATE) throw new IdempotencyConflictError(streamId);
    // A standalone retry of an append that went through: it rolled back whole on the unique
    // event id. Answer it with what the first attempt stored.
    if (constraint !== 'events_event_id_key' || db.isTransaction) throw error;
    try {
      row = (await sql<AppendRow>`select * from factlog_appended(${streamId}, ${append.ids}::uuid[])`.execute(db)).rows[0];
    } catch (lookupError) {
      if ((lookupError as { code?: string }).code === PARTIAL_DUPLICATE) throw new IdempotencyConflictError(streamId);
      throw lookupError;
    }
  }
  if (!row) throw new Error('factlog_append returned no row');
  return appendResult(append, row);
}

/** What factlog_append answered for one append, as a result or a ConcurrencyError. */
export function appendResult(append: PreparedAppend, row: AppendRow): AppendResult {
  if (row.outcome === 'conflict') {
    throw new ConcurrencyError(append.streamId, append.expected, Number(row.actual_version), row.stream_existed);
  }
  const duplicate = row.outcome === 'duplicate';
  return {
    nextVersion: Number(row.stream_version),
    positions: (row.positions ?? []).map(Number),
    duplicate,
    ...(!duplicate && row.recorded_at ? { recordedAt: row.recorded_at } : {}),
  };
}

/** Creates an empty stream (version 0); fails with ConcurrencyError if it exists. */
export async function createStream(db: Kysely<EventStoreTables>, streamId: string, streamType = streamId.split('-', 1)[0]!): Promise<void> {
  const inserted = await db
    .insertInto('streams')
    .values({ stream_id: streamId, stream_type: streamType, version: 0 })
    .onConflict((oc) => oc.column('stream_id').doNothing())
    .returning('stream_id')
    .executeTakeFirst();
  if (!inserted) {
    const existing = await db.selectFrom('streams').select('version').where('stream_id', '=', streamId).executeTakeFirst();
    throw new ConcurrencyError(streamId, 'no_stream', Number(existing?.version ?? 0), true);
  }
}

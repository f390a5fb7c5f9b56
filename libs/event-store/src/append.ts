import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { ConcurrencyError, IdempotencyConflictError } from './errors.js';
import type { EventStoreTables } from './tables.js';
import type { AppendResult, ExpectedVersion, NewEvent } from './types.js';

export interface AppendOptions {
  readonly expectedVersion?: ExpectedVersion;
  /** Stored on the stream row; defaults to the stream id up to its first '-'. */
  readonly streamType?: string;
  /**
   * Send NOTIFY from inside the appending transaction. Right when the caller owns the
   * transaction (the notification then leaves exactly at its commit); a standalone append
   * should notify after commit instead (see AppendNotifier), because PostgreSQL serialises the
   * commits of all notifying transactions.
   */
  readonly notifyInTransaction?: boolean;
}

interface AppendRow {
  outcome: 'appended' | 'duplicate' | 'conflict';
  stream_version: string | number | null;
  positions: ReadonlyArray<string | number> | null;
  actual_version: string | number;
  stream_existed: boolean;
}

const UNIQUE_VIOLATION = '23505';
const PARTIAL_DUPLICATE = 'FL002';

/**
 * Appends events to one stream in one round trip (the `factlog_append` SQL function). Pass a
 * Transaction to make the append part of a larger unit of work.
 */
export async function appendToStream(
  db: Kysely<EventStoreTables>,
  streamId: string,
  events: readonly NewEvent[],
  options: AppendOptions = {},
): Promise<AppendResult> {
  if (events.length === 0) throw new RangeError('an append needs at least one event');
  const expected = options.expectedVersion ?? 'any';
  if (typeof expected === 'number' && !(Number.isSafeInteger(expected) && expected >= 0)) {
    throw new RangeError(`expected version must be a whole number >= 0, got ${expected}`);
  }
  const payload = JSON.stringify(
    events.map((e) => ({
      id: e.id ?? randomUUID(),
      type: e.type,
      schemaVersion: e.schemaVersion ?? 1,
      data: e.data,
      metadata: e.metadata ?? {},
    })),
  );
  const kind = typeof expected === 'number' ? 'exact' : expected;
  const version = typeof expected === 'number' ? expected : null;
  const streamType = options.streamType ?? streamId.split('-', 1)[0]!;
  const call = sql<AppendRow>`select * from factlog_append(${streamId}, ${streamType}, ${kind},
    ${version}::bigint, ${payload}::jsonb, ${options.notifyInTransaction ?? false})`;

  let row: AppendRow | undefined;
  try {
    row = (await call.execute(db)).rows[0];
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === PARTIAL_DUPLICATE) throw new IdempotencyConflictError(streamId);
    // Two retries of one append raced past the duplicate check; the loser's insert hit the
    // unique event id. Outside a transaction it is safe to ask again: it now finds the winner's.
    if (code === UNIQUE_VIOLATION && !db.isTransaction) row = (await call.execute(db)).rows[0];
    else throw error;
  }
  if (!row) throw new Error('factlog_append returned no row');
  if (row.outcome === 'conflict') {
    throw new ConcurrencyError(streamId, expected, Number(row.actual_version), row.stream_existed);
  }
  return {
    nextVersion: Number(row.stream_version),
    positions: (row.positions ?? []).map(Number),
    duplicate: row.outcome === 'duplicate',
  };
}

/** Creates an empty stream (version 0); fails with ConcurrencyError if it exists. */
export async function createStream(
  db: Kysely<EventStoreTables>,
  streamId: string,
  streamType = streamId.split('-', 1)[0]!,
): Promise<void> {
  const inserted = await db
    .insertInto('streams')
    .values({ stream_id: streamId, stream_type: streamType, version: 0 })
    .onConflict((oc) => oc.column('stream_id').doNothing())
    .returning('stream_id')
    .executeTakeFirst();
  if (!inserted) {
    const existing = await db
      .selectFrom('streams')
      .select('version')
      .where('stream_id', '=', streamId)
      .executeTakeFirst();
    throw new ConcurrencyError(streamId, 'no_stream', Number(existing?.version ?? 0), true);
  }
}

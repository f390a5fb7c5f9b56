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

interface AppendRow {
  outcome: 'appended' | 'duplicate' | 'conflict';
  stream_version: string | number | null;
  positions: ReadonlyArray<string | number> | null;
  actual_version: string | number;
  stream_existed: boolean;
}

const PARTIAL_DUPLICATE = 'FL002';

/**
 * A statement whose text starts with this may be prepared once per connection and then only
 * bound and executed (#database's connect does so): worth it on the hottest path. Only for
 * statements whose result columns never change, like this function call; a prepared
 * `select *` would break when a migration adds a column.
 */
export const PREPARED = '/* prepared */ ';

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
  if (events.length === 0) throw new RangeError('an append needs at least one event');
  const expected = options.expectedVersion ?? 'any';
  if (typeof expected === 'number' && !(Number.isSafeInteger(expected) && expected >= 0)) {
    throw new RangeError(`expected version must be a whole number >= 0, got ${expected}`);
  }
  const withIds = events.map((e) => ({ ...e, id: e.id ?? randomUUID() }));
  const payload = JSON.stringify(
    withIds.map((e) => ({
      id: e.id,
      type: e.type,
      schemaVersion: e.schemaVersion ?? 1,
      data: e.data,
      metadata: e.metadata ?? {},
    })),
  );
  const kind = typeof expected === 'number' ? 'exact' : expected;
  const version = typeof expected === 'number' ? expected : null;
  const streamType = options.streamType ?? streamId.split('-', 1)[0]!;
  let row: AppendRow | undefined;
  try {
    row = (
      await sql<AppendRow>`${sql.raw(PREPARED)}select * from factlog_append(${streamId}, ${streamType}, ${kind},
        ${version}::bigint, ${payload}::jsonb, ${db.isTransaction})`.execute(db)
    ).rows[0];
  } catch (error) {
    const { code, constraint } = error as { code?: string; constraint?: string };
    if (code === PARTIAL_DUPLICATE) throw new IdempotencyConflictError(streamId);
    // A standalone retry of an append that went through: it rolled back whole on the unique
    // event id. Answer it with what the first attempt stored.
    if (constraint !== 'events_event_id_key' || db.isTransaction) throw error;
    const ids = withIds.map((e) => e.id);
    try {
      row = (await sql<AppendRow>`select * from factlog_appended(${streamId}, ${ids}::uuid[])`.execute(db)).rows[0];
    } catch (lookupError) {
      if ((lookupError as { code?: string }).code === PARTIAL_DUPLICATE) throw new IdempotencyConflictError(streamId);
      throw lookupError;
    }
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

import { type Kysely, sql } from 'kysely';
import { type AppendRow, appendPrepared, appendResult, type PreparedAppend, PREPARED } from './append.js';
import type { EventStoreTables } from './tables.js';
import type { AppendResult } from './types.js';

/** What one append of a multi-stream append came to: its result, or why it was refused. */
export type AppendOutcome = { readonly ok: true; readonly result: AppendResult } | { readonly ok: false; readonly error: unknown };

/**
 * Sends appends to `factlog_append_batch`: one statement, one transaction (the caller's when `db`
 * is one), every stream's lock taken first in stream order, then each append checked and written
 * as a standalone one is, in the order given, and its outcome in its own row. Throws when the
 * statement fails as a whole.
 */
export async function appendBatch(db: Kysely<EventStoreTables>, ordered: readonly PreparedAppend[]): Promise<AppendRow[]> {
  const appends = ordered.map((a) => ({ streamId: a.streamId, streamType: a.streamType, kind: a.kind, version: a.version, events: a.events }));
  const rows = (
    await sql<AppendRow & { ord: number }>`${sql.raw(PREPARED)}select *, now() as recorded_at
      from factlog_append_batch(${JSON.stringify(appends)}::jsonb) order by ord`.execute(db)
  ).rows;
  rows.forEach((row, i) => {
    if (Number(row.ord) !== i + 1) throw new Error('factlog_append_batch answered out of order');
  });
  if (rows.length !== ordered.length) throw new Error('factlog_append_batch answered for fewer appends than it was sent');
  return rows;
}

/** Appends that each start a stream of their own with one event: what factlog_append_new_streams takes as a set. */
function allStartStreams(appends: readonly PreparedAppend[]): boolean {
  const startsStream = (a: PreparedAppend) => a.events.length === 1 && (a.kind === 'no_stream' || (a.kind === 'exact' && a.version === 0));
  return appends.every(startsStream) && new Set(appends.map((a) => a.streamId)).size === appends.length;
}

/**
 * Sends appends that each start a stream to `factlog_append_new_streams`: one statement that
 * takes their locks in stream order and writes them as sets, in the order given. The metadata
 * their events share (an import's) goes once rather than with each event. Throws, having
 * written nothing, when any of the streams exists (FL004) or an event id is taken.
 */
async function appendNewStreams(db: Kysely<EventStoreTables>, ordered: readonly PreparedAppend[]): Promise<AppendRow[]> {
  const metadata = sharedMetadata(ordered);
  const appends = ordered.map((a) => ({
    streamId: a.streamId,
    streamType: a.streamType,
    events: metadata ? a.events.map(({ metadata: _shared, ...event }) => event) : a.events,
  }));
  const rows = (
    await sql<AppendRow & { ord: number }>`${sql.raw(PREPARED)}select *, now() as recorded_at
      from factlog_append_new_streams(${JSON.stringify(appends)}::jsonb, ${metadata ? JSON.stringify(metadata) : null}::jsonb) order by ord`.execute(db)
  ).rows;
  if (rows.length !== ordered.length) throw new Error('factlog_append_new_streams answered for fewer appends than it was sent');
  return rows;
}

/** The metadata every event of the appends carries, when they all carry the same: the same keys, each with the same value. */
function sharedMetadata(appends: readonly PreparedAppend[]): unknown {
  const first = appends[0]?.events[0]?.metadata as Record<string, unknown> | undefined;
  if (!first || typeof first !== 'object') return undefined;
  const keys = Object.keys(first);
  for (const append of appends) {
    for (const event of append.events) {
      const metadata = event.metadata as Record<string, unknown> | undefined;
      if (metadata === first) continue;
      if (!metadata || typeof metadata !== 'object' || Object.keys(metadata).length !== keys.length) return undefined;
      // Values compared as they are: a nested object is shared only when it is the same one.
      for (const key of keys) if (metadata[key] !== first[key] || !Object.hasOwn(metadata, key)) return undefined;
    }
  }
  return first;
}

/** What factlog_append_new_streams raises when a stream of the set exists, or a unique key (an event id) is taken. */
const TAKEN = new Set(['FL004', '23505']);

/**
 * Appends that each start a stream with one event, written as one set (see appendNewStreams):
 * their results in the order given, or undefined, having written nothing, when any of the
 * streams exists already or an event id is taken. Outside a transaction only: inside one, the
 * refusal would abort it.
 */
export async function appendToNewStreams(db: Kysely<EventStoreTables>, appends: readonly PreparedAppend[]): Promise<AppendResult[] | undefined> {
  if (db.isTransaction) throw new Error('appendToNewStreams runs outside a transaction');
  if (!allStartStreams(appends)) throw new Error('appendToNewStreams takes appends that each start a stream of its own with one event');
  if (appends.length === 0) return [];
  let rows: AppendRow[];
  try {
    rows = await appendNewStreams(db, appends);
  } catch (error) {
    if (TAKEN.has((error as { code?: string }).code ?? '')) return undefined;
    throw error;
  }
  return appends.map((append, i) => appendResult(append, rows[i]!));
}

/**
 * Appends to many streams in one round trip and one transaction, with every guarantee of a
 * single append: each stream's expected version is checked on its own (a conflict is that
 * append's outcome alone, the others are stored), retried event ids are recognised, events
 * join their streams' hash chains, and readers of the log never see a gap. Should the batch
 * fail as a whole (a retried append among them rolls it back on the unique event id, a writer
 * of one of its streams was younger, the connection went), each append is sent again alone and
 * gets its own answer; outside a transaction only, since a failed one cannot go on. Outcomes
 * come in the order of `appends`.
 */
export async function appendMany(db: Kysely<EventStoreTables>, appends: readonly PreparedAppend[]): Promise<{ outcomes: AppendOutcome[]; stored: boolean }> {
  if (appends.length === 0) return { outcomes: [], stored: false };
  // The log takes the events in the order given; the functions lock the streams in stream order.
  const outcomes: AppendOutcome[] = new Array<AppendOutcome>(appends.length);
  let stored = false;
  // Outside a transaction, a batch of new streams is first tried as sets (a failed try writes
  // nothing and leaves no transaction to abort); inside one, a failure could not be gone past.
  let rows: AppendRow[] | undefined;
  if (!db.isTransaction && allStartStreams(appends)) rows = await appendNewStreams(db, appends).catch(() => undefined);
  try {
    const answered = rows ?? (await appendBatch(db, appends));
    appends.forEach((append, index) => {
      try {
        const result = appendResult(append, answered[index]!);
        stored ||= !result.duplicate;
        outcomes[index] = { ok: true, result };
      } catch (error) {
        outcomes[index] = { ok: false, error };
      }
    });
    return { outcomes, stored };
  } catch (error) {
    if (db.isTransaction) throw error;
  }
  // One at a time, in the order given. Should the batch have committed after all (its answer lost
  // with the connection), each append is answered as a retry of what it stored.
  for (const [index, append] of appends.entries()) {
    try {
      const result = await appendPrepared(db, append);
      outcomes[index] = { ok: true, result };
    } catch (error) {
      outcomes[index] = { ok: false, error };
    }
  }
  return { outcomes, stored: true };
}

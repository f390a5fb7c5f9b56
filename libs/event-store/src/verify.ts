import { type Kysely, sql } from 'kysely';
import type { EventStoreTables } from './tables.js';

/** Where the log stops matching its hash chain. */
export interface LogMismatch {
  /** The event at fault; null when what is missing is the stream's last event(s). */
  readonly globalPosition: number | null;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly reason: string;
}

export interface LogVerification {
  readonly ok: boolean;
  readonly events: number;
  readonly streams: number;
  /** How many events and streams do not match. */
  readonly mismatches: number;
  /** The mismatching event with the lowest global position (else the first stream that does not match). */
  readonly firstMismatch: LogMismatch | null;
}

export interface VerifyLogOptions {
  /** Events (or streams) read per query; only one batch is held in memory. Default 10,000. */
  readonly batchSize?: number;
  readonly onProgress?: (progress: { readonly events: number; readonly streams: number; readonly total: number }) => void;
}

interface CheckedRow {
  global_position: string | number;
  stream_id: string;
  stream_version: string | number;
  event_hash: Buffer;
  reason: string | null;
  last: boolean;
  batch_size: string | number;
}

/**
 * Computes every stream's hash chain again from the stored events and compares it with the
 * stored hashes. Walks the log stream by stream in version order, a batch at a time (the batch's
 * first event links to the last one of the batch before), and then checks every stream's version
 * against its last event. An event changed in place fails its own hash; a removed or reordered
 * one breaks the run of versions (or the next event's link); a removed last event leaves the
 * stream's version ahead of its events.
 */
export async function verifyLog(db: Kysely<EventStoreTables>, options: VerifyLogOptions = {}): Promise<LogVerification> {
  const batchSize = options.batchSize ?? 10_000;
  const total = Number((await sql<{ n: string }>`select coalesce(max(global_position), 0) as n from events`.execute(db)).rows[0]?.n ?? 0);
  let first: LogMismatch | null = null;
  let mismatches = 0;
  const note = (m: LogMismatch) => {
    mismatches += 1;
    if (!first || (m.globalPosition !== null && (first.globalPosition === null || m.globalPosition < first.globalPosition))) first = m;
  };

  let events = 0;
  let after: { streamId: string; version: number; hash: Buffer } = { streamId: '', version: 0, hash: Buffer.alloc(0) };
  for (;;) {
    const rows = await checkEvents(db, after, batchSize);
    if (rows.length === 0) break;
    for (const row of rows) {
      if (row.reason) {
        note({ globalPosition: Number(row.global_position), streamId: row.stream_id, streamVersion: Number(row.stream_version), reason: row.reason });
      }
    }
    const last = rows.find((r) => r.last)!;
    after = { streamId: last.stream_id, version: Number(last.stream_version), hash: last.event_hash };
    events += Number(last.batch_size);
    options.onProgress?.({ events, streams: 0, total });
  }

  let streams = 0;
  let afterStream: string | null = null;
  for (;;) {
    const { rows } = await sql<{ stream_id: string; version: string; last_version: string | null; n: string }>`
      select s.stream_id, s.version, count(*) over () as n,
             (select max(e.stream_version) from events e where e.stream_id = s.stream_id) as last_version
      from streams s
      where ${afterStream === null ? sql`true` : sql`s.stream_id > ${afterStream}`}
      order by s.stream_id
      limit ${batchSize}`.execute(db);
    if (rows.length === 0) break;
    for (const row of rows) {
      const version = Number(row.version);
      const lastVersion = Number(row.last_version ?? 0);
      if (version > lastVersion) {
        note({
          globalPosition: null,
          streamId: row.stream_id,
          streamVersion: lastVersion + 1,
          reason: `the stream is at version ${version} but its events end at ${lastVersion}`,
        });
      } else if (version < lastVersion) {
        note({
          globalPosition: null,
          streamId: row.stream_id,
          streamVersion: version + 1,
          reason: `the stream is at version ${version} but has events up to ${lastVersion}`,
        });
      }
    }
    streams += rows.length;
    afterStream = rows.at(-1)!.stream_id;
    options.onProgress?.({ events, streams, total });
  }

  return { ok: mismatches === 0, events, streams, mismatches, firstMismatch: first };
}

/**
 * One batch of events after `after` in (stream, version) order, hashed again in SQL: returns the
 * events that do not match, with a reason, and the batch's last event (to link the next batch).
 */
async function checkEvents(db: Kysely<EventStoreTables>, after: { streamId: string; version: number; hash: Buffer }, batchSize: number): Promise<CheckedRow[]> {
  const { rows } = await sql<CheckedRow>`
    with batch as (
      select e.*,
             lag(e.stream_id, 1, ${after.streamId}::text) over w as prev_stream,
             lag(e.stream_version, 1, ${after.version}::bigint) over w as prev_version,
             lag(e.event_hash, 1, ${after.hash}::bytea) over w as prev_hash,
             row_number() over w as n,
             count(*) over () as batch_size
      from (
        select * from events
        where (stream_id, stream_version) > (${after.streamId}::text, ${after.version}::bigint)
        order by stream_id, stream_version
        limit ${batchSize}
      ) e
      window w as (order by e.stream_id, e.stream_version)
    ), checked as (
      select b.global_position, b.stream_id, b.stream_version, b.event_hash, b.n = b.batch_size as last, b.batch_size,
             case
               when b.stream_id <> b.prev_stream and b.stream_version <> 1
                 then format('the stream starts at version %s, not 1', b.stream_version)
               when b.stream_id = b.prev_stream and b.stream_version <> b.prev_version + 1
                 then format('version %s follows version %s', b.stream_version, b.prev_version)
               when b.stream_id <> b.prev_stream and not exists (select 1 from streams s where s.stream_id = b.stream_id)
                 then 'the stream has no row in streams'
               when b.event_hash is distinct from factlog_event_hash(
                      case when b.stream_id = b.prev_stream then b.prev_hash else ''::bytea end,
                      b.stream_id, b.stream_version, b.event_id, b.event_type, b.schema_version, b.data, b.metadata,
                      b.recorded_at)
                 then 'the event does not match its hash'
             end as reason
      from batch b
    )
    select * from checked where reason is not null or last`.execute(db);
  return rows;
}

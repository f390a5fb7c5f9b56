import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import { toRecordedEvent } from './read.js';
import type { EventStoreTables } from './tables.js';
import type { RecordedEvent } from './types.js';

type Fields = Readonly<Record<string, string>>;

/** Which events of the log to look at; every condition given must hold. */
export interface LogFilter {
  /** Metadata fields equal to these values. */
  readonly metadata?: Fields;
  /** Metadata fields that differ from these values (a missing field differs). */
  readonly metadataNot?: Fields;
  readonly recordedFrom?: Date;
  /** Recorded strictly before this instant. */
  readonly recordedBefore?: Date;
  /** Global positions strictly below this one. */
  readonly beforePosition?: number;
  /** Leaves out the streams whose id starts with one of these. */
  readonly excludeStreamPrefixes?: readonly string[];
  /**
   * Events about something, matched by any of: their stream, data fields of their own, or an
   * event of their stream of the given type with the given data fields.
   */
  readonly about?: {
    readonly streamIds?: readonly string[];
    readonly data?: Fields;
    readonly streamsWith?: { readonly type: string; readonly data: Fields };
  };
}

// Field names come from code, never from a request: written as literals, the expressions match
// the indexes that name them (events_actor_idx on metadata ->> 'actor').
const field = (column: 'data' | 'metadata', key: string) => sql<string>`${sql.ref(column)} ->> ${sql.lit(key)}`;

function where(eb: ExpressionBuilder<EventStoreTables, 'events'>, filter: LogFilter) {
  const all = [];
  for (const [key, value] of Object.entries(filter.metadata ?? {})) all.push(eb(field('metadata', key), '=', value));
  for (const [key, value] of Object.entries(filter.metadataNot ?? {})) all.push(eb(field('metadata', key), 'is distinct from', value));
  if (filter.recordedFrom) all.push(eb('recorded_at', '>=', filter.recordedFrom));
  if (filter.recordedBefore) all.push(eb('recorded_at', '<', filter.recordedBefore));
  if (filter.beforePosition !== undefined) all.push(eb('global_position', '<', filter.beforePosition));
  for (const prefix of filter.excludeStreamPrefixes ?? []) all.push(eb('stream_id', 'not like', `${prefix.replace(/[\\%_]/g, '\\$&')}%`));
  const about = filter.about;
  if (about) {
    const any = [];
    if (about.streamIds?.length) any.push(eb('stream_id', 'in', about.streamIds));
    if (about.data) any.push(eb.and(Object.entries(about.data).map(([key, value]) => eb(field('data', key), '=', value))));
    if (about.streamsWith) {
      const { type, data } = about.streamsWith;
      any.push(
        eb(
          'stream_id',
          'in',
          eb
            .selectFrom('events')
            .select('stream_id')
            .where('event_type', '=', type)
            .where((inner) => inner.and(Object.entries(data).map(([key, value]) => inner(field('data', key), '=', value)))),
        ),
      );
    }
    all.push(eb.or(any));
  }
  return eb.and(all);
}

/** The events that match, newest first (by global position), at most `limit` of them. */
export async function searchLog(db: Kysely<EventStoreTables>, filter: LogFilter, limit: number): Promise<RecordedEvent[]> {
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .where((eb) => where(eb, filter))
    .orderBy('global_position', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toRecordedEvent);
}

/** Whether any event matches. */
export async function logHas(db: Kysely<EventStoreTables>, filter: LogFilter): Promise<boolean> {
  const row = await db
    .selectNoFrom((eb) =>
      eb
        .exists(
          eb
            .selectFrom('events')
            .select(sql`1`.as('one'))
            .where((inner) => where(inner, filter)),
        )
        .as('found'),
    )
    .executeTakeFirstOrThrow();
  return row.found as boolean;
}

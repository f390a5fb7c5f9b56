import { type Kysely, sql } from 'kysely';
import type { Quantity, Rank, ValidTimeInput } from '#claims';
import type { EventStoreTables } from '#event-store';
import { afterKnownAt } from './fact-data.js';
import { factView, type ReadOptions } from './fact-queries.js';
import type { ReadModelTables } from './tables.js';

type Db = Kysely<ReadModelTables & EventStoreTables>;

export const CHANGE_KINDS = ['added', 'corrected', 'retracted', 'restored', 'reviewed', 'ranked', 'resolved'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** One thing recorded about a fact's claims: what, when, by whom, and what it changed. */
export interface FactChange {
  readonly kind: ChangeKind;
  readonly at: string;
  readonly by: string | null;
  readonly position: number;
  /** The claim it changed; for a resolution, the first of the claims it settled. */
  readonly claimId: string;
  /** added: the value recorded; corrected: the value after. */
  readonly value?: Quantity;
  readonly validTime?: ValidTimeInput;
  readonly sourceId?: string;
  /** corrected: the value and valid time before. */
  readonly previous?: { readonly value: Quantity; readonly validTime: ValidTimeInput };
  readonly rank?: Rank;
  readonly previousRank?: Rank;
  readonly verdict?: string;
  readonly reason?: string;
  readonly contradictionId?: string;
  readonly claimIds?: readonly string[];
  readonly preferred?: readonly string[];
}

const KIND_OF: Record<string, ChangeKind> = {
  ClaimRecorded: 'added',
  ClaimCorrected: 'corrected',
  ClaimRetracted: 'retracted',
  ClaimRestored: 'restored',
  ClaimReviewed: 'reviewed',
  ClaimRanked: 'ranked',
  ContradictionResolved: 'resolved',
};

/**
 * What was recorded about a fact's claims after `from` and up to `to` (recorded time, the same
 * instants as `knownAt`: a change recorded in the millisecond `from` names is already in the
 * value at `from`), read from the log itself, with the current value as known at each end.
 * The claims of the fact are found in its claim rows (every version), their events in the log
 * by stream; resolutions by the fact they name. Undefined: the fact has no claim at all.
 */
export async function factChanges(db: Db, entityId: string, metricId: string, from: Date, to: Date, options: Omit<ReadOptions, 'knownAt' | 'publishedBefore'>) {
  const claimIds = (
    await db.selectFrom('rm_claims').select('claim_id').distinct().where('entity_id', '=', entityId).where('metric_id', '=', metricId).execute()
  ).map((r) => r.claim_id);
  if (claimIds.length === 0) return undefined;
  const [events, before, after] = await Promise.all([
    db
      // One query for the fact's claim streams and the resolutions naming it, within a window of
      // recorded time: more than the store's log filters (searchLog) can say.
      // eslint-disable-next-line no-restricted-syntax
      .selectFrom('events')
      .select(['event_type', 'data', 'metadata', 'recorded_at', 'global_position'])
      .where((eb) =>
        eb.or([
          eb('stream_id', '=', sql<string>`any(${claimIds.map((id) => `claim-${id}`)}::text[])`),
          eb.and([
            eb('event_type', '=', 'ContradictionResolved'),
            eb(sql<string>`data ->> 'entityId'`, '=', entityId),
            eb(sql<string>`data ->> 'metricId'`, '=', metricId),
          ]),
        ]),
      )
      .where('event_type', 'in', Object.keys(KIND_OF))
      .where('recorded_at', '>=', afterKnownAt(from))
      .where('recorded_at', '<', afterKnownAt(to))
      .orderBy('global_position')
      .execute(),
    factView(db, entityId, metricId, { ...options, knownAt: from }),
    factView(db, entityId, metricId, { ...options, knownAt: to }),
  ]);
  const changes = events.map((e) => toChange(e.event_type, e.data as EventData, e.metadata, e.recorded_at, Number(e.global_position)));
  return {
    subject: entityId,
    metric: metricId,
    unit: (after ?? before)?.unit ?? null,
    from: { at: from.toISOString(), value: before?.current ?? null, claimCount: before?.claimCount ?? 0 },
    to: { at: to.toISOString(), value: after?.current ?? null, claimCount: after?.claimCount ?? 0 },
    changes,
  };
}

/** The data fields of the claim and resolution events, any of them. */
interface EventData {
  readonly claimId: string;
  readonly value?: Quantity;
  readonly validTime?: ValidTimeInput;
  readonly sourceId?: string;
  readonly previous?: { readonly value: Quantity; readonly validTime: ValidTimeInput } | Rank;
  readonly reason?: string;
  readonly verdict?: string;
  readonly note?: string;
  readonly rank?: Rank;
  readonly contradictionId?: string;
  readonly claimIds?: readonly string[];
  readonly preferred?: readonly string[];
}

function toChange(type: string, d: EventData, metadata: Record<string, unknown>, at: Date, position: number): FactChange {
  const kind = KIND_OF[type]!;
  const common = { kind, at: at.toISOString(), by: typeof metadata.actor === 'string' ? metadata.actor : null, position };
  const reason = d.reason ? { reason: d.reason } : {};
  switch (kind) {
    case 'added':
      return { ...common, claimId: d.claimId, value: d.value!, validTime: d.validTime!, sourceId: d.sourceId! };
    case 'corrected': {
      // A correction names only what it changed; the rest stays as it was.
      const previous = d.previous as { value: Quantity; validTime: ValidTimeInput };
      return { ...common, claimId: d.claimId, value: d.value ?? previous.value, validTime: d.validTime ?? previous.validTime, previous, ...reason };
    }
    case 'reviewed':
      return { ...common, claimId: d.claimId, verdict: d.verdict!, ...(d.note ? { reason: d.note } : {}) };
    case 'ranked':
      return { ...common, claimId: d.claimId, rank: d.rank!, previousRank: d.previous as Rank, ...reason };
    case 'resolved': {
      const claimIds = d.claimIds!;
      return { ...common, claimId: claimIds[0]!, contradictionId: d.contradictionId!, claimIds, preferred: d.preferred!, ...reason };
    }
    default:
      return { ...common, claimId: d.claimId, ...reason };
  }
}

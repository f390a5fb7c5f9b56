import type { Kysely } from 'kysely';
import type { FactClaim, FactMetric, Resolution } from '#claims';
import type { ReadModelTables } from './tables.js';

type Db = Kysely<ReadModelTables>;

/** The two other times of a bitemporal read: what factlog knew, and what had been published. */
export interface AsOf {
  /** Record time: rows as they stood at this instant (corrections made later are invisible). */
  readonly knownAt?: Date;
  /** Only claims from sources published on or before this day (YYYY-MM-DD). */
  readonly publishedBefore?: string;
}

/** A claim with what the timeline shows of it besides what the comparisons need. */
export interface TimelineClaim extends FactClaim {
  readonly quote?: { readonly text: string; readonly start: number; readonly end: number };
  readonly attribution?: string;
  readonly note?: string;
  readonly recordedBy?: string;
  readonly source: {
    readonly id: string;
    readonly title: string;
    readonly publisher?: string;
    readonly url?: string;
    readonly publishedAt: string;
  };
}

/** Every claim of a fact, as factlog knew it at `knownAt` (now by default). */
export async function loadFactClaims(db: Db, entityId: string, metricId: string, asOf: AsOf): Promise<TimelineClaim[]> {
  let query = db
    .selectFrom('rm_claims as c')
    .innerJoin('rm_sources as s', 's.source_id', 'c.source_id')
    .select([
      'c.claim_id', 'c.status', 'c.rank', 'c.verdict', 'c.value', 'c.valid_time', 'c.valid_start', 'c.valid_end',
      'c.quote', 'c.attribution', 'c.note', 'c.recorded_by', 'c.first_recorded_at', 'c.source_id',
      's.title', 's.publisher', 's.url', 's.published_at', 's.published_start',
    ])
    .where('c.entity_id', '=', entityId)
    .where('c.metric_id', '=', metricId);
  if (asOf.knownAt) {
    const t = asOf.knownAt;
    query = query.where('c.recorded_from', '<=', t).where((eb) => eb.or([eb('c.recorded_to', 'is', null), eb('c.recorded_to', '>', t)]));
  } else {
    query = query.where('c.recorded_to', 'is', null);
  }
  if (asOf.publishedBefore) query = query.where('s.published_start', '<=', asOf.publishedBefore);
  const rows = await query.orderBy('c.valid_start').orderBy('c.valid_end').orderBy('c.claim_id').execute();
  return rows.map((r) => ({
    id: r.claim_id,
    sourceId: r.source_id,
    ...(r.publisher ? { publisher: r.publisher } : {}),
    publishedAt: r.published_start,
    value: r.value,
    span: { start: r.valid_start, end: r.valid_end },
    status: r.status,
    rank: r.rank,
    ...(r.verdict ? { verdict: r.verdict } : {}),
    validTime: r.valid_time,
    firstRecordedAt: r.first_recorded_at.toISOString(),
    ...(r.quote ? { quote: r.quote } : {}),
    ...(r.attribution ? { attribution: r.attribution } : {}),
    ...(r.note ? { note: r.note } : {}),
    ...(r.recorded_by ? { recordedBy: r.recorded_by } : {}),
    source: {
      id: r.source_id,
      title: r.title,
      ...(r.publisher ? { publisher: r.publisher } : {}),
      ...(r.url ? { url: r.url } : {}),
      publishedAt: r.published_at,
    },
  }));
}

/** Editors' resolutions on a fact that had been recorded by `knownAt`. */
export async function loadResolutions(db: Db, entityId: string, metricId: string, asOf: AsOf): Promise<Resolution[]> {
  let query = db.selectFrom('rm_resolutions').selectAll().where('entity_id', '=', entityId).where('metric_id', '=', metricId);
  if (asOf.knownAt) query = query.where('resolved_at', '<=', asOf.knownAt);
  const rows = await query.orderBy('position').execute();
  return rows.map((r) => ({
    contradictionId: r.contradiction_id,
    claimIds: r.claim_ids,
    preferred: r.preferred,
    reason: r.reason,
    ...(r.resolved_by ? { resolvedBy: r.resolved_by } : {}),
    resolvedAt: r.resolved_at.toISOString(),
  }));
}

export async function loadMetric(db: Db, metricId: string): Promise<(FactMetric & { kind: string }) | undefined> {
  const row = await db.selectFrom('rm_metrics').selectAll().where('metric_id', '=', metricId).executeTakeFirst();
  return row && { unit: row.unit, kind: row.kind, tolerance: row.tolerance, cumulative: row.cumulative };
}

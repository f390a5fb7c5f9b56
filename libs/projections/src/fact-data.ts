import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { FactClaim, FactMetric, Quantity, Quote, Resolution, ValidTimeInput } from '#claims';
import type { ReadModelTables } from './tables.js';

type Db = Kysely<ReadModelTables>;

/** The two other times of a bitemporal read: what factlog knew, and what had been published. */
export interface AsOf {
  /**
   * Record time: rows as they stood at the end of this millisecond (corrections made later are
   * invisible). The API states times to the millisecond while PostgreSQL records microseconds,
   * so an event's own `recordedAt`, given back as `knownAt`, includes that event.
   */
  readonly knownAt?: Date;
  /** Only claims from sources published on or before this day (YYYY-MM-DD). */
  readonly publishedBefore?: string;
}

/** The first instant after the millisecond `knownAt` names. */
export const afterKnownAt = (knownAt: Date) => new Date(knownAt.getTime() + 1);

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

export interface FactKey {
  readonly entityId: string;
  readonly metricId: string;
}
/** `(entity, metric) in (...)` as a join against two arrays: one plan, whatever the count. */
function inFacts(entity: RawBuilder<unknown>, metric: RawBuilder<unknown>, facts: readonly FactKey[]) {
  return sql<boolean>`(${entity}, ${metric}) in (select * from unnest(${facts.map((f) => f.entityId)}::text[], ${facts.map((f) => f.metricId)}::text[]))`;
}

export const factKey = (f: FactKey) => `${f.entityId}\u0000${f.metricId}`;

/** Rows of several facts, mapped and grouped by fact. */
function byFact<Row extends { entity_id: string; metric_id: string }, T>(rows: readonly Row[], map: (row: Row) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const key = factKey({ entityId: row.entity_id, metricId: row.metric_id });
    if (!out.has(key)) out.set(key, []);
    out.get(key)!.push(map(row));
  }
  return out;
}

type ClaimRow = {
  claim_id: string;
  source_id: string;
  publisher: string | null;
  published_start: string;
  value: Quantity;
  valid_time: ValidTimeInput;
  valid_start: string;
  valid_end: string;
  status: 'active' | 'retracted';
  rank: 'preferred' | 'normal' | 'deprecated';
  verdict: string | null;
  /** Absent from rows read without it: false. */
  verdict_outdated?: boolean;
  first_recorded_at: Date;
};

/** What comparing and summarising read of a claim row. */
export function toFactClaim(r: ClaimRow): FactClaim {
  return {
    id: r.claim_id,
    sourceId: r.source_id,
    ...(r.publisher ? { publisher: r.publisher } : {}),
    publishedAt: r.published_start,
    value: r.value,
    span: { start: r.valid_start, end: r.valid_end },
    status: r.status,
    rank: r.rank,
    ...(r.verdict ? { verdict: r.verdict } : {}),
    ...(r.verdict && r.verdict_outdated ? { verdictOutdated: true } : {}),
    validTime: r.valid_time,
    firstRecordedAt: r.first_recorded_at.toISOString(),
  };
}

/** Claim rows as factlog knew them at `knownAt` (now by default). */
function claimsAsOf(db: Db, asOf: AsOf) {
  let query = db.selectFrom('rm_claims as c');
  if (asOf.knownAt) {
    const after = afterKnownAt(asOf.knownAt);
    query = query.where('c.recorded_from', '<', after).where((eb) => eb.or([eb('c.recorded_to', 'is', null), eb('c.recorded_to', '>=', after)]));
  } else {
    query = query.where('c.recorded_to', 'is', null);
  }
  // The claim rows carry their source's publisher and date, kept in step when the source changes.
  if (asOf.publishedBefore) query = query.where('c.published_start', '<=', asOf.publishedBefore);
  return query;
}

/** What the timeline shows of a claim row, with its source. */
const TIMELINE_COLUMNS = [
  'c.claim_id',
  'c.status',
  'c.rank',
  'c.verdict',
  'c.verdict_outdated',
  'c.value',
  'c.valid_time',
  'c.valid_start',
  'c.valid_end',
  'c.quote',
  'c.attribution',
  'c.note',
  'c.recorded_by',
  'c.first_recorded_at',
  'c.source_id',
  's.title',
  's.publisher',
  's.url',
  's.published_at',
  's.published_start',
] as const;

/** Every claim of a fact, as factlog knew it at `knownAt` (now by default). */
export async function loadFactClaims(db: Db, entityId: string, metricId: string, asOf: AsOf): Promise<TimelineClaim[]> {
  const rows = await claimsAsOf(db, asOf)
    .where('c.entity_id', '=', entityId)
    .where('c.metric_id', '=', metricId)
    .innerJoin('rm_sources as s', 's.source_id', 'c.source_id')
    .select(TIMELINE_COLUMNS)
    .orderBy('c.valid_start')
    .orderBy('c.valid_end')
    .orderBy('c.claim_id')
    .execute();
  return rows.map(toTimelineClaim);
}

/** `loadFactClaims` for several facts in one query, by fact. */
export async function loadClaimsOfFacts(db: Db, facts: readonly FactKey[], asOf: AsOf): Promise<Map<string, TimelineClaim[]>> {
  if (facts.length === 0) return new Map();
  const rows = await claimsAsOf(db, asOf)
    .where(inFacts(sql.ref('c.entity_id'), sql.ref('c.metric_id'), facts))
    .innerJoin('rm_sources as s', 's.source_id', 'c.source_id')
    .select(['c.entity_id', 'c.metric_id', ...TIMELINE_COLUMNS])
    .orderBy('c.entity_id')
    .orderBy('c.metric_id')
    .orderBy('c.valid_start')
    .orderBy('c.valid_end')
    .orderBy('c.claim_id')
    .execute();
  return byFact(rows, toTimelineClaim);
}

/** Claims by id as they stand now, with what the timeline shows of them. */
export async function loadClaimsById(db: Db, ids: readonly string[], asOf: AsOf = {}): Promise<Map<string, TimelineClaim>> {
  if (ids.length === 0) return new Map();
  const rows = await claimsAsOf(db, asOf)
    .where('c.claim_id', '=', sql<string>`any(${[...ids]}::uuid[])`)
    .innerJoin('rm_sources as s', 's.source_id', 'c.source_id')
    .select(TIMELINE_COLUMNS)
    .execute();
  return new Map(rows.map((r) => [r.claim_id, toTimelineClaim(r)]));
}

/**
 * The same claims with only what summarising reads: one table and no quotes, for reads that
 * show a summary but not the claims (the fact view as of a past time).
 */
export async function loadFactClaimsToCompare(db: Db, entityId: string, metricId: string, asOf: AsOf): Promise<FactClaim[]> {
  const rows = await claimsAsOf(db, asOf)
    .where('c.entity_id', '=', entityId)
    .where('c.metric_id', '=', metricId)
    .select([
      'c.claim_id',
      'c.status',
      'c.rank',
      'c.verdict',
      'c.verdict_outdated',
      'c.value',
      'c.valid_time',
      'c.valid_start',
      'c.valid_end',
      'c.first_recorded_at',
      'c.source_id',
      'c.publisher',
      'c.published_start',
    ])
    .orderBy('c.valid_start')
    .orderBy('c.valid_end')
    .orderBy('c.claim_id')
    .execute();
  return rows.map(toFactClaim);
}

function toTimelineClaim(
  r: ClaimRow & {
    quote: Quote | null;
    attribution: string | null;
    note: string | null;
    recorded_by: string | null;
    title: string;
    url: string | null;
    published_at: string;
  },
): TimelineClaim {
  return {
    ...toFactClaim(r),
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
  };
}

/**
 * What summarising needs of the current, active claims of several facts: one table, only the
 * columns the comparison reads. The projector calls this for every fact a batch touches.
 */
export async function loadActiveClaimsOfFacts(db: Db, facts: readonly FactKey[]): Promise<Map<string, FactClaim[]>> {
  if (facts.length === 0) return new Map();
  // One index probe per fact (a lateral join kept one by OFFSET 0): a hash or merge join over
  // the whole table would read every claim of every fact for each batch.
  const { rows } = await sql<{
    claim_id: string;
    entity_id: string;
    metric_id: string;
    source_id: string;
    publisher: string | null;
    published_start: string;
    value: Quantity;
    valid_time: ValidTimeInput;
    valid_start: string;
    valid_end: string;
    rank: 'preferred' | 'normal' | 'deprecated';
    verdict: string | null;
    verdict_outdated: boolean;
    first_recorded_at: Date;
  }>`
    select c.claim_id, c.entity_id, c.metric_id, c.source_id, c.publisher, c.published_start, c.value, c.valid_time,
           c.valid_start, c.valid_end, c.rank, c.verdict, c.verdict_outdated, c.first_recorded_at
    from unnest(${facts.map((f) => f.entityId)}::text[], ${facts.map((f) => f.metricId)}::text[]) as f(entity_id, metric_id)
    cross join lateral (
      select * from rm_claims c
      where c.entity_id = f.entity_id and c.metric_id = f.metric_id and c.recorded_to is null
        and c.status = 'active' and c.rank <> 'deprecated'
      offset 0
    ) c`.execute(db);
  return byFact(rows, (r) => toFactClaim({ ...r, status: 'active' }));
}

/** Editors' resolutions on a fact that had been recorded by `knownAt`. */
export async function loadResolutions(db: Db, entityId: string, metricId: string, asOf: AsOf): Promise<Resolution[]> {
  return (await loadResolutionsOfFacts(db, [{ entityId, metricId }], asOf)).get(factKey({ entityId, metricId })) ?? [];
}

/** The resolutions of several facts in one query, by fact. */
export async function loadResolutionsOfFacts(db: Db, facts: readonly FactKey[], asOf: AsOf): Promise<Map<string, Resolution[]>> {
  if (facts.length === 0) return new Map();
  let query = db
    .selectFrom('rm_resolutions')
    .selectAll()
    .where(inFacts(sql.ref('entity_id'), sql.ref('metric_id'), facts));
  if (asOf.knownAt) query = query.where('resolved_at', '<', afterKnownAt(asOf.knownAt));
  return byFact(await query.orderBy('position').execute(), toResolution);
}

function toResolution(r: {
  contradiction_id: string;
  claim_ids: string[];
  preferred: string[];
  reason: string;
  resolved_by: string | null;
  resolved_at: Date;
}): Resolution {
  return {
    contradictionId: r.contradiction_id,
    claimIds: r.claim_ids,
    preferred: r.preferred,
    reason: r.reason,
    ...(r.resolved_by ? { resolvedBy: r.resolved_by } : {}),
    resolvedAt: r.resolved_at.toISOString(),
  };
}

export async function loadMetric(
  db: Db,
  metricId: string,
): Promise<(FactMetric & { kind: string; measure: 'level' | 'flow'; updateIntervalDays: number | null }) | undefined> {
  const row = await db.selectFrom('rm_metrics').selectAll().where('metric_id', '=', metricId).executeTakeFirst();
  return (
    row && {
      unit: row.unit,
      kind: row.kind,
      tolerance: row.tolerance,
      cumulative: row.cumulative,
      measure: row.measure,
      updateIntervalDays: row.update_interval_days,
    }
  );
}

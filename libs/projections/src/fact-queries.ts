import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { type Contradiction, describeQuantity, FACT_FLAGS, type FactClaim, type FactSummary, type Quantity, summarizeFact, validTimeInWords } from '#claims';
import {
  afterKnownAt,
  type AsOf,
  factKey,
  type FactKey,
  loadClaimsById,
  loadClaimsOfFacts,
  loadFactClaims,
  loadFactClaimsToCompare,
  loadMetric,
  loadResolutions,
  loadResolutionsOfFacts,
  type TimelineClaim,
} from './fact-data.js';
import type { ReadModelTables } from './tables.js';
import { contradictionsKnownAt } from './contradiction-history.js';

type Db = Kysely<ReadModelTables>;

export interface ReadOptions extends AsOf {
  /** Today, for the stale flag (the read side's clock, passed in). */
  readonly today: string;
}

/**
 * The flags a fact view shows: its summary's, and stale, which depends on the day it is read and
 * on the update interval its metric declares.
 */
export const FLAGS = [...FACT_FLAGS, 'stale'] as const;
export type Flag = (typeof FLAGS)[number];

export interface FactView extends Omit<FactSummary, 'flags' | 'supersededBy' | 'anomalies'> {
  readonly subject: string;
  readonly metric: string;
  readonly unit: string;
  readonly flags: readonly Flag[];
  readonly asOf: { readonly knownAt: string | null; readonly publishedBefore: string | null };
}

/** A fact's summary from its claims (given, or being read), metric and resolutions. */
async function summary<C extends FactClaim>(db: Db, entityId: string, metricId: string, asOf: AsOf, claims: C[] | Promise<C[]>) {
  // Independent reads, sent together on the pool's connections.
  const [metric, all, resolutions] = await Promise.all([loadMetric(db, metricId), claims, loadResolutions(db, entityId, metricId, asOf)]);
  if (!metric || all.length === 0) return undefined;
  return { metric, claims: all, summary: summarizeFact(entityId, metricId, all, metric, resolutions) };
}

const echo = (asOf: AsOf) => ({ knownAt: asOf.knownAt?.toISOString() ?? null, publishedBefore: asOf.publishedBefore ?? null });

/** Stale: the newest valid time ended longer ago than the metric expects a figure to last; a metric that declares no interval is never stale. */
function isStale(latestValidEnd: string | undefined, today: string, updateIntervalDays: number | null): boolean {
  if (!latestValidEnd || updateIntervalDays === null) return false;
  const age = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${latestValidEnd}T00:00:00Z`)) / 86_400_000;
  return age > updateIntervalDays;
}

/**
 * The fact view: what holds now and why, counts and flags. Now, it is the summary row the
 * projector keeps; as known at `knownAt` or published by `publishedBefore`, it is summarised
 * from the claim rows of that time.
 */
export async function factView(db: Db, entityId: string, metricId: string, options: ReadOptions): Promise<FactView | undefined> {
  let found: { unit: string; interval: number | null; summary: Omit<FactSummary, 'supersededBy'> } | undefined;
  if (!options.knownAt && !options.publishedBefore) {
    const row = await db
      .selectFrom('rm_facts as f')
      .innerJoin('rm_metrics as m', 'm.metric_id', 'f.metric_id')
      .select((eb) => [
        'f.summary',
        'm.unit',
        'm.update_interval_days',
        eb
          .selectFrom('rm_contradictions as c')
          .select(sql<Contradiction[]>`coalesce(json_agg(c.contradiction order by c.contradiction_id), '[]')`.as('all'))
          .whereRef('c.entity_id', '=', 'f.entity_id')
          .whereRef('c.metric_id', '=', 'f.metric_id')
          .as('contradictions'),
      ])
      .where('f.entity_id', '=', entityId)
      .where('f.metric_id', '=', metricId)
      .executeTakeFirst();
    found = row && { unit: row.unit, interval: row.update_interval_days, summary: { ...row.summary, contradictions: row.contradictions ?? [] } };
  } else {
    // Only what summarising reads of the claims: the view shows none of them.
    const s = await summary(db, entityId, metricId, options, loadFactClaimsToCompare(db, entityId, metricId, options));
    if (s) {
      const { supersededBy: _, ...summary } = s.summary;
      found = { unit: s.metric.unit, interval: s.metric.updateIntervalDays, summary };
    }
  }
  if (!found) return undefined;
  const { anomalies: _, ...rest } = found.summary;
  const stale = isStale(rest.latestValidEnd, options.today, found.interval);
  return {
    subject: entityId,
    metric: metricId,
    unit: found.unit,
    ...rest,
    flags: stale ? [...rest.flags, 'stale'] : rest.flags,
    asOf: echo(options),
  };
}

export interface TimelineEntry extends TimelineClaim {
  /** Set when a later release of the same publisher revised this claim. */
  readonly supersededBy?: string;
  /** On the newest release of a revised figure: every release, oldest first. */
  readonly releases?: readonly { readonly claimId: string; readonly value: Quantity; readonly publishedAt: string; readonly sourceId: string }[];
  readonly inContradiction?: string;
}

/** Every claim of the fact in valid-time order; retracted and deprecated ones only if asked. */
export async function timeline(db: Db, entityId: string, metricId: string, asOf: AsOf & { includeInactive?: boolean }) {
  const found = await summary(db, entityId, metricId, asOf, loadFactClaims(db, entityId, metricId, asOf));
  if (!found) return undefined;
  const { claims, summary: s } = found;
  const contradictionOf = new Map(s.contradictions.flatMap((c) => c.claimIds.map((id) => [id, c.id] as const)));
  const byId = new Map(claims.map((c) => [c.id, c]));
  // Which claims each claim revised, once: a series may hold thousands of releases.
  const revisedBy = new Map<string, string[]>();
  for (const [old, by] of s.supersededBy) revisedBy.set(by, [...(revisedBy.get(by) ?? []), old]);
  const published = (id: string) => byId.get(id)!.source.publishedAt;
  for (const olds of revisedBy.values()) olds.sort((a, b) => published(a).localeCompare(published(b)) || a.localeCompare(b));
  const releasesOf = (id: string) => {
    const chain: TimelineClaim[] = [];
    const walk = (cid: string) => {
      for (const old of revisedBy.get(cid) ?? []) walk(old);
      chain.push(byId.get(cid)!);
    };
    walk(id);
    return chain;
  };
  const entries: TimelineEntry[] = claims
    .filter((c) => asOf.includeInactive || (c.status === 'active' && c.rank !== 'deprecated'))
    .map((c) => {
      const revised = s.supersededBy.get(c.id);
      const chain = !revised && revisedBy.has(c.id) ? releasesOf(c.id) : undefined;
      return {
        ...c,
        ...(revised ? { supersededBy: revised } : {}),
        ...(chain ? { releases: chain.map((r) => ({ claimId: r.id, value: r.value, publishedAt: r.source.publishedAt, sourceId: r.sourceId })) } : {}),
        ...(contradictionOf.has(c.id) ? { inContradiction: contradictionOf.get(c.id)! } : {}),
      };
    });
  return { subject: entityId, metric: metricId, unit: found.metric.unit, claims: entries, asOf: echo(asOf) };
}

/**
 * The value holding at a valid time (README.md, "Values at a time"): the fact view over the
 * claims whose valid time covers it. Where none does, a level's latest figure before it is
 * carried forward, labelled with its own valid time; a flow's never is. Either way the answer
 * names the next known figure after the time.
 */
export async function valueAt(db: Db, entityId: string, metricId: string, validAt: string, asOf: AsOf) {
  const [all, metric, resolutions] = await Promise.all([
    loadFactClaims(db, entityId, metricId, asOf),
    loadMetric(db, metricId),
    loadResolutions(db, entityId, metricId, asOf),
  ]);
  if (all.length === 0 || !metric) return undefined;
  const live = all.filter((c) => c.status === 'active' && c.rank !== 'deprecated');
  const currentOf = (claims: TimelineClaim[]) => (claims.length ? summarizeFact(entityId, metricId, claims, metric, resolutions) : undefined);
  const covering = all.filter((c) => c.span.start <= validAt && validAt <= c.span.end);
  let basis = covering;
  let found = currentOf(covering);
  const before = live.filter((c) => c.span.end < validAt);
  const carriedForward = !found?.current && metric.measure === 'level' && before.length > 0;
  if (carriedForward) {
    // The claims that reach closest to the time: those whose valid time ends last before it.
    const latest = before.reduce((end, c) => (c.span.end > end ? c.span.end : end), before[0]!.span.end);
    basis = before.filter((c) => c.span.end === latest);
    found = currentOf(basis);
  }
  const after = live.filter((c) => c.span.start > validAt);
  const earliest = after.reduce((start, c) => (c.span.start < start ? c.span.start : start), after[0]?.span.start ?? '');
  const next = currentOf(after.filter((c) => c.span.start === earliest))?.current;
  const value = found?.current ?? null;
  return {
    subject: entityId,
    metric: metricId,
    validAt,
    value,
    claimCount: basis.length,
    contradictions: found?.contradictions.filter((c) => c.status === 'open') ?? [],
    asOf: echo(asOf),
    measure: metric.measure,
    carriedForward,
    next: next ?? null,
    description: value ? describeValueAt(value, next) : null,
  };
}

/** "60 member, as of 22 January 2015 (next known: 72 member, July 2017)". */
function describeValueAt(value: NonNullable<FactSummary['current']>, next: FactSummary['current']): string {
  const at = `${describeQuantity(value.value)}, as of ${validTimeInWords(value.validTime)}`;
  return next ? `${at} (next known: ${describeQuantity(next.value)}, ${validTimeInWords(next.validTime)})` : at;
}

export interface FactListOptions {
  readonly subject?: string;
  readonly metric?: string;
  readonly flag?: Flag;
  readonly after?: { readonly entityId: string; readonly metricId: string };
  readonly limit: number;
  readonly today: string;
}

/** Facts in (subject, metric) order, a page at a time. */
export async function listFacts(db: Db, options: FactListOptions) {
  let query = db
    .selectFrom('rm_facts as f')
    .innerJoin('rm_metrics as m', 'm.metric_id', 'f.metric_id')
    .selectAll('f')
    .select('m.update_interval_days')
    .select((eb) =>
      eb
        .selectFrom('rm_contradictions as c')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('c.entity_id', '=', 'f.entity_id')
        .whereRef('c.metric_id', '=', 'f.metric_id')
        .where(sql<string>`c.contradiction ->> 'status'`, '=', 'open')
        .as('open_contradictions'),
    );
  if (options.subject) query = query.where('f.entity_id', '=', options.subject);
  if (options.metric) query = query.where('f.metric_id', '=', options.metric);
  if (options.flag === 'stale') {
    query = query.where('f.latest_valid_end', '<', sql<string>`(${options.today}::date - m.update_interval_days)`);
  } else if (options.flag) {
    query = query.where(sql<boolean>`f.flags @> array[${options.flag}]::text[]`);
  }
  if (options.after) {
    const { entityId, metricId } = options.after;
    query = query.where((eb) => eb(eb.refTuple('f.entity_id', 'f.metric_id'), '>', eb.tuple(entityId, metricId)));
  }
  const rows = await query
    .orderBy('f.entity_id')
    .orderBy('f.metric_id')
    .limit(options.limit + 1)
    .execute();
  const page = rows.slice(0, options.limit).map((r) => {
    const stale = isStale(r.latest_valid_end ?? undefined, options.today, r.update_interval_days);
    return {
      subject: r.entity_id,
      metric: r.metric_id,
      current: r.summary.current ?? null,
      claimCount: r.claim_count,
      sourceCount: r.source_count,
      flags: stale ? [...r.flags, 'stale'] : r.flags,
      openContradictions: r.open_contradictions ?? 0,
    };
  });
  const last = rows.length > options.limit ? page.at(-1) : undefined;
  return { items: page, next: last ? { entityId: last.subject, metricId: last.metric } : undefined };
}

type ContradictionFilter = AsOf & { readonly status?: 'open' | 'resolved'; readonly subject?: string; readonly metric?: string };
type ContradictionItem = Contradiction & { subject: string; metric: string; unit: string; claims: TimelineClaim[] };
const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 };
const severestFirst = (a: ContradictionItem, b: ContradictionItem) =>
  SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.gap - a.gap || a.id.localeCompare(b.id);

/**
 * Contradictions across facts, severest first. Now, they come from the contradiction rows the
 * projector keeps beside the summaries; as known at `knownAt`, from the rows it keeps of their
 * past (rm_contradiction_history), and for the facts whose past it does not keep at that instant,
 * or with `publishedBefore`, each fact is summarised as of then (`summarise: true` does so for
 * every fact: the reference the kept rows are tested against).
 */
export async function listContradictions(db: Db, options: ContradictionFilter & { readonly summarise?: boolean }) {
  if (options.knownAt && !options.publishedBefore && !options.summarise) return listContradictionsKnownAt(db, options, options.knownAt);
  if (options.knownAt || options.publishedBefore) return listContradictionsAsOf(db, options);
  // One snapshot for the summaries and their claims: a batch committed between two reads would
  // pair a contradiction with claims it was not computed from.
  const out = await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (tx) => {
      let found = tx
        .selectFrom('rm_contradictions as c')
        .innerJoin('rm_metrics as m', 'm.metric_id', 'c.metric_id')
        .select(['c.entity_id', 'c.metric_id', 'c.contradiction', 'm.unit']);
      if (options.status) found = found.where(sql<string>`c.contradiction ->> 'status'`, '=', options.status);
      if (options.subject) found = found.where('c.entity_id', '=', options.subject);
      if (options.metric) found = found.where('c.metric_id', '=', options.metric);
      const rows = (await found.execute()).map((r) => ({ c: r.contradiction, subject: r.entity_id, metric: r.metric_id, unit: r.unit }));
      const claims = await loadClaimsById(tx, [...new Set(rows.flatMap((f) => f.c.claimIds))]);
      return rows.map(({ c, ...fact }): ContradictionItem => ({ ...c, ...fact, claims: c.claimIds.map((id) => claims.get(id)!) }));
    });
  return { items: out.sort(severestFirst), asOf: echo(options) };
}

/** Facts summarised at a time, this many at once: one query each for their claims and resolutions. */
const FACTS_PER_READ = 500;

/** As known at an instant: the kept rows of that instant, and the facts without them summarised. */
async function listContradictionsKnownAt(db: Db, options: ContradictionFilter, knownAt: Date) {
  // One snapshot, as for the current queue: the rows and the claims they name agree.
  const out = await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (tx) => {
      const { kept, unknown } = await contradictionsKnownAt(tx, knownAt, options);
      const wanted = kept.filter((k) => !options.status || k.contradiction.status === options.status);
      const [claims, units, summarised] = await Promise.all([
        loadClaimsById(tx, [...new Set(wanted.flatMap((k) => k.contradiction.claimIds))], { knownAt }),
        loadUnits(tx, [...new Set(wanted.map((k) => k.metricId))]),
        unknown.length > 0 ? summariseContradictions(tx, unknown, options) : [],
      ]);
      const items = wanted.map(({ entityId, metricId, contradiction: c }): ContradictionItem => ({
        ...c,
        subject: entityId,
        metric: metricId,
        unit: units.get(metricId)!,
        claims: c.claimIds.map((id) => claims.get(id)!),
      }));
      return [...items, ...summarised];
    });
  return { items: out.sort(severestFirst), asOf: echo(options) };
}

async function loadUnits(db: Db, metricIds: readonly string[]) {
  if (metricIds.length === 0) return new Map<string, string>();
  const rows = await db.selectFrom('rm_metrics').select(['metric_id', 'unit']).where('metric_id', 'in', metricIds).execute();
  return new Map(rows.map((r) => [r.metric_id, r.unit]));
}

async function listContradictionsAsOf(db: Db, options: ContradictionFilter) {
  let facts = db.selectFrom('rm_claims').select(['entity_id', 'metric_id']).distinct();
  if (options.subject) facts = facts.where('entity_id', '=', options.subject);
  if (options.metric) facts = facts.where('metric_id', '=', options.metric);
  if (options.knownAt) facts = facts.where('recorded_from', '<', afterKnownAt(options.knownAt));
  const keys = (await facts.execute()).map((r) => ({ entityId: r.entity_id, metricId: r.metric_id }));
  return { items: (await summariseContradictions(db, keys, options)).sort(severestFirst), asOf: echo(options) };
}

/** The contradictions of these facts, each summarised from its claims as of then. */
async function summariseContradictions(db: Db, keys: readonly FactKey[], options: ContradictionFilter) {
  const metrics = new Map<string, Awaited<ReturnType<typeof loadMetric>>>();
  const out: ContradictionItem[] = [];
  for (let i = 0; i < keys.length; i += FACTS_PER_READ) {
    const part = keys.slice(i, i + FACTS_PER_READ);
    const [claimsOf, resolutionsOf] = await Promise.all([loadClaimsOfFacts(db, part, options), loadResolutionsOfFacts(db, part, options)]);
    for (const fact of part) {
      const claims = claimsOf.get(factKey(fact)) ?? [];
      if (!metrics.has(fact.metricId)) metrics.set(fact.metricId, await loadMetric(db, fact.metricId));
      const metric = metrics.get(fact.metricId);
      if (!metric || claims.length === 0) continue;
      const summarised = summarizeFact(fact.entityId, fact.metricId, claims, metric, resolutionsOf.get(factKey(fact)) ?? []);
      const byId = new Map(claims.map((c) => [c.id, c]));
      for (const c of summarised.contradictions) {
        if (options.status && c.status !== options.status) continue;
        out.push({ ...c, subject: fact.entityId, metric: fact.metricId, unit: metric.unit, claims: c.claimIds.map((id) => byId.get(id)!) });
      }
    }
  }
  return out;
}

/** The contradiction with this id as the fact views show it now. */
export async function findContradiction(db: Db, id: string) {
  if (!UUID.test(id)) return undefined;
  const row = await db
    .selectFrom('rm_contradictions')
    .select(['entity_id', 'metric_id', 'contradiction'])
    .where('contradiction_id', '=', id)
    .executeTakeFirst();
  return row && { entityId: row.entity_id, metricId: row.metric_id, contradiction: row.contradiction };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

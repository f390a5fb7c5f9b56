import { Map as PersistentMap } from 'immutable';
import { type ComparableClaim, intervalsMeet, relate, type Severity, toInterval } from './claim-relations.js';
import { deterministicUuid } from './ids.js';
import type { Quantity } from './quantity.js';
import type { ValidTimeInput } from './valid-time.js';

/** A claim as the fact views see it: its current content, its source's date and publisher. */
export interface FactClaim extends ComparableClaim {
  readonly status: 'active' | 'retracted';
  readonly rank: 'preferred' | 'normal' | 'deprecated';
  readonly verdict?: string;
  /** The claim was corrected after its verdict: the verdict judged an earlier version. */
  readonly verdictOutdated?: boolean;
  readonly validTime: ValidTimeInput;
  readonly firstRecordedAt: string;
}

export interface FactMetric {
  readonly unit: string;
  /** count, money, percent, duration or other: part of how severe a contradiction is. */
  readonly kind?: string;
  readonly tolerance: number;
  readonly cumulative: boolean;
}

export interface Resolution {
  readonly contradictionId: string;
  readonly claimIds: readonly string[];
  readonly preferred: readonly string[];
  readonly reason: string;
  readonly resolvedBy?: string;
  readonly resolvedAt: string;
}

export interface Contradiction {
  readonly id: string;
  readonly claimIds: readonly string[];
  readonly severity: Severity;
  /** The largest relative gap between two of its claims. */
  readonly gap: number;
  readonly status: 'open' | 'resolved';
  readonly resolution?: Resolution;
}

/**
 * The flags a fact's summary can carry, decided here from its claims (README.md, "Flags"):
 * `contradicted`, an open contradiction anywhere; `contested`, one about the current value;
 * `disputed_history`, one only at earlier valid times; `unreviewed`, no claim behind the
 * current value has a verdict on its present version.
 */
export const FACT_FLAGS = ['contradicted', 'contested', 'disputed_history', 'anomaly', 'single_source', 'unreviewed'] as const;
export type FactFlag = (typeof FACT_FLAGS)[number];

export type Revisions = PersistentMap<string, string>;

/** A value claims at the current valid time give against the chosen one. */
export interface CompetingValue {
  readonly value: Quantity;
  /** The claims giving it: the one most supported (then latest published) first, then those agreeing with it. */
  readonly claimIds: readonly string[];
}

export interface CurrentValue {
  readonly value: Quantity;
  readonly validTime: ValidTimeInput;
  /** The chosen claim first, then those that agree with it at that time. */
  readonly claimIds: readonly string[];
  /**
   * Why this value: an editor's preferred rank, a resolution, more claims agreeing with it than
   * with any other value (corroboration), or none of these: as many claims give another value
   * (a tie, broken only by the latest publication date).
   */
  readonly basis: 'preferred' | 'resolution' | 'corroboration' | 'tie';
  /** Set when an open contradiction involves a claim at the current valid time. */
  readonly contested?: true;
  /** The values claims at the current valid time give against the chosen one, when there are any. */
  readonly competing?: readonly CompetingValue[];
}

export interface FactSummary {
  readonly current?: CurrentValue;
  readonly flags: readonly FactFlag[];
  readonly claimCount: number;
  readonly sourceCount: number;
  readonly latestValidEnd?: string;
  readonly contradictions: readonly Contradiction[];
  /**
   * Claims superseded by a later release of the same publisher: id -> the id that revised it.
   * Persistent (structurally shared): a statistical series holds thousands, and revising the
   * summary after a batch changes a few of them without copying the rest.
   */
  readonly supersededBy: Revisions;
  readonly anomalies: ReadonlyArray<readonly [string, string]>;
}

/**
 * Everything the fact views say about one fact, from its claims: what holds now and why, where
 * sources disagree, what was revised, and the flags. Retracted and deprecated claims take part
 * in nothing. Pure: the same claims give the same summary.
 */
export function summarizeFact(
  entityId: string,
  metricId: string,
  claims: readonly FactClaim[],
  metric: FactMetric,
  resolutions: readonly Resolution[] = [],
): FactSummary {
  const { supersededBy, ...summary } = summarizeClaims(entityId, metricId, claims, metric, resolutions);
  return { ...summary, supersededBy: PersistentMap(supersededBy) };
}

/** A summary whose revisions are a plain record: what `summarizeFact` gives before it keeps them persistent. */
export type ClaimsSummary = Omit<FactSummary, 'supersededBy'> & { readonly supersededBy: Readonly<Record<string, string>> };

/** `summarizeFact`, with the revisions as a plain record (for summaries of a few claims, merged into a persistent one). */
export function summarizeClaims(
  entityId: string,
  metricId: string,
  claims: readonly FactClaim[],
  metric: FactMetric,
  resolutions: readonly Resolution[] = [],
): ClaimsSummary {
  const active = claims.filter((c) => c.status === 'active' && c.rank !== 'deprecated');
  const sorted = [...active].sort((a, b) => a.span.start.localeCompare(b.span.start) || a.id.localeCompare(b.id));

  const supersededBy: Record<string, string> = {};
  const byId = new Map(active.map((c) => [c.id, c]));
  const edges: Array<{ a: FactClaim; b: FactClaim; severity: Severity; gap: number }> = [];
  const anomalies: Array<[string, string]> = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const a = sorted[i]!;
      const b = sorted[j]!;
      // Sorted by start: once b starts after a ends, no later claim overlaps a either, and only
      // a cumulative metric still needs the neighbouring pair (for anomalies).
      if (b.span.start > a.span.end && !metric.cumulative) break;
      const relation = relate(a, b, metric);
      if (relation.kind === 'revision') {
        // Each release is superseded by the next one, not by every later one.
        const [old, by] = relation.superseded === a.id ? [a, b] : [b, a];
        const known = supersededBy[old.id];
        if (!known || by.publishedAt < byId.get(known)!.publishedAt) supersededBy[old.id] = by.id;
      } else if (relation.kind === 'contradiction') edges.push({ a, b, severity: relation.severity, gap: relation.gap });
      else if (relation.kind === 'anomaly') anomalies.push([a.id, b.id]);
    }
  }

  const live = (c: FactClaim) => !(c.id in supersededBy);
  const contradictions = groups(edges.filter((e) => live(e.a) && live(e.b)))
    .map((group) => {
      const members = group.claims.sort((x, y) => x.firstRecordedAt.localeCompare(y.firstRecordedAt) || x.id.localeCompare(y.id));
      const id = deterministicUuid('contradiction', entityId, metricId, members[0]!.id);
      const claimIds = members.map((c) => c.id);
      const resolution = [...resolutions].reverse().find((r) => r.contradictionId === id);
      const settled = resolution !== undefined && claimIds.every((c) => resolution.claimIds.includes(c));
      return {
        id,
        claimIds,
        severity: group.severity,
        gap: group.gap,
        status: settled ? ('resolved' as const) : ('open' as const),
        ...(resolution ? { resolution } : {}),
      };
    })
    .sort(contradictionOrder);

  // Sorted, so that the summary does not depend on the order the claims were read in.
  const current = currentValue(sorted.filter(live), metric, contradictions);
  const flags = factFlags(current, contradictions, {
    anomaly: anomalies.length > 0,
    singleSource: new Set(active.map((c) => c.sourceId)).size === 1,
    unreviewed: current !== undefined && !current.claimIds.some((id) => hasVerdict(byId.get(id)!)),
  });

  return {
    ...(current ? { current } : {}),
    flags,
    claimCount: active.length,
    sourceCount: new Set(active.map((c) => c.sourceId)).size,
    ...(active.length
      ? {
          latestValidEnd: active
            .map((c) => c.span.end)
            .sort()
            .at(-1)!,
        }
      : {}),
    contradictions,
    supersededBy,
    anomalies,
  };
}

/** Whether a claim has a verdict on its present version (a correction since leaves it without one). */
export const hasVerdict = (c: FactClaim) => c.verdict !== undefined && !c.verdictOutdated;

/**
 * A summary's flags, in FACT_FLAGS order, from its current value and contradictions and what
 * only the whole set of claims knows. A contradiction contests the current value when one of its
 * claims holds at the current valid time (gives the current value or competes with it); any
 * other open contradiction is a dispute of the history only.
 */
export function factFlags(
  current: CurrentValue | undefined,
  contradictions: readonly Contradiction[],
  facts: { readonly anomaly: boolean; readonly singleSource: boolean; readonly unreviewed: boolean },
): FactFlag[] {
  const open = contradictions.filter((c) => c.status === 'open');
  const now = new Set([...(current?.claimIds ?? []), ...(current?.competing ?? []).flatMap((v) => v.claimIds)]);
  const flags: FactFlag[] = [];
  if (open.length > 0) flags.push('contradicted');
  if (current?.contested) flags.push('contested');
  if (open.some((c) => !c.claimIds.some((id) => now.has(id)))) flags.push('disputed_history');
  if (facts.anomaly) flags.push('anomaly');
  if (facts.singleSource) flags.push('single_source');
  if (facts.unreviewed) flags.push('unreviewed');
  return flags;
}

/**
 * The order a fact's contradictions are listed in. It does not depend on which claims were
 * summarised together, so that a summary brought up to date cluster by cluster lists them as a
 * full one does.
 */
export function contradictionOrder(a: Contradiction, b: Contradiction): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The claim(s) holding for the latest valid time: an editor's preferred rank first, then the
 * preference of a resolved contradiction, then the value most claims at that time agree with
 * (ties to the latest published, and then said to be a tie: one source against another is not
 * corroboration). The values the other claims at that time give are listed as competing, and
 * the value is contested while an open contradiction involves any of them.
 */
function currentValue(claims: readonly FactClaim[], metric: FactMetric, contradictions: readonly Contradiction[]): CurrentValue | undefined {
  if (claims.length === 0) return undefined;
  const latest = claims.reduce((a, b) => (b.span.start > a.span.start || (b.span.start === a.span.start && b.span.end > a.span.end) ? b : a));
  const candidates = claims.filter((c) => c.span.start <= latest.span.end && latest.span.start <= c.span.end);
  const resolvedPreferred = new Set(contradictions.filter((c) => c.status === 'resolved').flatMap((c) => c.resolution!.preferred));
  const intervals = new Map(candidates.map((c) => [c.id, toInterval(c.value, metric.tolerance)]));
  const meet = (a: FactClaim, b: FactClaim) => intervalsMeet(intervals.get(a.id)!, intervals.get(b.id)!);
  const support = new Map(candidates.map((c) => [c.id, candidates.filter((o) => meet(c, o)).length]));
  const rank = (c: FactClaim): [number, number, number, string, string, string] => [
    c.rank === 'preferred' ? 1 : 0,
    resolvedPreferred.has(c.id) ? 1 : 0,
    support.get(c.id)!,
    c.publishedAt,
    c.firstRecordedAt,
    c.id,
  ];
  const ranked = [...candidates].sort((a, b) => compareTuples(rank(b), rank(a)));
  const best = ranked[0]!;
  const agreeing = candidates.filter((c) => c.id !== best.id && meet(best, c));
  // The claims against the chosen value, grouped the same way: each group's best, then those agreeing with it.
  const competing: CompetingValue[] = [];
  const placed = new Set([best.id, ...agreeing.map((c) => c.id)]);
  for (const c of ranked) {
    if (placed.has(c.id)) continue;
    const group = ranked.filter((o) => !placed.has(o.id) && (o.id === c.id || meet(c, o)));
    for (const o of group) placed.add(o.id);
    competing.push({ value: c.value, claimIds: group.map((o) => o.id) });
  }
  const tie = ranked.some((c) => !meet(best, c) && support.get(c.id)! >= support.get(best.id)!);
  const basis = best.rank === 'preferred' ? 'preferred' : resolvedPreferred.has(best.id) ? 'resolution' : tie ? 'tie' : 'corroboration';
  const involved = new Set(candidates.map((c) => c.id));
  const contested = contradictions.some((c) => c.status === 'open' && c.claimIds.some((id) => involved.has(id)));
  return {
    value: best.value,
    validTime: best.validTime,
    claimIds: [best.id, ...agreeing.map((c) => c.id)],
    basis,
    ...(contested ? { contested: true as const } : {}),
    ...(competing.length ? { competing } : {}),
  };
}

function compareTuples(a: readonly (number | string)[], b: readonly (number | string)[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i]! < b[i]!) return -1;
    if (a[i]! > b[i]!) return 1;
  }
  return 0;
}

/** Connected claims: two contradictions that share a claim are one contradiction. */
function groups(edges: ReadonlyArray<{ a: FactClaim; b: FactClaim; severity: Severity; gap: number }>) {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  const claims = new Map<string, FactClaim>();
  for (const { a, b } of edges) {
    claims.set(a.id, a);
    claims.set(b.id, b);
    parent.set(find(a.id), find(b.id));
  }
  const order: Record<Severity, number> = { low: 0, medium: 1, high: 2 };
  const out = new Map<string, { claims: FactClaim[]; severity: Severity; gap: number }>();
  for (const claim of claims.values()) {
    const root = find(claim.id);
    if (!out.has(root)) out.set(root, { claims: [], severity: 'low', gap: 0 });
    out.get(root)!.claims.push(claim);
  }
  for (const { a, severity, gap } of edges) {
    const group = out.get(find(a.id))!;
    if (order[severity] > order[group.severity]) group.severity = severity;
    group.gap = Math.max(group.gap, gap);
  }
  return [...out.values()];
}

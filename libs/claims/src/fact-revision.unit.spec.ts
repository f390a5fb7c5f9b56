import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DaySpan } from './claim-relations.js';
import { type FactClaim, type FactMetric, type Resolution, summarizeFact } from './fact-summary.js';
import { clusterRanges, type FactTally, latestReleases, mergeSpans, newestReleases, retallyAll, reviseSummary, tallyFact } from './fact-revision.js';

const day = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const plain: FactMetric = { unit: 'member', tolerance: 0, cumulative: false };
const active = (c: FactClaim) => c.status === 'active' && c.rank !== 'deprecated';
const overlaps = (c: FactClaim, ranges: readonly DaySpan[]) => ranges.some((r) => c.span.start <= r.end && r.start <= c.span.end);

/**
 * The claims a projector reads around a change, as it reads them from its table: the active
 * claims overlapping the changed claims' old and new valid times, the changed claims (by id) and
 * the fact's latest claim, widened until the search is complete.
 */
function around(claims: readonly FactClaim[], spans: readonly DaySpan[], ids: ReadonlySet<string>, latestEnd: string | undefined): FactClaim[] {
  const live = claims.filter(active);
  let ranges: DaySpan[] = [...spans, ...live.filter((c) => ids.has(c.id)).map((c) => c.span), ...(latestEnd ? [{ start: latestEnd, end: latestEnd }] : [])];
  for (;;) {
    const found = live.filter((c) => overlaps(c, ranges));
    const next = clusterRanges(
      ranges,
      found.map((c) => c.span),
    );
    if (!next) return found;
    ranges = next;
  }
}

type Op =
  | { kind: 'record'; from: number; days: number; amount: number; qualifier: string; source: number; verdict: boolean }
  | { kind: 'correct'; pick: number; from?: number; days: number; amount?: number }
  | { kind: 'retract' | 'restore' | 'review'; pick: number }
  | { kind: 'rank'; pick: number; rank: FactClaim['rank'] }
  | { kind: 'resolve'; pick: number; preferred: number }
  | { kind: 'republish'; source: number; publisher?: string; publishedAt: number };

const arbOp: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('record' as const),
      from: fc.integer({ min: 0, max: 40 }),
      days: fc.constantFrom(0, 0, 0, 3, 10, 30),
      amount: fc.integer({ min: 55, max: 90 }),
      qualifier: fc.constantFrom('exact', 'exact', 'approx', 'more_than', 'less_than'),
      source: fc.integer({ min: 0, max: 4 }),
      verdict: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('correct' as const),
      pick: fc.nat(),
      from: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
      days: fc.constantFrom(0, 5),
      amount: fc.option(fc.integer({ min: 55, max: 90 }), { nil: undefined }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('retract' as const, 'restore' as const, 'review' as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('rank' as const), pick: fc.nat(), rank: fc.constantFrom<FactClaim['rank']>('preferred', 'normal', 'deprecated') }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('resolve' as const), pick: fc.nat(), preferred: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('republish' as const),
      source: fc.integer({ min: 0, max: 4 }),
      publisher: fc.constantFrom(undefined, 'Office', 'Paper'),
      publishedAt: fc.integer({ min: 0, max: 60 }),
    }),
  },
);

/** Sources 0-4: two of the same publisher, so that restated figures are revisions. */
const initialSources = () => [0, 1, 2, 3, 4].map((s) => ({ publisher: s < 2 ? 'Office' : s === 2 ? 'Paper' : undefined, publishedAt: day(s * 7) }));

/**
 * Applies operations one at a time to a fact, bringing its summary up to date from the claims
 * around each change only, and checks it against the summary of all its claims after each.
 */
function check(ops: readonly Op[], metric: FactMetric, counted: { liveOnly: number } = { liveOnly: 0 }) {
  let claims: FactClaim[] = [];
  const sources = initialSources();
  const resolutions: Resolution[] = [];
  let summary = summarizeFact('e', 'm', [], metric);
  let tally: FactTally = tallyFact([]);
  let revised = 0;
  ops.forEach((op, step) => {
    const before = claims;
    const changes: Array<{ before?: FactClaim; after: FactClaim }> = [];
    const spans: DaySpan[] = [];
    const ids = new Set<string>();
    const change = (i: number, next: FactClaim) => {
      changes.push({ before: claims[i], after: next });
      spans.push(claims[i]!.span, next.span);
      ids.add(next.id);
      claims = claims.map((c, k) => (k === i ? next : c));
    };
    const pick = (n: number) => n % Math.max(1, claims.length);
    if (op.kind === 'record') {
      const id = `00000000-0000-4000-8000-${String(step).padStart(12, '0')}`;
      const source = sources[op.source]!;
      const c: FactClaim = {
        id,
        sourceId: `s${op.source}`,
        ...(source.publisher ? { publisher: source.publisher } : {}),
        publishedAt: source.publishedAt,
        value: { amount: op.amount, qualifier: op.qualifier, unit: 'member' } as FactClaim['value'],
        span: { start: day(op.from), end: day(op.from + op.days) },
        status: 'active',
        rank: 'normal',
        ...(op.verdict ? { verdict: 'accurate' } : {}),
        validTime: { at: day(op.from) },
        firstRecordedAt: `2026-01-01T00:00:${String(step % 60).padStart(2, '0')}Z`,
      };
      claims = [...claims, c];
      changes.push({ after: c });
      spans.push(c.span);
      ids.add(id);
    } else if (claims.length === 0) return;
    else if (op.kind === 'correct') {
      const c = claims[pick(op.pick)]!;
      const start = op.from === undefined ? c.span.start : day(op.from);
      const end = op.from === undefined ? c.span.end : day(op.from + op.days);
      // A correction leaves the verdict judging the version before it.
      change(pick(op.pick), {
        ...c,
        span: { start, end },
        ...(op.amount === undefined ? {} : { value: { ...c.value, amount: op.amount } }),
        ...(c.verdict ? { verdictOutdated: true } : {}),
      });
    } else if (op.kind === 'retract' || op.kind === 'restore')
      change(pick(op.pick), { ...claims[pick(op.pick)]!, status: op.kind === 'retract' ? 'retracted' : 'active' });
    else if (op.kind === 'review') {
      const { verdictOutdated: _, ...c } = claims[pick(op.pick)]!;
      change(pick(op.pick), { ...c, verdict: 'accurate' });
    } else if (op.kind === 'rank') change(pick(op.pick), { ...claims[pick(op.pick)]!, rank: op.rank });
    else if (op.kind === 'resolve') {
      const open = summary.contradictions;
      if (open.length === 0) return;
      const c = open[op.pick % open.length]!;
      resolutions.push({
        contradictionId: c.id,
        claimIds: c.claimIds,
        preferred: [c.claimIds[op.preferred % c.claimIds.length]!],
        reason: 'r',
        resolvedAt: '2026-02-01T00:00:00Z',
      });
      for (const id of c.claimIds) ids.add(id);
    } else if (op.kind === 'republish') {
      sources[op.source] = { publisher: op.publisher, publishedAt: day(op.publishedAt) };
      claims.forEach((c, i) => {
        if (c.sourceId !== `s${op.source}`) return;
        const { publisher: _, ...rest } = c;
        change(i, { ...rest, ...(op.publisher ? { publisher: op.publisher } : {}), publishedAt: day(op.publishedAt) });
      });
    }
    tally = retallyAll(tally, changes);
    // A new release, newer than every claim of its publisher: searched among the live claims only,
    // as the projector searches then.
    const added = op.kind === 'record' ? claims.slice(-1) : [];
    const liveOnly = added.length > 0 && newestReleases(added, latestReleases(before));
    if (liveOnly) counted.liveOnly++;
    const searched = liveOnly ? claims.filter((c) => !summary.supersededBy.has(c.id)) : claims;
    const next = reviseSummary('e', 'm', summary, tally, around(searched, spans, ids, summary.latestValidEnd), ids, metric, resolutions);
    const full = summarizeFact('e', 'm', claims, metric, resolutions);
    expect(tally, `tally after ${JSON.stringify(op)}`).toEqual(tallyFact(claims));
    if (!next) {
      summary = full;
      return;
    }
    revised++;
    expect(next, `after ${JSON.stringify(op)} on ${before.length} claims`).toEqual(full);
    summary = next;
  });
  return revised;
}

describe('bringing a fact summary up to date from the claims around a change', () => {
  it('given a statistical series restated release after release, then each release revises only its own period and the result is the full summary', () => {
    const ops: Op[] = [];
    for (let month = 0; month < 6; month++)
      ops.push({ kind: 'record', from: month * 5, days: 4, amount: 60 + month, qualifier: 'exact', source: 0, verdict: false });
    ops.push({ kind: 'record', from: 10, days: 4, amount: 75, qualifier: 'exact', source: 1, verdict: true }); // a later release restates month 2
    ops.push({ kind: 'record', from: 25, days: 4, amount: 90, qualifier: 'exact', source: 3, verdict: false }); // another source contradicts the latest month
    const counted = { liveOnly: 0 };
    expect(check(ops, plain, counted)).toBe(ops.length);
    // The first claim of the first release, the later release and the source without a
    // publisher are searched among the live claims; the other claims of the first release are
    // not newer than their own release.
    expect(counted.liveOnly).toBe(3);
  });

  it('given the claim that bridged two others retracted, then the cluster splits and the result is the full summary', () => {
    const ops: Op[] = [
      { kind: 'record', from: 0, days: 10, amount: 60, qualifier: 'exact', source: 2, verdict: false },
      { kind: 'record', from: 10, days: 10, amount: 70, qualifier: 'exact', source: 3, verdict: false },
      { kind: 'record', from: 20, days: 10, amount: 80, qualifier: 'exact', source: 4, verdict: false },
      { kind: 'retract', pick: 1 },
      { kind: 'restore', pick: 1 },
      { kind: 'correct', pick: 1, from: 35, days: 0 },
    ];
    expect(check(ops, plain)).toBe(ops.length);
  });

  it('given the latest claims moved back or taken out, then it leaves the fact to the full summary, whose latest cluster nobody searched', () => {
    const ops: Op[] = [
      { kind: 'record', from: 0, days: 0, amount: 60, qualifier: 'exact', source: 2, verdict: false },
      { kind: 'record', from: 20, days: 0, amount: 70, qualifier: 'exact', source: 3, verdict: false },
      { kind: 'retract', pick: 1 },
    ];
    expect(check(ops, plain)).toBe(2);
  });

  it('leaves a cumulative metric to the full summary', () => {
    expect(check([{ kind: 'record', from: 0, days: 0, amount: 60, qualifier: 'exact', source: 0, verdict: false }], { ...plain, cumulative: true })).toBe(0);
  });

  it('gives exactly the full summary after any recordings, corrections, retractions, restorations, reviews, ranks, resolutions and restated sources (property)', () => {
    let steps = 0;
    let revised = 0;
    const counted = { liveOnly: 0 };
    fc.assert(
      fc.property(fc.array(arbOp, { maxLength: 30 }), fc.constantFrom(0, 0.05), (ops, tolerance) => {
        steps += ops.length;
        revised += check(ops, { ...plain, tolerance }, counted);
      }),
      { numRuns: 400 },
    );
    // Most changes are applied from the clusters around them, not left to the full summary, and
    // many new claims from the live claims around them only.
    expect(revised).toBeGreaterThan(steps / 2);
    expect(counted.liveOnly).toBeGreaterThan(steps / 10);
  });
});

describe('the valid times a cluster search looks in', () => {
  it('joins overlapping and adjacent days into one range and keeps apart what a day separates', () => {
    const spans = [
      { start: '2024-02-01', end: '2024-02-29' },
      { start: '2024-01-01', end: '2024-01-31' },
      { start: '2024-03-02', end: '2024-03-31' },
      { start: '2024-03-15', end: '2024-04-30' },
      { start: '9999-12-31', end: '9999-12-31' },
    ];
    expect(mergeSpans(spans)).toEqual([
      { start: '2024-01-01', end: '2024-02-29' },
      { start: '2024-03-02', end: '2024-04-30' },
      { start: '9999-12-31', end: '9999-12-31' },
    ]);
  });
});

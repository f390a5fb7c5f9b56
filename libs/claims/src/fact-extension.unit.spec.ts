import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FactClaim, type FactMetric, summarizeFact } from './fact-summary.js';
import { extendSummary, tallySources } from './fact-extension.js';

const day = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

function claim(i: number, over: Partial<FactClaim> & { from?: number; days?: number } = {}): FactClaim {
  const from = over.from ?? i * 10;
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    sourceId: over.sourceId ?? 's1',
    publishedAt: day(from + 1),
    value: over.value ?? { amount: 60 + i, qualifier: 'exact', unit: 'member' },
    span: { start: day(from), end: day(from + (over.days ?? 0)) },
    status: over.status ?? 'active',
    rank: over.rank ?? 'normal',
    validTime: { at: day(from) },
    firstRecordedAt: `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}Z`,
    ...(over.publisher ? { publisher: over.publisher } : {}),
    ...(over.verdict ? { verdict: over.verdict } : {}),
  };
}

const plain: FactMetric = { unit: 'member', tolerance: 0, cumulative: false };

/** Folds claims in one at a time, extending where possible and summarising from scratch where not. */
function fold(claims: readonly FactClaim[], metric: FactMetric) {
  let summary = summarizeFact('e', 'm', [], metric);
  let tally = tallySources([]);
  let extended = 0;
  claims.forEach((c, i) => {
    const next = extendSummary(summary, tally, c, metric);
    if (next) {
      extended++;
      ({ summary, tally } = next);
    } else {
      summary = summarizeFact('e', 'm', claims.slice(0, i + 1), metric);
      tally = tallySources(claims.slice(0, i + 1));
    }
  });
  return { summary, tally, extended };
}

describe('extending a fact summary by one claim', () => {
  it('given a series recorded in valid-time order, when each claim arrives, then every one extends the summary and the result is the full summary', () => {
    const claims = [claim(0), claim(1, { sourceId: 's2' }), claim(2, { verdict: 'accurate' })];
    const { summary, tally, extended } = fold(claims, plain);
    expect(extended).toBe(3);
    expect(summary).toEqual(summarizeFact('e', 'm', claims, plain));
    expect(summary.current?.claimIds).toEqual([claims[2]!.id]);
    expect(tally).toEqual({ s1: 2, s2: 1 });
  });

  it('given a claim that overlaps an earlier one, then it cannot extend', () => {
    const first = claim(0, { days: 30 });
    const { summary, tally } = fold([first], plain);
    expect(extendSummary(summary, tally, claim(1, { from: 5, value: { amount: 84, qualifier: 'exact', unit: 'member' } }), plain)).toBeUndefined();
  });

  it('given a cumulative metric, then a new claim always needs the full summary (a fall is an anomaly)', () => {
    const metric = { ...plain, cumulative: true };
    const { summary, tally } = fold([claim(0)], metric);
    expect(extendSummary(summary, tally, claim(1), metric)).toBeUndefined();
  });

  it('given a tally that does not account for every claim, then it refuses rather than guess the source count', () => {
    const { summary } = fold([claim(0), claim(1)], plain);
    expect(extendSummary(summary, {}, claim(2), plain)).toBeUndefined();
  });

  it('gives exactly the full summary for any claims in any order (property)', () => {
    const arbClaim = fc.record({
      from: fc.integer({ min: 0, max: 60 }),
      days: fc.constantFrom(0, 0, 0, 5, 30),
      amount: fc.integer({ min: 50, max: 90 }),
      qualifier: fc.constantFrom('exact', 'approx', 'more_than', 'less_than'),
      sourceId: fc.constantFrom('s1', 's2', 's3'),
      publisher: fc.constantFrom(undefined, 'Office', 'Paper'),
      rank: fc.constantFrom('normal', 'normal', 'preferred', 'deprecated'),
      status: fc.constantFrom('active', 'active', 'active', 'retracted'),
      verdict: fc.constantFrom(undefined, undefined, 'accurate'),
    });
    fc.assert(
      fc.property(fc.array(arbClaim, { maxLength: 14 }), fc.boolean(), (specs, cumulative) => {
        const metric = { ...plain, cumulative };
        const claims = specs.map((s, i) =>
          claim(i, {
            from: s.from,
            days: s.days,
            value: { amount: s.amount, qualifier: s.qualifier, unit: 'member' },
            sourceId: s.sourceId,
            ...(s.publisher ? { publisher: s.publisher } : {}),
            rank: s.rank,
            status: s.status,
            ...(s.verdict ? { verdict: s.verdict } : {}),
          }),
        );
        const { summary, tally } = fold(claims, metric);
        expect(summary).toEqual(summarizeFact('e', 'm', claims, metric));
        expect(tally).toEqual(tallySources(claims));
      }),
      { numRuns: 500 },
    );
  });
});

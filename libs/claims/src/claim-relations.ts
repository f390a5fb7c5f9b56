import type { Quantity } from './quantity.js';

/**
 * A quantity as the set of values it allows. "over 60" is (60, +inf), "all 60" is [60, 60],
 * "about 600 million" is [550M, 650M]: two claims can only both be true where their sets meet.
 */
export interface Interval {
  readonly low: number;
  readonly high: number;
  readonly lowOpen: boolean;
  readonly highOpen: boolean;
}

/** "About n" allows at least this share of n either side, more for rounder numbers. */
const APPROX_SHARE = 0.05;

export function toInterval(q: Quantity, tolerance = 0): Interval {
  const closed = (low: number, high: number): Interval => ({ low, high, lowOpen: false, highOpen: false });
  const widen = (n: number, share: number) => Math.abs(n) * share;
  const amount = q.amount ?? Number.NaN;
  switch (q.qualifier) {
    case 'exact':
      return closed(amount - widen(amount, tolerance), amount + widen(amount, tolerance));
    case 'approx': {
      const margin = Math.max(widen(amount, Math.max(tolerance, APPROX_SHARE)), roundStep(amount) / 2);
      return closed(amount - margin, amount + margin);
    }
    case 'more_than':
      return { low: amount, high: Number.POSITIVE_INFINITY, lowOpen: true, highOpen: true };
    case 'at_least':
      return { low: amount, high: Number.POSITIVE_INFINITY, lowOpen: false, highOpen: true };
    case 'less_than':
      return { low: q.lowerBound ?? Number.NEGATIVE_INFINITY, high: amount, lowOpen: q.lowerBound === undefined, highOpen: true };
    case 'at_most':
      return { low: q.lowerBound ?? Number.NEGATIVE_INFINITY, high: amount, lowOpen: q.lowerBound === undefined, highOpen: false };
    case 'range':
    case 'vague':
      return closed(q.lowerBound! - widen(q.lowerBound!, tolerance), q.upperBound! + widen(q.upperBound!, tolerance));
    default:
      q.qualifier satisfies never;
      return closed(amount, amount);
  }
}

/** The largest power of ten that divides n: 60 -> 10, 600000000 -> 100000000, 72 -> 1. */
function roundStep(n: number): number {
  if (!Number.isInteger(n) || n === 0) return 0;
  let step = 1;
  while (n % (step * 10) === 0) step *= 10;
  return step;
}

/** Whether the two sets share a value; touching ends share one only if both are closed. */
export function intervalsMeet(a: Interval, b: Interval): boolean {
  if (a.high < b.low || b.high < a.low) return false;
  if (a.high === b.low) return !a.highOpen && !b.lowOpen;
  if (b.high === a.low) return !b.highOpen && !a.lowOpen;
  return true;
}

export type Severity = 'low' | 'medium' | 'high';

/** What severity needs to know of a metric: its kind and tolerance (README.md, "How severe a contradiction is"). */
export interface SeverityMetric {
  readonly tolerance: number;
  readonly kind?: string;
}

/**
 * How far apart two disjoint claims are, relative to their size: the gap between the sets over
 * the larger magnitude at the gap, rated low up to 2%, medium up to 10%, high beyond. Touching
 * sets ("over 60" against "all 60") are a tension, low. The gap alone is not the whole story:
 * "low" is meant for what rounding and hedging explain, so when both claims are exact it is
 * raised to medium for a count (whole things counted: one member more is another count) and for
 * any metric whose tolerance is 0 (its figures are not rounded): nothing explains the gap.
 */
function severityOf(a: Interval, b: Interval, exact: boolean, metric: SeverityMetric): { severity: Severity; gap: number } {
  const [lower, upper] = a.high <= b.low ? [a, b] : [b, a];
  const distance = Math.max(0, upper.low - lower.high);
  const scale = Math.max(Math.abs(upper.low), Math.abs(lower.high), Number.EPSILON);
  const gap = distance / scale;
  const byGap: Severity = gap <= 0.02 ? 'low' : gap <= 0.1 ? 'medium' : 'high';
  const material = exact && distance > 0 && (metric.kind === 'count' || metric.tolerance === 0);
  return { severity: byGap === 'low' && material ? 'medium' : byGap, gap };
}

/** First and last day a claim holds for (YYYY-MM-DD). */
export interface DaySpan {
  readonly start: string;
  readonly end: string;
}

const spansOverlap = (a: DaySpan, b: DaySpan) => a.start <= b.end && b.start <= a.end;

/** What factlog needs of a claim to compare it with others on the same fact. */
export interface ComparableClaim {
  readonly id: string;
  readonly sourceId: string;
  readonly publisher?: string;
  /** First day of the source's publication date. */
  readonly publishedAt: string;
  readonly value: Quantity;
  readonly span: DaySpan;
}

export type Relation =
  | { readonly kind: 'agreement' }
  | { readonly kind: 'change' }
  | { readonly kind: 'anomaly' }
  | { readonly kind: 'revision'; readonly superseded: string }
  | { readonly kind: 'contradiction'; readonly severity: Severity; readonly gap: number };

/**
 * How two active claims on one fact relate (README.md, "When claims disagree"): at different
 * valid times, a change (or, for a cumulative metric that falls, an anomaly); at overlapping times with values
 * that cannot both be true, a contradiction — unless one publisher restated its own figure in a
 * later release, which is a revision that supersedes the earlier one.
 */
export function relate(a: ComparableClaim, b: ComparableClaim, metric: SeverityMetric & { readonly cumulative: boolean }): Relation {
  const ia = toInterval(a.value, metric.tolerance);
  const ib = toInterval(b.value, metric.tolerance);
  if (!spansOverlap(a.span, b.span)) {
    if (!metric.cumulative) return { kind: 'change' };
    const [earlier, later] = a.span.end < b.span.start ? [ia, ib] : [ib, ia];
    // It fell only if every value the later claim allows is below every one the earlier allows.
    const fell = later.high < earlier.low || (later.high === earlier.low && (later.highOpen || earlier.lowOpen));
    return { kind: fell ? 'anomaly' : 'change' };
  }
  if (intervalsMeet(ia, ib)) return { kind: 'agreement' };
  if (a.publisher && a.publisher === b.publisher && a.sourceId !== b.sourceId && a.publishedAt !== b.publishedAt) {
    return { kind: 'revision', superseded: a.publishedAt < b.publishedAt ? a.id : b.id };
  }
  const exact = a.value.qualifier === 'exact' && b.value.qualifier === 'exact';
  return { kind: 'contradiction', ...severityOf(ia, ib, exact, metric) };
}

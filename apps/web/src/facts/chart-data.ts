import type { Contradiction, TimelineClaim } from '../api/types';
import { formatDate, formatQuantity, shortQuantity } from '../format';

/** One claim as the chart draws it: where it sits, what it spans and how it is marked. */
export interface ChartMark {
  readonly id: string;
  /** The legend's key: one colour per source. */
  readonly source: string;
  /** The middle of the valid time, and its first and last instants. */
  readonly x: Date;
  readonly x1: Date;
  readonly x2: Date;
  /** Whether the valid time is longer than a day (drawn as a horizontal range). */
  readonly spansTime: boolean;
  readonly y: number;
  /** A stated range of values (drawn as a vertical range). */
  readonly y1?: number;
  readonly y2?: number;
  /** "More than" / "at least" are open above, "less than" / "at most" below. */
  readonly open?: 'up' | 'down';
  readonly label: string;
  readonly description: string;
  readonly contradiction?: 'open' | 'resolved';
  /** A later release of the same publisher revised this figure. */
  readonly revised: boolean;
  readonly href: string;
}

const DAY = 86_400_000;
const day = (date: string) => new Date(`${date}T00:00:00Z`);

/** How the legend names a source: its publisher (or a short title) and its date. */
export function sourceLabel(source: TimelineClaim['source']): string {
  const name = source.publisher ?? (source.title.length > 42 ? `${source.title.slice(0, 40).trimEnd()}…` : source.title);
  return `${name} · ${formatDate(source.publishedAt)}`;
}

/** Where a claim's value sits on the chart, and the range it covers if it states one. */
function place(claim: TimelineClaim): Pick<ChartMark, 'y' | 'y1' | 'y2' | 'open'> | undefined {
  const { amount, lowerBound: lo, upperBound: hi, qualifier } = claim.value;
  switch (qualifier) {
    case 'range':
    case 'vague':
      if (lo !== undefined && hi !== undefined) return { y: (lo + hi) / 2, y1: lo, y2: hi };
      return amount === undefined ? undefined : { y: amount };
    case 'more_than':
    case 'at_least':
      return amount === undefined ? undefined : { y: amount, open: 'up', ...(hi !== undefined ? { y1: amount, y2: hi } : {}) };
    case 'less_than':
    case 'at_most':
      return amount === undefined ? undefined : { y: amount, open: 'down', ...(lo !== undefined ? { y1: lo, y2: amount } : {}) };
    case 'exact':
    case 'approx':
      return amount === undefined ? undefined : { y: amount };
  }
}

/** The timeline's claims as chart marks; a claim with no number to place is left to the table. */
export function chartMarks(claims: readonly TimelineClaim[], contradictions: readonly Contradiction[], unit: string): ChartMark[] {
  const status = new Map(contradictions.map((c) => [c.id, c.status]));
  return claims.flatMap((claim) => {
    const at = place(claim);
    if (!at) return [];
    const x1 = day(claim.span.start);
    const x2 = new Date(day(claim.span.end).getTime() + DAY);
    const source = sourceLabel(claim.source);
    const contradiction = claim.inContradiction ? status.get(claim.inContradiction) : undefined;
    const mark: ChartMark = {
      id: claim.id,
      source,
      x: new Date((x1.getTime() + x2.getTime()) / 2),
      x1,
      x2,
      spansTime: x2.getTime() - x1.getTime() > DAY,
      ...at,
      label: shortQuantity(claim.value),
      description: [
        formatQuantity(claim.value, unit),
        'at' in claim.validTime ? formatDate(claim.validTime.at) : `${formatDate(claim.validTime.from)} to ${formatDate(claim.validTime.to)}`,
        source,
        ...(contradiction ? [contradiction === 'open' ? 'in an open contradiction' : 'in a resolved contradiction'] : []),
        ...(claim.supersededBy ? ['revised by a later release'] : []),
      ].join(', '),
      ...(contradiction ? { contradiction } : {}),
      revised: Boolean(claim.supersededBy),
      href: `#/claims/${claim.id}`,
    };
    return [mark];
  });
}

/**
 * One label per point: claims at the same time and value share it, each value once with how
 * many claims state it when more than one does ("60 ×2 · >60"), since their marks overlap.
 */
export function pointLabels(marks: readonly ChartMark[]): { x: Date; y: number; text: string }[] {
  const groups = new Map<string, { x: Date; y: number; counts: Map<string, number> }>();
  for (const m of marks) {
    const key = `${m.x.getTime()}:${m.y}`;
    const group = groups.get(key) ?? { x: m.x, y: m.y, counts: new Map<string, number>() };
    group.counts.set(m.label, (group.counts.get(m.label) ?? 0) + 1);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => ({
    x: g.x,
    y: g.y,
    // The value most claims state comes first, whatever order the claims arrive in.
    text: [...g.counts]
      .sort(([, a], [, b]) => b - a)
      .map(([label, n]) => (n > 1 ? `${label} ×${n}` : label))
      .join(' · '),
  }));
}

/** The values the y axis must show: every point, range end, and room for the open-bound arrows. */
export function valueDomain(marks: readonly ChartMark[]): { min: number; max: number; arrow: number } {
  const values = marks.flatMap((m) => [m.y, ...(m.y1 !== undefined ? [m.y1] : []), ...(m.y2 !== undefined ? [m.y2] : [])]);
  let min = Math.min(...values);
  let max = Math.max(...values);
  const arrow = Math.max((max - min) * 0.18, Math.abs(max) * 0.06, 1);
  if (marks.some((m) => m.open === 'up' && m.y2 === undefined)) max = Math.max(max, ...marks.filter((m) => m.open === 'up').map((m) => m.y + arrow));
  if (marks.some((m) => m.open === 'down' && m.y1 === undefined)) min = Math.min(min, ...marks.filter((m) => m.open === 'down').map((m) => m.y - arrow));
  return { min, max, arrow };
}

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

/** A value label's box on the chart (in the SVG's pixels), and the x of the point it names. */
export interface LabelBox {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly pointX: number;
}

/** How far to move a label from where it was drawn, or that it is left out. */
export interface LabelPlace {
  readonly dx: number;
  readonly dy: number;
  readonly hidden: boolean;
}

const overlap = (a: number, aSize: number, b: number, bSize: number) => Math.min(a + aSize, b + bSize) - Math.max(a, b);

/**
 * Where each value label goes so that none covers another (84 and 85 on the same day are a pixel
 * or two apart on a phone). A label that would run past the right edge moves to the left of its
 * point. Labels are then placed one by one, earlier ones first: each stays where it is drawn if
 * it is free, else moves just above or just below a label in its way, whichever is nearer; one
 * with no free place within two lines of its point is left out, and its value stays on the mark
 * (its title, its focus) and in the table.
 */
export function placeLabels(boxes: readonly LabelBox[], bounds: { width: number; height: number }, gap: number): LabelPlace[] {
  const placed: { left: number; top: number; width: number; height: number }[] = [];
  return boxes.map((b) => {
    const flipped = b.pointX - gap - b.width;
    const left = b.left + b.width > bounds.width && flipped >= 0 ? flipped : b.left;
    const inTheWay = placed.filter((p) => overlap(p.left, p.width, left, b.width) > 0.5);
    const free = (top: number) => top >= 0 && top + b.height <= bounds.height && inTheWay.every((p) => overlap(p.top, p.height, top, b.height) <= 0.5);
    const candidates = [b.top, ...inTheWay.flatMap((p) => [p.top - b.height - 1, p.top + p.height + 1])]
      .filter((top) => Math.abs(top - b.top) <= 2 * b.height && free(top))
      .sort((x, y) => Math.abs(x - b.top) - Math.abs(y - b.top));
    const top = candidates[0];
    if (top === undefined) return { dx: left - b.left, dy: 0, hidden: true };
    placed.push({ left, top, width: b.width, height: b.height });
    return { dx: left - b.left, dy: top - b.top, hidden: false };
  });
}

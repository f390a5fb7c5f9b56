import { describe, expect, it } from 'vitest';
import type { Contradiction, TimelineClaim } from '../api/types';
import { chartMarks, placeLabels, pointLabels, valueDomain } from './chart-data';

const source = (publisher: string, publishedAt: string) => ({ id: `s-${publisher}`, title: `A report by ${publisher}`, publisher, publishedAt });

function claim(id: string, over: Partial<TimelineClaim> & Pick<TimelineClaim, 'value' | 'validTime' | 'span'>): TimelineClaim {
  return {
    id,
    sourceId: 's',
    publishedAt: '2015-01-23',
    status: 'active',
    rank: 'normal',
    firstRecordedAt: '2026-01-01T00:00:00Z',
    source: source('Newsroom24', '2015-01-23'),
    ...over,
  };
}

const over60 = claim('a', {
  value: { amount: 60, qualifier: 'more_than', unit: 'member' },
  validTime: { at: '2015-01-22' },
  span: { start: '2015-01-22', end: '2015-01-22' },
  inContradiction: 'c1',
});
const all60 = claim('b', {
  value: { amount: 60, qualifier: 'exact', unit: 'member' },
  validTime: { at: '2015-01-22' },
  span: { start: '2015-01-22', end: '2015-01-22' },
  inContradiction: 'c1',
});
const july = claim('c', {
  value: { amount: 72, qualifier: 'exact', unit: 'member' },
  validTime: { at: '2017-07' },
  span: { start: '2017-07-01', end: '2017-07-31' },
  source: source('State', '2017-07'),
});
const share = claim('d', {
  value: { lowerBound: 30, upperBound: 40, qualifier: 'range', unit: 'percent' },
  validTime: { from: '2014', to: '2015' },
  span: { start: '2014-01-01', end: '2015-12-31' },
  supersededBy: 'e',
});
const open: Contradiction = { id: 'c1', claimIds: ['a', 'b'], severity: 'low', gap: 0, status: 'open' };

describe('the chart of a fact', () => {
  it('places each claim at the middle of its valid time, coloured by source', () => {
    const [a, , c] = chartMarks([over60, all60, july], [open], 'member');
    expect(a!.x.toISOString()).toBe('2015-01-22T12:00:00.000Z');
    expect(a!.spansTime).toBe(false);
    expect(c!.x1.toISOString()).toBe('2017-07-01T00:00:00.000Z');
    expect(c!.x2.toISOString()).toBe('2017-08-01T00:00:00.000Z');
    expect(c!.spansTime).toBe(true);
    expect(a!.source).toBe('Newsroom24 · 23 Jan 2015');
    expect(c!.source).toBe('State · Jul 2017');
  });

  it('draws bounds as open ends and ranges as ranges, and marks contradictions and revisions', () => {
    const [a, b, , d] = chartMarks([over60, all60, july, share], [open], 'member');
    expect(a).toMatchObject({ y: 60, open: 'up', contradiction: 'open', label: '>60' });
    expect(a!.description).toBe('more than 60 members, 22 Jan 2015, Newsroom24 · 23 Jan 2015, in an open contradiction');
    expect(b).toMatchObject({ y: 60, label: '60', contradiction: 'open' });
    expect(b!.open).toBeUndefined();
    expect(d).toMatchObject({ y: 35, y1: 30, y2: 40, revised: true, spansTime: true });
    expect(d!.contradiction).toBeUndefined();
    const resolved = chartMarks([over60], [{ ...open, status: 'resolved' }], 'member');
    expect(resolved[0]!.contradiction).toBe('resolved');
  });

  it('labels each point once, counting the claims that state the same value there', () => {
    const labels = pointLabels(chartMarks([over60, all60, july], [open], 'member'));
    expect(labels.map((l) => l.text)).toEqual(['>60 · 60', '72']);
    const full60 = { ...all60, id: 'f' };
    expect(pointLabels(chartMarks([over60, all60, full60, july], [open], 'member')).map((l) => l.text)).toEqual(['60 ×2 · >60', '72']);
  });

  it('leaves room for the arrows of open bounds: above "more than", below "less than"', () => {
    const under50 = claim('u', {
      value: { amount: 50, unit: 'member', qualifier: 'less_than' },
      validTime: { at: '2016' },
      span: { start: '2016-01-01', end: '2016-12-31' },
    });
    const domain = valueDomain(chartMarks([over60, under50], [], 'member'));
    expect(domain.arrow).toBeGreaterThan(0);
    expect(domain.max).toBeCloseTo(60 + domain.arrow);
    expect(domain.min).toBeCloseTo(50 - domain.arrow);
    const closed = valueDomain(chartMarks([all60, july], [], 'member'));
    expect([closed.min, closed.max]).toEqual([60, 72]);
  });

  it('leaves out a claim with no number to place', () => {
    const vague = claim('v', { value: { unit: 'member', qualifier: 'vague' }, validTime: { at: '2015' }, span: { start: '2015-01-01', end: '2015-12-31' } });
    expect(chartMarks([vague], [], 'member')).toEqual([]);
  });
});

describe('placeLabels', () => {
  const bounds = { width: 340, height: 220 };
  const label = (left: number, top: number, width = 16) => ({ left, top, width, height: 15, pointX: left - 16 });
  const boxOf = (b: ReturnType<typeof label>, p: { dx: number; dy: number }) => ({
    left: b.left + p.dx,
    top: b.top + p.dy,
    right: b.left + p.dx + b.width,
    bottom: b.top + p.dy + 15,
  });
  const apart = (a: ReturnType<typeof boxOf>, b: ReturnType<typeof boxOf>) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) <= 0.5 || Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) <= 0.5;

  it('leaves labels that do not touch where they are', () => {
    expect(placeLabels([label(40, 100), label(120, 60)], bounds, 16)).toEqual([
      { dx: 0, dy: 0, hidden: false },
      { dx: 0, dy: 0, hidden: false },
    ]);
  });

  it('moves 85 above 84 on the same day, the nearer way out', () => {
    const [eightyFour, eightyFive] = [label(300, 60), label(300, 55)];
    const [a, b] = placeLabels([eightyFour, eightyFive], { width: 400, height: 220 }, 16);
    expect(a).toEqual({ dx: 0, dy: 0, hidden: false });
    expect(b).toEqual({ dx: 0, dy: 60 - 15 - 1 - 55, hidden: false });
    expect(apart(boxOf(eightyFour, a!), boxOf(eightyFive, b!))).toBe(true);
  });

  it('moves a label that would run past the right edge to the left of its point', () => {
    const [place] = placeLabels([label(330, 80, 30)], bounds, 16);
    expect(place).toEqual({ dx: 314 - 16 - 30 - 330, dy: 0, hidden: false });
  });

  it('leaves out what cannot be placed near its point, keeping the first labels', () => {
    const pile = Array.from({ length: 8 }, () => label(100, 100));
    const places = placeLabels(pile, bounds, 16);
    expect(places[0]!.hidden).toBe(false);
    expect(places.some((p) => p.hidden)).toBe(true);
    const shown = pile.map((b, i) => boxOf(b, places[i]!)).filter((_, i) => !places[i]!.hidden);
    for (const [i, a] of shown.entries()) for (const b of shown.slice(i + 1)) expect(apart(a, b)).toBe(true);
  });
});

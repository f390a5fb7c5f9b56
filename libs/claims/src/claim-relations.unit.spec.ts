import { describe, expect, it } from 'vitest';
import { type ComparableClaim, intervalsMeet, relate, toInterval } from './claim-relations.js';
import type { Quantity } from './quantity.js';

const claim = (
  id: string,
  value: Omit<Quantity, 'unit'>,
  span: [string, string],
  source: { id?: string; publisher?: string; publishedAt?: string } = {},
): ComparableClaim => ({
  id,
  sourceId: source.id ?? `source-of-${id}`,
  publisher: source.publisher,
  publishedAt: source.publishedAt ?? span[0],
  value: { unit: 'x', ...value },
  span: { start: span[0], end: span[1] },
});
const members = { tolerance: 0, cumulative: false };
const pledges = { tolerance: 0, cumulative: true };
const gdp = { tolerance: 0.001, cumulative: false };
const day = (d: string): [string, string] => [d, d];

describe('how two claims on one fact relate', () => {
  const cases: Array<[string, ComparableClaim, ComparableClaim, { tolerance: number; cumulative: boolean }, object]> = [
    [
      '"over 60" and "all 60" on the same day: a low-severity tension',
      claim('over60', { amount: 60, qualifier: 'more_than' }, day('2015-01-22')),
      claim('all60', { amount: 60, qualifier: 'exact' }, day('2015-01-22')),
      members,
      { kind: 'contradiction', severity: 'low' },
    ],
    [
      '60 and 84 on the same day: a hard contradiction',
      claim('a', { amount: 60, qualifier: 'exact' }, day('2015-01-22')),
      claim('b', { amount: 84, qualifier: 'exact' }, day('2015-01-22')),
      members,
      { kind: 'contradiction', severity: 'high' },
    ],
    [
      '60 in 2015 and 72 in July 2017: a change',
      claim('a', { amount: 60, qualifier: 'exact' }, day('2015-01-22')),
      claim('b', { amount: 72, qualifier: 'exact' }, ['2017-07-01', '2017-07-31']),
      members,
      { kind: 'change' },
    ],
    [
      '72 in 2017 and 84 in 2022: a change',
      claim('a', { amount: 72, qualifier: 'exact' }, ['2017-07-01', '2017-07-31']),
      claim('b', { amount: 84, qualifier: 'exact' }, day('2022-05-11')),
      members,
      { kind: 'change' },
    ],
    [
      '30 to 40 percent at the 2014 peak and under 10 percent in July 2016: a change',
      claim('peak', { lowerBound: 30, upperBound: 40, qualifier: 'range' }, ['2014-01-01', '2014-12-31']),
      claim('later', { amount: 10, qualifier: 'less_than' }, ['2016-07-01', '2016-07-31']),
      members,
      { kind: 'change' },
    ],
    [
      'a statistics office revising the same quarter in its next release: a revision',
      claim('first', { amount: 2.1, qualifier: 'exact' }, ['2026-04-01', '2026-06-30'], { id: 's1', publisher: 'ONS', publishedAt: '2026-08-14' }),
      claim('second', { amount: 2.4, qualifier: 'exact' }, ['2026-04-01', '2026-06-30'], { id: 's2', publisher: 'ONS', publishedAt: '2026-09-30' }),
      gdp,
      { kind: 'revision', superseded: 'first' },
    ],
    [
      'two publishers on the same quarter: a contradiction, not a revision',
      claim('ons', { amount: 2.1, qualifier: 'exact' }, ['2026-04-01', '2026-06-30'], { publisher: 'ONS' }),
      claim('imf', { amount: 2.4, qualifier: 'exact' }, ['2026-04-01', '2026-06-30'], { publisher: 'IMF' }),
      gdp,
      { kind: 'contradiction', severity: 'high' },
    ],
    [
      'a cumulative figure that falls: an anomaly',
      claim('a', { amount: 600_000_000, qualifier: 'more_than' }, ['2021-01-01', '2021-12-31']),
      claim('b', { amount: 450_000_000, qualifier: 'exact' }, ['2022-01-01', '2022-12-31']),
      pledges,
      { kind: 'anomaly' },
    ],
    [
      'a cumulative figure that grows: a change',
      claim('a', { amount: 450_000_000, qualifier: 'exact' }, ['2020-01-01', '2020-12-31']),
      claim('b', { amount: 600_000_000, qualifier: 'more_than' }, ['2021-01-01', '2021-12-31']),
      pledges,
      { kind: 'change' },
    ],
    [
      '"about 60" and 62 on the same day: agreement',
      claim('a', { amount: 60, qualifier: 'approx' }, day('2015-01-22')),
      claim('b', { amount: 62, qualifier: 'exact' }, day('2015-01-22')),
      members,
      { kind: 'agreement' },
    ],
    [
      '"about 40 nations" and 60 members on overlapping days: a contradiction',
      claim('a', { amount: 40, qualifier: 'approx' }, day('2016-07-20')),
      claim('b', { amount: 60, qualifier: 'at_least' }, ['2016-07-01', '2016-07-31']),
      members,
      { kind: 'contradiction', severity: 'high' },
    ],
    [
      'exact figures within the metric tolerance: agreement',
      claim('a', { amount: 100, qualifier: 'exact' }, day('2020-01-01')),
      claim('b', { amount: 104, qualifier: 'exact' }, day('2020-01-01')),
      { tolerance: 0.02, cumulative: false },
      { kind: 'agreement' },
    ],
  ];

  it.each(cases)('%s', (_, a, b, metric, expected) => {
    expect(relate(a, b, metric)).toMatchObject(expected);
    expect(relate(b, a, metric)).toMatchObject(expected); // the order they come in changes nothing
  });
});

describe('severity, judged against the metric', () => {
  const on = day('2022-05-11');
  const severity = (a: Omit<Quantity, 'unit'>, b: Omit<Quantity, 'unit'>, metric: { tolerance: number; cumulative: boolean; kind?: string }) =>
    relate(claim('a', a, on), claim('b', b, on), metric);

  it('84 against 85 members, both exact, tolerance 0: material (medium), though the gap is 1%', () => {
    expect(severity({ amount: 84, qualifier: 'exact' }, { amount: 85, qualifier: 'exact' }, { ...members, kind: 'count' })).toEqual({
      kind: 'contradiction',
      severity: 'medium',
      gap: 1 / 85,
    });
  });

  it('a count of exact figures is material whatever the tolerance; a rounded measure is not', () => {
    const counted = { tolerance: 0.001, cumulative: false, kind: 'count' };
    const measured = { tolerance: 0.001, cumulative: false, kind: 'money' };
    expect(severity({ amount: 1000, qualifier: 'exact' }, { amount: 1010, qualifier: 'exact' }, counted)).toMatchObject({ severity: 'medium' });
    expect(severity({ amount: 1000, qualifier: 'exact' }, { amount: 1010, qualifier: 'exact' }, measured)).toMatchObject({ severity: 'low' });
  });

  it('a hedged claim keeps the gap rule: "about 84" against 90 is low', () => {
    expect(severity({ amount: 84, qualifier: 'approx' }, { amount: 90, qualifier: 'exact' }, { ...members, kind: 'count' })).toMatchObject({
      severity: 'low',
    });
  });

  it('touching sets stay a low tension: "over 60" against 60', () => {
    expect(severity({ amount: 60, qualifier: 'more_than' }, { amount: 60, qualifier: 'exact' }, { ...members, kind: 'count' })).toMatchObject({
      severity: 'low',
    });
  });
});

describe('quantities as intervals', () => {
  it('widens "about n" more for rounder numbers', () => {
    expect(toInterval({ amount: 60, qualifier: 'approx', unit: 'x' })).toMatchObject({ low: 55, high: 65 });
    expect(toInterval({ amount: 600_000_000, qualifier: 'approx', unit: 'usd' })).toMatchObject({ low: 550_000_000, high: 650_000_000 });
    expect(toInterval({ amount: 72, qualifier: 'approx', unit: 'x' })).toMatchObject({ low: 68.4, high: 75.6 });
  });

  it('keeps open ends open', () => {
    const over = toInterval({ amount: 60, qualifier: 'more_than', unit: 'x' });
    expect(intervalsMeet(over, toInterval({ amount: 60, qualifier: 'exact', unit: 'x' }))).toBe(false);
    expect(intervalsMeet(over, toInterval({ amount: 61, qualifier: 'exact', unit: 'x' }))).toBe(true);
    expect(intervalsMeet(toInterval({ amount: 60, qualifier: 'at_least', unit: 'x' }), toInterval({ amount: 60, qualifier: 'at_most', unit: 'x' }))).toBe(true);
  });
});

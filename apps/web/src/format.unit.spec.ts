import { describe, expect, it } from 'vitest';
import { formatAmount, formatDate, formatQuantity, formatValidTime, shortQuantity } from './format';

describe('how values read', () => {
  it('states each qualifier in words, with the unit', () => {
    expect(formatQuantity({ amount: 60, qualifier: 'exact', unit: 'member' })).toBe('60 members');
    expect(formatQuantity({ amount: 60, qualifier: 'more_than', unit: 'member' })).toBe('more than 60 members');
    expect(formatQuantity({ amount: 1, qualifier: 'at_least', unit: 'member' })).toBe('at least 1 member');
    expect(formatQuantity({ amount: 10, qualifier: 'less_than', unit: 'percent' })).toBe('less than 10%');
    expect(formatQuantity({ lowerBound: 30, upperBound: 40, qualifier: 'range', unit: 'percent' })).toBe('30%–40%');
    expect(formatQuantity({ lowerBound: 24, upperBound: 99, qualifier: 'vague', unit: 'country' })).toBe('24–99 countries (vague)');
    expect(formatQuantity({ amount: 600_000_000, qualifier: 'more_than', unit: 'usd' })).toBe('more than $600M');
    expect(formatQuantity({ amount: 5000, qualifier: 'approx', unit: 'fighter' })).toBe('about 5,000 fighters');
    expect(formatQuantity({ amount: 700, qualifier: 'more_than', unit: 'km2' })).toBe('more than 700 km2');
  });

  it('takes the unit of the metric when the value carries none', () => {
    expect(formatQuantity({ amount: 72, qualifier: 'exact' }, 'member')).toBe('72 members');
    expect(formatAmount(72, 'member', { bare: true })).toBe('72');
  });

  it('shortens values for chart labels', () => {
    expect(shortQuantity({ amount: 60, qualifier: 'more_than' })).toBe('>60');
    expect(shortQuantity({ amount: 10, qualifier: 'at_most' })).toBe('≤10');
    expect(shortQuantity({ lowerBound: 30, upperBound: 40, qualifier: 'range' })).toBe('30–40');
    expect(shortQuantity({ amount: 670_000_000, qualifier: 'exact' })).toBe('670M');
  });

  it('writes dates at the precision they were given', () => {
    expect(formatDate('2015-01-22')).toBe('22 Jan 2015');
    expect(formatDate('2017-07')).toBe('Jul 2017');
    expect(formatDate('2021')).toBe('2021');
    expect(formatValidTime({ from: '2014', to: '2016-07' })).toBe('2014 – Jul 2016');
  });
});

describe('units and names for people', () => {
  it('writes currencies by name, percentages as such, and counted nouns in the plural', async () => {
    const { formatUnit, metricName, singular } = await import('./format');
    expect(formatUnit('usd')).toBe('US dollars (USD)');
    expect(formatUnit('GBP')).toBe('British pounds (GBP)');
    expect(formatUnit('percent')).toBe('percent (%)');
    expect(formatUnit('member')).toBe('members');
    expect(formatUnit('country')).toBe('countries');
    expect(metricName('member-count')).toBe('member count');
    expect([singular('countries'), singular('members'), singular('people'), singular('percent'), singular('USD')]).toEqual([
      'country',
      'member',
      'person',
      'percent',
      'USD',
    ]);
    expect(formatAmount(600_000_000, 'USD')).toBe('$600M');
  });
});

describe('values stated in another unit than the metric’s', () => {
  it('read as stated, then as compared', () => {
    expect(formatQuantity({ amount: 2.06981519507, unit: 'month', qualifier: 'exact', stated: { amount: 63, unit: 'days' } })).toBe('63 days (2.07 months)');
    expect(formatQuantity({ amount: 84, unit: 'member', qualifier: 'more_than', stated: { amount: 84, unit: 'countries' } }, 'member')).toBe(
      'more than 84 countries (more than 84 members)',
    );
  });
});

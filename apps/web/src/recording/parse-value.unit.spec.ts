import { describe, expect, it } from 'vitest';
import { parseValue } from './parse-value';

describe('reading a value from selected words', () => {
  it.each([
    ['60 countries', { amount: 60, qualifier: 'exact', unit: 'countries' }],
    ['more than 60 countries', { amount: 60, qualifier: 'more_than', unit: 'countries' }],
    ['over 60', { amount: 60, qualifier: 'more_than' }],
    ['at least 1,200 fighters', { amount: 1200, qualifier: 'at_least', unit: 'fighters' }],
    ['fewer than 10 people', { amount: 10, qualifier: 'less_than', unit: 'people' }],
    ['up to 40%', { amount: 40, qualifier: 'at_most', unit: 'percent' }],
    ['between 30 and 40%', { lowerBound: 30, upperBound: 40, qualifier: 'range', unit: 'percent' }],
    ['30-40 per cent', { lowerBound: 30, upperBound: 40, qualifier: 'range', unit: 'percent' }],
    ['about $600 million', { amount: 600_000_000, qualifier: 'approx', unit: 'USD' }],
    ['£75m', { amount: 75_000_000, qualifier: 'exact', unit: 'GBP' }],
    ['€1.5bn', { amount: 1_500_000_000, qualifier: 'exact', unit: 'EUR' }],
    ['sixty countries', { amount: 60, qualifier: 'exact', unit: 'countries' }],
    ['twenty-five members', { amount: 25, qualifier: 'exact', unit: 'members' }],
    ['nearly 3.5 million people', { amount: 3_500_000, qualifier: 'approx', unit: 'people' }],
    ['2.4 billion dollars', { amount: 2_400_000_000, qualifier: 'exact', unit: 'USD' }],
  ])('%s', (words, value) => {
    expect(parseValue(words)).toEqual(value);
  });

  it('finds no value in words without a number', () => {
    expect(parseValue('the coalition')).toBeUndefined();
  });
});

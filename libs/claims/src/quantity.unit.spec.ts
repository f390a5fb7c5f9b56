import { describe, expect, it } from 'vitest';
import { checkQuantity, describeQuantity, type Quantity, sameQuantity } from './quantity.js';

const refusal = (kind: string, field?: string) => expect.objectContaining({ kind, ...(field ? { field } : {}) });
type Value = Omit<Quantity, 'unit'>;
const q = (value: Value, unit = 'member'): Quantity => ({ unit, ...value });

describe('checkQuantity accepts', () => {
  it.each<[string, Value]>([
    ['"all 60" as exact 60', { amount: 60, qualifier: 'exact' }],
    ['"72" with an uncertainty as exact 72 in [71, 73]', { amount: 72, lowerBound: 71, upperBound: 73, qualifier: 'exact' }],
    ['"about 84" as approx 84', { amount: 84, qualifier: 'approx' }],
    ['"more than 60" as more_than 60', { amount: 60, qualifier: 'more_than' }],
    ['"more than 60" with its lower bound', { amount: 60, lowerBound: 60, qualifier: 'more_than' }],
    ['"at least 60" as at_least 60', { amount: 60, qualifier: 'at_least' }],
    ['"less than 10 percent" as less_than 10', { amount: 10, qualifier: 'less_than' }],
    ['"less than 10 percent" with bounds [0, 10]', { amount: 10, lowerBound: 0, upperBound: 10, qualifier: 'less_than' }],
    ['"at most 10" as at_most 10', { amount: 10, qualifier: 'at_most' }],
    ['"between 30 and 40 percent" as range [30, 40]', { lowerBound: 30, upperBound: 40, qualifier: 'range' }],
    ['a range with its midpoint', { amount: 35, lowerBound: 30, upperBound: 40, qualifier: 'range' }],
    ['a range with its amount on a bound', { amount: 40, lowerBound: 30, upperBound: 40, qualifier: 'range' }],
    ['a range of one value', { lowerBound: 60, upperBound: 60, qualifier: 'range' }],
    ['"dozens" as vague [24, 99]', { lowerBound: 24, upperBound: 99, qualifier: 'vague' }],
    ['a zero', { amount: 0, qualifier: 'exact' }],
    ['a negative amount', { amount: -3.5, qualifier: 'exact' }],
  ])('%s', (_, value) => {
    const quantity = q(value);
    expect(checkQuantity(quantity)).toBe(quantity);
  });

  it('$600 million pledged against a $670 million goal, in dollars', () => {
    expect(checkQuantity(q({ amount: 600_000_000, qualifier: 'exact' }, 'USD'))).toEqual({ amount: 600_000_000, qualifier: 'exact', unit: 'USD' });
    expect(checkQuantity(q({ amount: 670_000_000, qualifier: 'approx' }, 'USD'))).toHaveProperty('amount', 670_000_000);
  });
});

describe('checkQuantity refuses', () => {
  it.each<[string, Value, string]>([
    // exact and approx
    ['exact without amount', { qualifier: 'exact' }, 'value.amount'],
    ['exact with only bounds', { lowerBound: 59, upperBound: 61, qualifier: 'exact' }, 'value.amount'],
    ['approx without amount', { qualifier: 'approx' }, 'value.amount'],
    ['exact amount below its lower bound', { amount: 58, lowerBound: 59, upperBound: 61, qualifier: 'exact' }, 'value.amount'],
    ['approx amount above its upper bound', { amount: 90, upperBound: 85, qualifier: 'approx' }, 'value.amount'],
    // more_than and at_least
    ['more_than without amount', { lowerBound: 60, qualifier: 'more_than' }, 'value.amount'],
    ['at_least without amount', { qualifier: 'at_least' }, 'value.amount'],
    ['more_than with an upper bound', { amount: 60, upperBound: 70, qualifier: 'more_than' }, 'value.upperBound'],
    ['at_least with an upper bound', { amount: 60, lowerBound: 60, upperBound: 60, qualifier: 'at_least' }, 'value.upperBound'],
    ['more_than with a lower bound below amount', { amount: 60, lowerBound: 50, qualifier: 'more_than' }, 'value.lowerBound'],
    ['at_least with a lower bound above amount', { amount: 60, lowerBound: 61, qualifier: 'at_least' }, 'value.lowerBound'],
    // less_than and at_most
    ['less_than without amount', { upperBound: 10, qualifier: 'less_than' }, 'value.amount'],
    ['at_most without amount', { qualifier: 'at_most' }, 'value.amount'],
    ['less_than with an upper bound other than amount', { amount: 10, upperBound: 12, qualifier: 'less_than' }, 'value.upperBound'],
    ['at_most with an upper bound below amount', { amount: 10, upperBound: 8, qualifier: 'at_most' }, 'value.upperBound'],
    ['less_than with a lower bound above amount', { amount: 10, lowerBound: 11, qualifier: 'less_than' }, 'value.lowerBound'],
    ['at_most with a lower bound above amount', { amount: 10, lowerBound: 20, qualifier: 'at_most' }, 'value.lowerBound'],
    // range and vague
    ['range without bounds', { amount: 35, qualifier: 'range' }, 'value.lowerBound'],
    ['range without lower bound', { upperBound: 40, qualifier: 'range' }, 'value.lowerBound'],
    ['range without upper bound', { lowerBound: 30, qualifier: 'range' }, 'value.upperBound'],
    ['vague without lower bound', { upperBound: 99, qualifier: 'vague' }, 'value.lowerBound'],
    ['vague without upper bound', { lowerBound: 24, qualifier: 'vague' }, 'value.upperBound'],
    ['range amount below its bounds', { amount: 25, lowerBound: 30, upperBound: 40, qualifier: 'range' }, 'value.amount'],
    ['range amount above its bounds', { amount: 45, lowerBound: 30, upperBound: 40, qualifier: 'range' }, 'value.amount'],
    // ordering
    ['range with bounds reversed', { lowerBound: 40, upperBound: 30, qualifier: 'range' }, 'value.lowerBound'],
    ['vague with bounds reversed', { lowerBound: 99, upperBound: 24, qualifier: 'vague' }, 'value.lowerBound'],
    ['exact with bounds reversed', { amount: 60, lowerBound: 61, upperBound: 59, qualifier: 'exact' }, 'value.lowerBound'],
  ])('%s', (_, value, field) => {
    expect(() => checkQuantity(q(value))).toThrow(refusal('invalid', field));
  });

  it.each<[string, Value, string]>([
    ['amount NaN', { amount: Number.NaN, qualifier: 'exact' }, 'value.amount'],
    ['amount Infinity', { amount: Number.POSITIVE_INFINITY, qualifier: 'more_than' }, 'value.amount'],
    ['lowerBound -Infinity', { lowerBound: Number.NEGATIVE_INFINITY, upperBound: 10, qualifier: 'range' }, 'value.lowerBound'],
    ['upperBound Infinity', { lowerBound: 60, upperBound: Number.POSITIVE_INFINITY, qualifier: 'range' }, 'value.upperBound'],
    ['upperBound NaN', { lowerBound: 30, upperBound: Number.NaN, qualifier: 'vague' }, 'value.upperBound'],
  ])('a non-finite number: %s', (_, value, field) => {
    expect(() => checkQuantity(q(value))).toThrow(refusal('invalid', field));
  });

  it('an unknown qualifier, at value.qualifier', () => {
    expect(() => checkQuantity(q({ amount: 60, qualifier: 'roughly' as never }))).toThrow(refusal('invalid', 'value.qualifier'));
  });

  it('with the paths under the prefix it is given', () => {
    expect(() => checkQuantity(q({ lowerBound: 30, qualifier: 'range' }), 'correction.value')).toThrow(refusal('invalid', 'correction.value.upperBound'));
  });
});

describe('sameQuantity', () => {
  const over60 = q({ amount: 60, qualifier: 'more_than' });

  it('is true for the same amount, bounds, unit and qualifier', () => {
    expect(sameQuantity(over60, q({ amount: 60, qualifier: 'more_than' }))).toBe(true);
  });

  it.each<[string, Quantity]>([
    ['another qualifier ("all 60")', q({ amount: 60, qualifier: 'exact' })],
    ['another amount', q({ amount: 61, qualifier: 'more_than' })],
    ['a lower bound', q({ amount: 60, lowerBound: 60, qualifier: 'more_than' })],
    ['another unit', q({ amount: 60, qualifier: 'more_than' }, 'country')],
  ])('is false for %s', (_, other) => {
    expect(sameQuantity(over60, other)).toBe(false);
  });

  it('compares upper bounds', () => {
    const range = q({ lowerBound: 30, upperBound: 40, qualifier: 'range' });
    expect(sameQuantity(range, q({ lowerBound: 30, upperBound: 41, qualifier: 'range' }))).toBe(false);
  });
});

describe('describeQuantity', () => {
  it.each<[Value, string, string]>([
    [{ amount: 60, qualifier: 'exact' }, 'member', '60 member'],
    [{ amount: 84, qualifier: 'approx' }, 'member', 'about 84 member'],
    [{ amount: 60, qualifier: 'more_than' }, 'member', 'more than 60 member'],
    [{ amount: 60, qualifier: 'at_least' }, 'member', 'at least 60 member'],
    [{ amount: 10, qualifier: 'less_than' }, 'percent', 'less than 10 percent'],
    [{ amount: 10, qualifier: 'at_most' }, 'percent', 'at most 10 percent'],
    [{ lowerBound: 30, upperBound: 40, qualifier: 'range' }, 'percent', 'between 30 and 40 percent'],
    [{ lowerBound: 24, upperBound: 99, qualifier: 'vague' }, 'member', 'an unstated number between 24 and 99 member'],
    [{ amount: 670000000, qualifier: 'exact' }, 'USD', '670,000,000 USD'],
    [{ amount: -3.5, qualifier: 'exact' }, 'percent', '-3.5 percent'],
  ])('renders %j in %s as %j', (value, unit, words) => {
    expect(describeQuantity(q(value, unit))).toBe(words);
  });
});

import { describe, expect, it } from 'vitest';
import { asStated, describeQuantity, type Quantity } from './quantity.js';
import { fitUnit, inMetricUnit } from './units.js';
import type { MetricKind } from './metric.js';

const metric = (unit: string, kind: MetricKind) => ({ id: 'm', unit, kind });
const refusal = (field: string, message: RegExp) => expect.objectContaining({ kind: 'invalid', field, message: expect.stringMatching(message) });
const exact = (amount: number, unit: string): Quantity => ({ amount, unit, qualifier: 'exact' });

describe('units', () => {
  it('takes the metric’s own unit as it is, with nothing stated beside it', () => {
    expect(inMetricUnit(exact(60, 'member'), metric('member', 'count'))).toEqual(exact(60, 'member'));
  });

  it('takes any counted noun for a count: "members" of a metric in "countries" is the same count', () => {
    expect(inMetricUnit({ amount: 60, unit: 'members', qualifier: 'more_than' }, metric('countries', 'count'))).toEqual({
      amount: 60,
      unit: 'countries',
      qualifier: 'more_than',
      stated: { amount: 60, unit: 'members' },
    });
  });

  it('converts days to months, a metric’s unit, keeping the days as stated', () => {
    const q = inMetricUnit(exact(63, 'days'), metric('month', 'duration'));
    // A month is a twelfth of a Julian year: 30.4375 days.
    expect(q).toEqual({ amount: 2.06981519507, unit: 'month', qualifier: 'exact', stated: { amount: 63, unit: 'days' } });
    expect(describeQuantity(q)).toBe('63 days');
    expect(asStated(q)).toEqual(exact(63, 'days'));
  });

  it.each([
    ['2 years', 2, 'years', 'month', 'duration', 24],
    ['1 month', 1, 'month', 'day', 'duration', 30.4375],
    ['3 weeks', 3, 'weeks', 'days', 'duration', 21],
    ['1 square mile', 1, 'mi^2', 'km2', 'other', 2.58998811034],
    ['250 hectares', 250, 'hectares', 'km2', 'other', 2.5],
    ['5 miles', 5, 'miles', 'km', 'other', 8.04672],
    ['2 tonnes', 2, 'tonnes', 'kg', 'other', 2000],
  ] as const)('converts %s', (_, amount, from, to, kind, expected) => {
    expect(inMetricUnit(exact(amount, from), metric(to, kind)).amount).toBe(expected);
  });

  it('converts every bound of a range, and the same input always gives the same figures', () => {
    const range: Quantity = { lowerBound: 30, upperBound: 60, unit: 'days', qualifier: 'range' };
    const once = inMetricUnit(range, metric('week', 'duration'));
    expect(once).toMatchObject({ lowerBound: 4.28571428571, upperBound: 8.57142857143, stated: { lowerBound: 30, upperBound: 60 } });
    expect(inMetricUnit(range, metric('week', 'duration'))).toEqual(once);
  });

  it('refuses a unit of another dimension: kilograms for a duration, a length for a count, a count for a length', () => {
    expect(() => inMetricUnit(exact(3, 'kg'), metric('month', 'duration'))).toThrow(refusal('value.unit', /different things/));
    expect(() => inMetricUnit(exact(3, 'km'), metric('member', 'count'))).toThrow(refusal('value.unit', /unit of measure/));
    expect(() => inMetricUnit(exact(3, 'members'), metric('km2', 'other'))).toThrow(refusal('value.unit', /unit of measure/));
  });

  it('refuses a scaling word in the unit: "million" belongs in the amount', () => {
    expect(() => inMetricUnit(exact(60, 'million people'), metric('person', 'count'))).toThrow(refusal('value.unit', /scaling word/));
  });

  it('keeps money in different currencies apart: no exchange rate is applied', () => {
    expect(() => inMetricUnit(exact(500, 'eur'), metric('usd', 'money'))).toThrow(refusal('value.unit', /no exchange rate/));
    expect(() => inMetricUnit(exact(500, 'dollars'), metric('usd', 'money'))).toThrow(refusal('value.unit', /no exchange rate/));
    expect(inMetricUnit(exact(500, 'USD'), metric('usd', 'money'))).toEqual({ ...exact(500, 'usd'), stated: { amount: 500, unit: 'USD' } });
  });

  it('takes "%" for a metric in percent, and no other label for a percent or an "other" metric', () => {
    expect(fitUnit('%', metric('percent', 'percent'))).toEqual({ kind: 'label' });
    expect(fitUnit('points', metric('percent', 'percent'))).toMatchObject({ kind: 'refused' });
    expect(fitUnit('barrels', metric('tonne', 'other'))).toMatchObject({ kind: 'refused' });
    expect(fitUnit('brigades', metric('brigade', 'other'))).toMatchObject({ kind: 'refused' });
    expect(fitUnit('Brigade', metric('brigade', 'other'))).toEqual({ kind: 'label' });
  });

  it('refuses a currency for a metric that is not money: "usd" is no counted noun', () => {
    expect(() => inMetricUnit(exact(60, 'usd'), metric('member', 'count'))).toThrow(refusal('value.unit', /is a currency/));
    expect(fitUnit('members', metric('member', 'count'))).toEqual({ kind: 'label' });
  });

  it('refuses a conversion that overflows rather than storing Infinity', () => {
    expect(() => inMetricUnit(exact(1e308, 'years'), metric('day', 'duration'))).toThrow(refusal('value.unit', /beyond/));
  });

  it('reads no expression as a unit', () => {
    expect(fitUnit('m/s', metric('member', 'count'))).toEqual({ kind: 'label' });
    expect(fitUnit('2 days', metric('day', 'duration'))).toMatchObject({ kind: 'refused' });
  });
});

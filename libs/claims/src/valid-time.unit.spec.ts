import { describe, expect, it } from 'vitest';
import { parsePartialDate } from './partial-date.js';
import { describeValidTime, parseValidTime, sameValidTime, validTimeInput, validTimeSpan } from './valid-time.js';

const refusal = (kind: string, field?: string) => expect.objectContaining({ kind, ...(field ? { field } : {}) });

describe('parsePartialDate', () => {
  it('given a day, then it covers that day only', () => {
    expect(parsePartialDate('2015-01-22', 'at')).toEqual({ value: '2015-01-22', precision: 'day', start: '2015-01-22', end: '2015-01-22' });
  });

  it('given a month, then it covers the month from its first to its last day', () => {
    expect(parsePartialDate('2017-07', 'at')).toEqual({ value: '2017-07', precision: 'month', start: '2017-07-01', end: '2017-07-31' });
  });

  it('given a year, then it covers the year from 1 January to 31 December', () => {
    expect(parsePartialDate('2014', 'at')).toEqual({ value: '2014', precision: 'year', start: '2014-01-01', end: '2014-12-31' });
  });

  it.each([
    ['2015-02', '2015-02-28'],
    ['2016-02', '2016-02-29'],
    ['2000-02', '2000-02-29'],
    ['1900-02', '1900-02-28'],
    ['2022-04', '2022-04-30'],
    ['2022-12', '2022-12-31'],
  ])('given the month %s, then it ends on %s', (value, end) => {
    expect(parsePartialDate(value, 'at').end).toBe(end);
  });

  it.each([
    ['0001', '0001-01-01', '0001-12-31'],
    ['0004-02', '0004-02-01', '0004-02-29'],
    ['0100-02', '0100-02-01', '0100-02-28'],
    ['0400-02', '0400-02-01', '0400-02-29'],
    ['9999-12-31', '9999-12-31', '9999-12-31'],
  ])('accepts %s at the edges of the range, from %s to %s', (value, start, end) => {
    expect(parsePartialDate(value, 'at')).toMatchObject({ start, end });
  });

  it('refuses what is not a string, as an old event may hold', () => {
    expect(() => parsePartialDate(2015 as unknown as string, 'at')).toThrow(refusal('invalid', 'at'));
  });

  it.each(['2016-02-29', '2000-02-29', '2024-02-29'])('accepts 29 February of the leap year in %s', (value) => {
    expect(parsePartialDate(value, 'at')).toMatchObject({ precision: 'day', start: value, end: value });
  });

  it.each(['2015-02-29', '2022-02-29', '1900-02-29', '2100-02-29'])('refuses 29 February of the common year in %s', (value) => {
    expect(() => parsePartialDate(value, 'validTime.at')).toThrow(refusal('invalid', 'validTime.at'));
  });

  it.each([
    ['month 13', '2015-13'],
    ['month 00', '2015-00'],
    ['month 13 with a day', '2015-13-01'],
    ['day 00', '2015-01-00'],
    ['day 32', '2015-01-32'],
    ['31 April', '2022-04-31'],
    ['30 February', '2015-02-30'],
    ['a one-digit month', '2015-1'],
    ['a one-digit day', '2015-01-2'],
    ['a two-digit year', '15'],
    ['a slash', '2015/01/22'],
    ['a time', '2015-01-22T00:00:00Z'],
    ['words', 'January 2015'],
    ['nothing', ''],
    ['spaces around', ' 2015 '],
    ['year 0', '0000'],
    ['a day of year 0', '0000-01-01'],
    ['a five-digit year', '10000'],
  ])('refuses %s (%j) at the field it is given', (_, value) => {
    expect(() => parsePartialDate(value, 'publishedAt')).toThrow(refusal('invalid', 'publishedAt'));
  });
});

describe('parseValidTime', () => {
  it('given a point at day precision, then it is parsed at that day', () => {
    expect(parseValidTime({ at: '2015-01-22' })).toEqual({
      at: { value: '2015-01-22', precision: 'day', start: '2015-01-22', end: '2015-01-22' },
    });
  });

  it('given an interval from the 2014 peak to July 2016, then each end keeps its own precision', () => {
    expect(parseValidTime({ from: '2014', to: '2016-07' })).toEqual({
      from: { value: '2014', precision: 'year', start: '2014-01-01', end: '2014-12-31' },
      to: { value: '2016-07', precision: 'month', start: '2016-07-01', end: '2016-07-31' },
    });
  });

  it.each([
    ['the same day at both ends', '2022-05-11', '2022-05-11'],
    ['a day inside the year it ends in', '2016-08-01', '2016'],
    ['a year ending in a month inside it', '2016', '2016-07'],
  ])('accepts an interval with %s', (_, from, to) => {
    expect(() => parseValidTime({ from, to })).not.toThrow();
  });

  it.each([
    ['a day before the day it starts', '2022-05-11', '2022-05-10'],
    ['a month before the month it starts', '2017-07', '2017-06'],
    ['a year before the year it starts', '2017', '2016-12-31'],
  ])('refuses an interval ending on %s, at validTime.to', (_, from, to) => {
    expect(() => parseValidTime({ from, to })).toThrow(refusal('invalid', 'validTime.to'));
  });

  it.each([
    [{ at: '2015-02-29' }, 'validTime.at'],
    [{ from: '2015-13', to: '2016' }, 'validTime.from'],
    [{ from: '2015', to: '2016-02-30' }, 'validTime.to'],
  ])('refuses the bad date in %j at %s', (input, field) => {
    expect(() => parseValidTime(input)).toThrow(refusal('invalid', field));
  });

  it('puts the paths under the prefix it is given', () => {
    expect(() => parseValidTime({ from: '2017', to: '2015' }, 'correction.validTime')).toThrow(refusal('invalid', 'correction.validTime.to'));
  });
});

describe('validTimeInput, validTimeSpan and sameValidTime', () => {
  it('gives back the input form of a point and of an interval', () => {
    expect(validTimeInput(parseValidTime({ at: '2017-07' }))).toEqual({ at: '2017-07' });
    expect(validTimeInput(parseValidTime({ from: '2014', to: '2016-07' }))).toEqual({ from: '2014', to: '2016-07' });
  });

  it('spans the first and last days covered', () => {
    expect(validTimeSpan(parseValidTime({ at: '2017-07' }))).toEqual({ start: '2017-07-01', end: '2017-07-31' });
    expect(validTimeSpan(parseValidTime({ from: '2014', to: '2016-07' }))).toEqual({ start: '2014-01-01', end: '2016-07-31' });
  });

  it('compares points and intervals by their written form', () => {
    expect(sameValidTime({ at: '2015-01-22' }, { at: '2015-01-22' })).toBe(true);
    expect(sameValidTime({ at: '2015-01-22' }, { at: '2015-01' })).toBe(false);
    expect(sameValidTime({ from: '2014', to: '2016-07' }, { from: '2014', to: '2016-07' })).toBe(true);
    expect(sameValidTime({ from: '2014', to: '2016-07' }, { from: '2014', to: '2016' })).toBe(false);
    expect(sameValidTime({ at: '2015-01-22' }, { from: '2015-01-22', to: '2015-01-22' })).toBe(false);
    expect(sameValidTime({ from: '2015-01-22', to: '2015-01-22' }, { at: '2015-01-22' })).toBe(false);
  });
});

describe('describeValidTime', () => {
  it('writes a point as given and an interval with a slash, as ISO 8601 does', () => {
    expect(describeValidTime({ at: '2015-01-22' })).toBe('2015-01-22');
    expect(describeValidTime({ from: '2015', to: '2017-07' })).toBe('2015/2017-07');
  });
});

import { invalid } from './errors.js';

export type Precision = 'day' | 'month' | 'year';

/** An ISO date at day, month or year precision: '2015-01-22', '2017-07', '2022'. */
export interface PartialDate {
  readonly value: string;
  readonly precision: Precision;
  /** First and last day it covers, as YYYY-MM-DD. */
  readonly start: string;
  readonly end: string;
}

/**
 * The years a date may have: four digits, without year 0. Every part of the system agrees on
 * this range: YYYY-MM-DD strings compare in calendar order only with four-digit years, and
 * PostgreSQL's `date` has no year 0 (it reads '0000-01-01' as out of range).
 */
const FIRST_YEAR = 1;
const LAST_YEAR = 9999;

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Parses and checks that the date exists in the proleptic Gregorian calendar (no 2015-02-30,
 * no 2015-02-29) within years 0001 to 9999; throws an `invalid` error on `field`. The one rule
 * for dates: the API's schemas and query parameters use it too.
 */
export function parsePartialDate(value: string, field: string): PartialDate {
  const match = typeof value === 'string' ? PATTERN.exec(value) : null;
  if (!match) throw invalid(field, `'${String(value)}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`);
  const [, y, m, d] = match;
  const year = Number(y);
  if (year < FIRST_YEAR || year > LAST_YEAR) throw invalid(field, `'${value}' is out of range: years run from 0001 to 9999`);
  if (m === undefined) return { value, precision: 'year', start: `${y}-01-01`, end: `${y}-12-31` };
  const month = Number(m);
  if (month < 1 || month > 12) throw invalid(field, `'${value}' has no month ${m}`);
  const last = daysIn(year, month);
  if (d === undefined) return { value, precision: 'month', start: `${y}-${m}-01`, end: `${y}-${m}-${String(last).padStart(2, '0')}` };
  const day = Number(d);
  if (day < 1 || day > last) throw invalid(field, `'${value}' is not a real day`);
  return { value, precision: 'day', start: value, end: value };
}

/** Days in a month of the proleptic Gregorian calendar (what PostgreSQL's `date` uses). */
export function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

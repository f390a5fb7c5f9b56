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

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses and checks that the date exists (no 2015-02-30); throws an `invalid` error on `field`. */
export function parsePartialDate(value: string, field: string): PartialDate {
  const match = PATTERN.exec(value);
  if (!match) throw invalid(field, `'${value}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`);
  const [, y, m, d] = match;
  const year = Number(y);
  if (m === undefined) return { value, precision: 'year', start: `${y}-01-01`, end: `${y}-12-31` };
  const month = Number(m);
  if (month < 1 || month > 12) throw invalid(field, `'${value}' has no month ${m}`);
  const last = daysIn(year, month);
  if (d === undefined) return { value, precision: 'month', start: `${y}-${m}-01`, end: `${y}-${m}-${String(last).padStart(2, '0')}` };
  const day = Number(d);
  if (day < 1 || day > last) throw invalid(field, `'${value}' is not a real day`);
  return { value, precision: 'day', start: value, end: value };
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

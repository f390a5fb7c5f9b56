import { invalid } from './errors.js';
import { type PartialDate, parsePartialDate } from './partial-date.js';

/** When a figure holds in the world: a point, or an interval, each end at its own precision. */
export type ValidTimeInput = { readonly at: string } | { readonly from: string; readonly to: string };

export type ValidTime = { readonly at: PartialDate } | { readonly from: PartialDate; readonly to: PartialDate };

export function parseValidTime(input: ValidTimeInput, field = 'validTime'): ValidTime {
  if ('at' in input) return { at: parsePartialDate(input.at, `${field}.at`) };
  const from = parsePartialDate(input.from, `${field}.from`);
  const to = parsePartialDate(input.to, `${field}.to`);
  if (from.start > to.end) throw invalid(`${field}.to`, `'${to.value}' is before '${from.value}'`);
  return { from, to };
}

/** The input form again: what events store and clients send. */
export function validTimeInput(time: ValidTime): ValidTimeInput {
  return 'at' in time ? { at: time.at.value } : { from: time.from.value, to: time.to.value };
}

/** First and last day covered, for ordering and overlap. */
export function validTimeSpan(time: ValidTime): { readonly start: string; readonly end: string } {
  return 'at' in time ? { start: time.at.start, end: time.at.end } : { start: time.from.start, end: time.to.end };
}

export function sameValidTime(a: ValidTimeInput, b: ValidTimeInput): boolean {
  return 'at' in a ? 'at' in b && a.at === b.at : !('at' in b) && a.from === b.from && a.to === b.to;
}

/** A point as it was given, an interval as ISO 8601 writes one: "2015-01-22", "2015/2017-07". */
export function describeValidTime(time: ValidTimeInput): string {
  return 'at' in time ? time.at : `${time.from}/${time.to}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A partial date as people write it: "2015", "July 2017", "22 January 2015". */
export function dateInWords(value: string): string {
  const [y, m, d] = value.split('-');
  const month = m === undefined ? undefined : MONTHS[Number(m) - 1];
  if (!month) return y ?? value;
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

/** A valid time in words: "22 January 2015", "March 2015 to July 2017". */
export function validTimeInWords(time: ValidTimeInput): string {
  return 'at' in time ? dateInWords(time.at) : `${dateInWords(time.from)} to ${dateInWords(time.to)}`;
}

import * as chrono from 'chrono-node';
import type { FigureValidTime } from './types.js';

/** A date or time of day in the text, with the partial date it names (when it names one). */
export interface DateMention {
  readonly start: number;
  readonly end: number;
  /** YYYY, YYYY-MM or YYYY-MM-DD; absent for a time of day alone. */
  readonly date?: string;
}

import { paragraphs, startingIn } from './text-scan.js';
import { MONTHS } from './words.js';

// chrono reads a lot as dates and times ("5 to 10" as a time, "12p" as noon): only what names a
// month, or a time with its marks, is taken as one.
const CALENDAR = new RegExp(`\\b(?:${MONTHS})\\b|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}`, 'i');
const CLOCK = /\d\s*(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}])|\b\d{1,2}:\d\d\b|o['’]clock|\bnoon\b|\bmidnight\b/iu;
const DURATION_WORDS = /\b(?:ago|later|earlier|seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?)\b/i;
const RELATIVE_YEAR = /^(?:last|this|next)\s+year$/i;
const pad = (n: number) => String(n).padStart(2, '0');

/** A reference date for words such as "October" or "last year": the publication date, else none (chrono takes today). */
export function referenceDate(publishedAt: string | undefined): Date | undefined {
  const m = publishedAt ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(publishedAt) : null;
  if (!m) return undefined;
  const [, y, mo, d] = m;
  return new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 11, d ? Number(d) : 28, 12));
}

/**
 * Calendar dates and times of day that chrono finds ("5 December 2004", "October", "8am",
 * "10:30"). What it reads as a stretch of time counted from now ("12 years ago", "in three
 * days") is left out: that is a duration, and a figure.
 */
export function findDates(text: string, reference?: Date): DateMention[] {
  const mentions: DateMention[] = [];
  const all = paragraphs(text).flatMap((p) => chrono.parse(p.text, reference ?? new Date(0)).map((r) => Object.assign(r, { index: r.index + p.start })));
  for (const found of all) {
    // "In October, 40 people came": chrono takes "40" for the year 2040. A two-digit year after a comma is a count.
    // "on 12 December at 19,800 yen": a match that stops inside a number has taken part of it for an hour.
    const end = found.index + found.text.length;
    const cut = /^[,.]?\d/.test(text.slice(end, end + 2)) ? /^(.*\p{L})[\s,]*(?:at\s+)?\d+$/u.exec(found.text) : null;
    const twoDigitYear = cut ?? /^(.*\p{L}),\s*\d{1,2}$/u.exec(found.text);
    const r = twoDigitYear ? { ...chrono.parse(twoDigitYear[1]!, reference ?? new Date(0))[0]!, index: found.index } : found;
    if (!r.start) continue;
    const certain = (c: 'year' | 'month' | 'day' | 'hour') => r.start.isCertain(c);
    // "last year", "this year": a year of its own, told by the publication date.
    const relativeYear = RELATIVE_YEAR.exec(r.text);
    if (relativeYear && reference) {
      mentions.push({ start: r.index, end: r.index + r.text.length, date: String(r.start.get('year')) });
      continue;
    }
    // A match that starts inside a number ("000 to 1.42" of "19,000 to 1.42 million") is none.
    if (
      /[\d.,]/.test(text.charAt(r.index - 1)) ||
      DURATION_WORDS.test(r.text) ||
      !((certain('month') && CALENDAR.test(r.text)) || (certain('hour') && CLOCK.test(r.text)))
    )
      continue;
    const [y, m, d] = [r.start.get('year'), r.start.get('month'), r.start.get('day')];
    // Without a reference date, "October" names no year we know.
    const date = !certain('month') || !(certain('year') || reference) ? undefined : certain('day') ? `${y}-${pad(m!)}-${pad(d!)}` : `${y}-${pad(m!)}`;
    mentions.push({ start: r.index, end: r.index + r.text.length, ...(date ? { date } : {}) });
  }
  return mentions;
}

/** The date nearest to a figure within its sentence, as the claim API takes a valid time; `dates` and `years` sorted by start. */
export function nearestValidTime(
  dates: readonly DateMention[],
  years: readonly { start: number; end: number; from: string; to?: string }[],
  sentence: { start: number; end: number },
  figure: { start: number; end: number },
): FigureValidTime | undefined {
  let best: { distance: number; time: FigureValidTime } | undefined;
  const consider = (m: { start: number; end: number }, time: FigureValidTime) => {
    if (m.start < sentence.start || m.end > sentence.end) return;
    const distance = m.end <= figure.start ? figure.start - m.end : m.start - figure.end;
    if (distance >= 0 && (!best || distance < best.distance)) best = { distance, time };
  };
  for (const d of startingIn(dates, sentence.start, sentence.end)) if (d.date) consider(d, { at: d.date });
  for (const y of startingIn(years, sentence.start, sentence.end)) consider(y, y.to ? { from: y.from, to: y.to } : { at: y.from });
  return best?.time;
}

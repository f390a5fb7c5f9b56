import { isPlain, type Piece } from './pieces.js';
import { wordBefore, wordsAfter } from './text-scan.js';
import type { FigureQualifier } from './types.js';
import { CHANGE_WORDS, SCORE_WORDS } from './words.js';

/** A figure before its value is written out: one number, two joined as a range, or a vague word. */
export type Figure =
  | { kind: 'single'; start: number; end: number; piece: Piece; qualifier: FigureQualifier }
  | { kind: 'range'; start: number; end: number; lower: number; upper: number; qualifier: 'range'; piece: Piece }
  | {
      kind: 'vague';
      start: number;
      end: number;
      lower: number;
      upper: number;
      qualifier: 'vague';
      currency?: string | undefined;
      nounFrom?: number | undefined;
    };

const DASH = /^\s*[-–—]\s*$/;

/**
 * Joins two numbers into a range where the words say so: "between 30 and 40", "3.5 to 4.0%",
 * "20-30%", "two or three". What they write after the second ("%", "million", "euro") holds for
 * the first too. Not a range: a change ("fell 12p to 560p", "from 5% to 6%"), a score ("won 3-1"),
 * a span of years ("2004-05"), which are left out and noted in `years`.
 */
export function joinRanges(text: string, pieces: readonly Piece[], years: { start: number; end: number; from: string; to?: string }[]): Figure[] {
  const figures: Figure[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const a = pieces[i]!;
    const b = pieces[i + 1];
    const between = b ? text.slice(a.end, b.start) : '';
    const dash = DASH.test(between);
    if (b && dash && isPlain(a) && isPlain(b) && Number.isInteger(a.value) && Number.isInteger(b.value)) {
      if (isYearSpan(text, a, b)) {
        years.push({ start: a.start, end: b.end, from: String(a.value), to: String(expandYear(a.value, b)) });
        i++;
        continue;
      }
      if (isScore(text, a, b)) {
        // "4-4-2": a formation goes with its score-like start.
        while (pieces[i + 2] && DASH.test(text.slice(pieces[i + 1]!.end, pieces[i + 2]!.start))) i++;
        i++;
        continue;
      }
    }
    // "between 2001 and 2004", "2001 to 2004": years, as a span of time.
    if (
      b &&
      /^\s+(?:and|to|or)\s+$/i.test(between) &&
      isPlain(a) &&
      isPlain(b) &&
      [a, b].every((p) => /^\d{4}$/.test(text.slice(p.start, p.end)) && p.value >= 1000 && p.value <= 2099)
    ) {
      years.push({ start: a.start, end: b.end, from: String(a.value), to: String(b.value) });
      i++;
      continue;
    }
    const range = b ? asRange(text, a, b, between) : undefined;
    if (range) {
      figures.push(range);
      i++;
    } else figures.push({ kind: 'single', start: a.start, end: a.end, piece: a, qualifier: 'exact' });
  }
  return figures;
}

function asRange(text: string, a: Piece, b: Piece, between: string): Figure | undefined {
  const betweenWord = /(?<![\p{L}])between\s+$/iu.exec(text.slice(Math.max(0, a.start - 12), a.start));
  const joined =
    DASH.test(between) || /^\s+to\s+$/i.test(between) || (betweenWord && /^\s+and\s+$/i.test(between)) || (/^\s+or\s+$/i.test(between) && !a.numeral.digits);
  if (!joined) return undefined;
  // "prices ranging from £30 to £75" is a range; "rose from 5% to 6%" a change.
  const fromWord = /(?<![\p{L}])(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s+$/iu.exec(text.slice(Math.max(0, a.start - 20), a.start));
  if (!betweenWord && !fromWord && !DASH.test(between)) {
    const before = wordBefore(text, a.start)?.text.toLowerCase();
    if (before && CHANGE_WORDS.has(before)) return undefined;
  }
  // What is written after the second number holds for the first: "3.5 to 4.0%", "5 to 10 million", "59.50 and 80 euro", "10-20p".
  if ((a.unit && b.unit && a.unit !== b.unit) || (a.currency && b.currency && a.currency !== b.currency)) return undefined;
  if (a.measure && b.measure && a.measure !== b.measure) return undefined;
  const measure = a.measure ?? b.measure;
  const unit = a.unit ?? b.unit;
  const currency = a.currency ?? b.currency;
  let lower = a.value;
  let upper = b.value;
  if (a.factor === 1 && b.factor !== 1 && a.value * b.factor < b.value) lower = a.value * b.factor;
  else if (b.factor === 1 && a.factor !== 1) upper = b.value * a.factor;
  if (!(lower < upper)) return undefined;
  const piece: Piece = { ...b, ...(unit ? { unit } : {}), ...(currency ? { currency } : {}), ...(measure ? { measure } : {}), subunit: a.subunit || b.subunit };
  const opening = betweenWord?.[0] ?? (fromWord ? /from\s+$/i.exec(fromWord[0])![0] : '');
  return { kind: 'range', start: a.start - opening.length, end: b.end, lower, upper, qualifier: 'range', piece };
}

/** "2004-05", "1999-2000": the second part of a span of years. */
function isYearSpan(text: string, a: Piece, b: Piece): boolean {
  const digits = text.slice(b.numeral.start, b.numeral.end);
  return a.value >= 1000 && a.value <= 2099 && (digits.length === 2 || (digits.length === 4 && b.value > a.value && b.value <= 2099));
}
const expandYear = (a: number, b: Piece) => (b.value < 100 ? Math.floor(a / 100) * 100 + b.value : b.value);

/** "won 3-1", "a 2-0 win", "1-1": two whole numbers joined by a dash with no unit, where the second is not above the first or a score word is near. */
function isScore(text: string, a: Piece, b: Piece): boolean {
  if (b.value <= a.value) return true;
  const near = [wordBefore(text, a.start), ...wordsAfter(text, b.end, 1)].map((w) => w?.text.toLowerCase() ?? '');
  return near.some((w) => SCORE_WORDS.has(w));
}

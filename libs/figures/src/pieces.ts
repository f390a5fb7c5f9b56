import { countedNoun } from './counted-noun.js';
import type { Numeral } from './numerals.js';
import { phraseAfter, phraseBefore } from './text-scan.js';
import { CURRENCY_SIGNS, CURRENCY_WORDS, GLUED_MEASURES, MEASURES, MONTHS, PERCENT_WORDS, RACE_WORDS, SCALES, SUBUNITS, timeUnit } from './words.js';

/** A number with what is written onto it: a currency, a scale, a percent sign, a unit of time. */
export interface Piece {
  start: number;
  end: number;
  /** Where the number itself is written, inside the span. */
  readonly numeral: Numeral;
  value: number;
  currency?: string;
  /** percent, percentage points, fraction, multiple, or a unit of time. */
  unit?: string;
  scaled: boolean;
  /** What the number as written was multiplied by: its scale ("m", "million"), a hundredth for "p". */
  factor: number;
  /** Hundredths of a currency ("12p"): a price. */
  subunit: boolean;
  duration: boolean;
  /** "a 45-year-old": an age. */
  age: boolean;
  /** A unit of measure ("square kilometres", "km"). */
  measure?: string;
}

const RACE_DISTANCES = new Set([50, 60, 100, 110, 200, 400, 800, 1000, 1500, 3000, 5000, 10000]);
/** "the 100m final", "won the 1500m": metres in a race, not millions. */
function isRaceDistance(text: string, numeral: Numeral): boolean {
  if (!/^m(?![\p{L}\p{N}])/u.test(text.slice(numeral.end, numeral.end + 2))) return false;
  const after = text.slice(numeral.end + 1, numeral.end + 30);
  return (
    RACE_WORDS.test(after) ||
    (RACE_DISTANCES.has(numeral.value) &&
      /\bthe\s+$/i.test(text.slice(Math.max(0, numeral.start - 5), numeral.start)) &&
      !countedNoun(text, numeral.end + 1, false))
  );
}
const MEASURE_AFTER = MEASURES.map((m) => [m, m] as const);
const MEASURE_GLUED = GLUED_MEASURES.map((m) => [m, m] as const);

const GLUED_SUBUNITS = SUBUNITS.filter(([w]) => w === 'p');
const SPACED_SUBUNITS = SUBUNITS.filter(([w]) => w !== 'p');
const GLUED_SCALES = SCALES.filter(([w]) => w.length <= 3);
const WORD_SCALES = SCALES.filter(([w]) => w.length > 3);
const GLUED_PERCENT = PERCENT_WORDS.filter(([w]) => w === '%' || w === 'pc');
const WORD_PERCENT = PERCENT_WORDS.filter(([w]) => w !== '%' && w !== 'pc');
const TIME_WORD = /^(?:\s+|-)(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries)(?![\p{L}])/iu;
// "the first two months of 2005", "the three months to September": a calendar period, not an amount of time.
const CALENDAR_PERIOD = new RegExp(
  `^\\s+(?:of|to|between|ending|ended|until|through|from)\\s+(?:the\\s+end\\s+of\\s+)?(?:${MONTHS}|\\d{4}\\b|this\\b|last\\b|next\\b)`,
  'i',
);
const TIMES_AS = /^\s+times\s+(?=as\b|more\b|higher\b|larger\b|bigger\b|greater\b|lower\b|smaller\b|faster\b|the\b|that\b|what\b)/i;

/** Reads what is written onto a numeral; undefined when it is glued to letters that make it something else ("1990s", "3G", "8am"). */
export function pieceAt(text: string, numeral: Numeral): Piece | undefined {
  const piece: Piece = {
    start: numeral.start,
    end: numeral.end,
    numeral,
    value: numeral.value,
    scaled: numeral.scale !== 1,
    factor: numeral.scale,
    subunit: false,
    duration: false,
    age: false,
  };
  const sign = phraseBefore(text, numeral.start, CURRENCY_SIGNS, '\\.?\\s?');
  if (sign && (sign[1] !== 'INR' || /\s|\./.test(text.slice(sign[0] + 2, numeral.start)))) {
    piece.start = sign[0];
    piece.currency = sign[1];
  }
  let pos = numeral.end;
  if (!piece.currency && numeral.digits && isRaceDistance(text, numeral)) return { ...piece, end: pos + 1, measure: 'metres' };
  const scale = phraseAfter(text, pos, GLUED_SCALES, '', true) ?? (numeral.digits ? phraseAfter(text, pos, WORD_SCALES, '\\s+') : undefined);
  if (scale) [pos, piece.value, piece.scaled, piece.factor] = [scale[0], piece.value * scale[1], true, piece.factor * scale[1]];
  const percent = phraseAfter(text, pos, GLUED_PERCENT, '\\s?') ?? phraseAfter(text, pos, WORD_PERCENT, '\\s+');
  if (percent) [pos, piece.unit] = percent;
  if (!percent && !piece.currency) {
    const sub = scale ? undefined : (phraseAfter(text, pos, GLUED_SUBUNITS, '', true) ?? phraseAfter(text, pos, SPACED_SUBUNITS, '\\s+'));
    const word = sub ? undefined : phraseAfter(text, pos, CURRENCY_WORDS, '\\s+');
    if (sub) [pos, piece.currency, piece.value, piece.subunit, piece.factor] = [sub[0], sub[1], piece.value / 100, true, piece.factor / 100];
    else if (word) [pos, piece.currency] = word;
  }
  if (!percent && !piece.currency) {
    const fold = /^-?fold\b/i.exec(text.slice(pos, pos + 6)) ?? /^\s+times/.exec(TIMES_AS.exec(text.slice(pos, pos + 30))?.[0] ?? '');
    const time = fold ? null : TIME_WORD.exec(text.slice(pos, pos + 20));
    const measure = fold || time ? undefined : (phraseAfter(text, pos, MEASURE_GLUED, '', true) ?? phraseAfter(text, pos, MEASURE_AFTER, '\\s+'));
    if (measure) [pos, piece.measure] = measure;
    if (fold) [pos, piece.unit] = [pos + fold[0].length, 'multiple'];
    else if (time) {
      pos += time[0].length;
      piece.unit = timeUnit(time[1]!);
      const old = /^-old\b/.exec(text.slice(pos, pos + 5));
      if (old) [pos, piece.age] = [pos + old[0].length, true];
      else if (CALENDAR_PERIOD.test(text.slice(pos, pos + 60))) return undefined;
      piece.duration = !old;
    }
  }
  if (!piece.unit && (numeral.fraction || numeral.multiple)) piece.unit = numeral.fraction ? 'fraction' : 'multiple';
  piece.end = pos;
  // Letters right after what was read: "1990s", "3G", "8am", "21st" are no figures.
  if (/^[\p{L}\p{N}]/u.test(text.slice(pos, pos + 1)) && numeral.digits) return undefined;
  return piece;
}

/** Plain digits: nothing written onto them, no scale. The form years, scores and names take. */
export const isPlain = (p: Piece) => p.numeral.digits && !p.currency && !p.unit && !p.scaled && p.start === p.numeral.start && p.end === p.numeral.end;

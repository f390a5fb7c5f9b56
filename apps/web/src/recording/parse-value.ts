import type { Qualifier } from '../api/types';

// A figure read from the words an editor selected, when no candidate covers them: the common
// shapes of news copy ("more than 60", "between 30 and 40%", "about $600 million", "£75m"),
// enough to fill the form, which the editor checks. Candidate figures, read by the API, come
// with their own value and take precedence.

export interface ParsedValue {
  readonly amount?: number;
  readonly lowerBound?: number;
  readonly upperBound?: number;
  readonly qualifier: Qualifier;
  /** ISO 4217 for money, `percent`, or the counted noun ("countries"). */
  readonly unit?: string;
}

const QUALIFIER_WORDS: ReadonlyArray<readonly [RegExp, Qualifier]> = [
  [/\b(more than|over|above|in excess of|upwards of|greater than)\s*$/i, 'more_than'],
  [/\b(at least|no fewer than|no less than|a minimum of)\s*$/i, 'at_least'],
  [/\b(less than|fewer than|under|below|just under)\s*$/i, 'less_than'],
  [/\b(at most|up to|no more than|a maximum of)\s*$/i, 'at_most'],
  [/\b(about|around|approximately|roughly|some|nearly|almost|an estimated|estimated|close to|circa|c\.)\s*$/i, 'approx'],
];

const CURRENCY_SYMBOLS: Record<string, string> = { $: 'USD', US$: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY' };
const CURRENCY_WORDS: Record<string, string> = { dollars: 'USD', dollar: 'USD', pounds: 'GBP', euros: 'EUR', euro: 'EUR' };
const SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  millions: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  billions: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};
const SMALL = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');

/** A spelled-out number up to the hundreds ("sixty", "twenty-five", "a dozen"), or undefined. */
function spelled(words: string): number | undefined {
  const w = words.toLowerCase().trim();
  if (w === 'a dozen' || w === 'dozen') return 12;
  if (w === 'a hundred' || w === 'hundred') return 100;
  const parts = w.split(/[\s-]+/);
  let total = 0;
  for (const part of parts) {
    if (SMALL.includes(part)) total += SMALL.indexOf(part);
    else if (TENS.includes(part)) total += (TENS.indexOf(part) + 2) * 10;
    else if (part === 'hundred') total *= 100;
    else if (part !== 'and') return undefined;
  }
  return parts.length ? total : undefined;
}

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?`;
const SPELLED = String.raw`(?:${[...TENS, ...SMALL].join('|')})(?:[\s-](?:${SMALL.join('|')}))?|a dozen|a hundred`;
const SCALES = Object.keys(SCALE).join('|');
const FIGURE = new RegExp(String.raw`(US\$|[$£€¥])?\s?(?:${NUMBER}|(${SPELLED}))\s?(${SCALES})?\b\s*(%|per ?cent|percent)?`, 'i');

interface Figure {
  readonly value: number;
  readonly currency?: string;
  readonly percent: boolean;
  readonly index: number;
  readonly length: number;
}

function figureAt(text: string, from = 0): Figure | undefined {
  const match = FIGURE.exec(text.slice(from));
  if (!match) return undefined;
  const [whole, symbol, int, frac, words, scale, percent] = match;
  const base = int !== undefined ? Number(`${int.replaceAll(',', '')}${frac ? `.${frac}` : ''}`) : spelled(words ?? '');
  if (base === undefined || Number.isNaN(base)) return undefined;
  const value = scale ? Math.round(base * SCALE[scale.toLowerCase()]! * 1e6) / 1e6 : base;
  return {
    value,
    ...(symbol ? { currency: CURRENCY_SYMBOLS[symbol.toUpperCase()] ?? CURRENCY_SYMBOLS[symbol] } : {}),
    percent: Boolean(percent),
    index: from + match.index,
    length: whole.length,
  };
}

/** The value a span of words states, or undefined when it holds no number. */
export function parseValue(words: string): ParsedValue | undefined {
  const first = figureAt(words);
  if (!first) return undefined;
  const rest = words.slice(first.index + first.length);
  const before = words.slice(0, first.index);
  const range = /^\s*(?:to|and|-|–|—)\s*/i.exec(rest);
  const second = range ? figureAt(rest, range[0].length) : undefined;
  const tail = second ? rest.slice(second.index + second.length) : rest;
  const unit = unitOf(first, second, tail);
  if (second && (range![0].trim() !== 'and' || /\bbetween\s*$/i.test(before))) {
    const lo = Math.min(first.value, second.value);
    const hi = Math.max(first.value, second.value);
    // "30-40%": the unit and scale written once belong to both ends.
    return { lowerBound: lo, upperBound: hi, qualifier: 'range', ...(unit ? { unit } : {}) };
  }
  const qualifier = QUALIFIER_WORDS.find(([pattern]) => pattern.test(before))?.[1] ?? 'exact';
  return { amount: first.value, qualifier, ...(unit ? { unit } : {}) };
}

function unitOf(first: Figure, second: Figure | undefined, tail: string): string | undefined {
  if (first.percent || second?.percent) return 'percent';
  const currency = first.currency ?? second?.currency;
  if (currency) return currency;
  const noun = /^\s*([A-Za-z][A-Za-z-]*)/.exec(tail)?.[1]?.toLowerCase();
  if (!noun) return undefined;
  if (noun in CURRENCY_WORDS) return CURRENCY_WORDS[noun];
  return noun;
}

import type { FigureQualifier } from './types.js';

// The vocabulary of figures in English news: qualifier words, currencies, scales, time units.
// Each list is matched as whole words, case-insensitively, longest first.

/**
 * Words before a number that qualify it ("more than 60"). Focus words ("only", "just", "a mere")
 * are not here: they leave the value as it is and stay out of the span.
 */
export const QUALIFIERS_BEFORE: readonly (readonly [string, FigureQualifier])[] = [
  ['more than', 'more_than'],
  ['just over', 'more_than'],
  ['well over', 'more_than'],
  ['over', 'more_than'],
  ['above', 'more_than'],
  ['in excess of', 'more_than'],
  ['upwards of', 'more_than'],
  ['at least', 'at_least'],
  ['no fewer than', 'at_least'],
  ['no less than', 'at_least'],
  ['not less than', 'at_least'],
  ['a minimum of', 'at_least'],
  ['less than', 'less_than'],
  ['fewer than', 'less_than'],
  ['just under', 'less_than'],
  ['under', 'less_than'],
  ['below', 'less_than'],
  ['up to', 'at_most'],
  ['at most', 'at_most'],
  ['no more than', 'at_most'],
  ['not more than', 'at_most'],
  ['a maximum of', 'at_most'],
  ['within', 'at_most'],
  ['as many as', 'at_most'],
  ['as much as', 'at_most'],
  ['about', 'approx'],
  ['around', 'approx'],
  ['approximately', 'approx'],
  ['roughly', 'approx'],
  ['almost', 'approx'],
  ['nearly', 'approx'],
  ['close to', 'approx'],
  ['some', 'approx'],
  ['an estimated', 'approx'],
  ['estimated', 'approx'],
  ['circa', 'approx'],
];

/** Words after a number ("80% or higher", "a hundred or so"). */
export const QUALIFIERS_AFTER: readonly (readonly [string, FigureQualifier])[] = [
  ['or more', 'at_least'],
  ['or higher', 'at_least'],
  ['or above', 'at_least'],
  ['or over', 'at_least'],
  ['and over', 'at_least'],
  ['and above', 'at_least'],
  ['and more', 'at_least'],
  ['or less', 'at_most'],
  ['or fewer', 'at_most'],
  ['or lower', 'at_most'],
  ['or below', 'at_most'],
  ['or under', 'at_most'],
  ['or so', 'approx'],
];
/** Written onto the number with a hyphen ("20-odd", "30-plus"). */
export const QUALIFIERS_HYPHENATED: readonly (readonly [string, FigureQualifier])[] = [
  ['odd', 'approx'],
  ['plus', 'at_least'],
];

/** Currency signs written before the number; a bare `$` is read as US dollars. */
export const CURRENCY_SIGNS: readonly (readonly [string, string])[] = [
  ['US$', 'USD'],
  ['US $', 'USD'],
  ['A$', 'AUD'],
  ['C$', 'CAD'],
  ['HK$', 'HKD'],
  ['NZ$', 'NZD'],
  ['S$', 'SGD'],
  ['R$', 'BRL'],
  ['$', 'USD'],
  ['£', 'GBP'],
  ['€', 'EUR'],
  ['¥', 'JPY'],
  ['Rs', 'INR'],
];

/** Currency names written after the number ("80 euro", "5bn yuan"). */
export const CURRENCY_WORDS: readonly (readonly [string, string])[] = [
  ['US dollars', 'USD'],
  ['dollars', 'USD'],
  ['dollar', 'USD'],
  ['euros', 'EUR'],
  ['euro', 'EUR'],
  ['pounds sterling', 'GBP'],
  ['pounds', 'GBP'],
  ['pound', 'GBP'],
  ['sterling', 'GBP'],
  ['yen', 'JPY'],
  ['yuan', 'CNY'],
  ['renminbi', 'CNY'],
  ['rupees', 'INR'],
  ['roubles', 'RUB'],
  ['rubles', 'RUB'],
  ['Swiss francs', 'CHF'],
  ['rand', 'ZAR'],
  ['pesos', 'MXN'],
];

/** Hundredths written after the number: "12p", "30 cents". */
export const SUBUNITS: readonly (readonly [string, string])[] = [
  ['pence', 'GBP'],
  ['p', 'GBP'],
  ['cents', 'USD'],
];

/** Scales written after the number, glued ("$120m", "$45bn") or as a word ("5 million"). */
export const SCALES: readonly (readonly [string, number])[] = [
  ['trillion', 1e12],
  ['billion', 1e9],
  ['million', 1e6],
  ['thousand', 1e3],
  ['trn', 1e12],
  ['tn', 1e12],
  ['bn', 1e9],
  ['mn', 1e6],
  ['m', 1e6],
  ['k', 1e3],
];

export const PERCENT_WORDS: readonly (readonly [string, string])[] = [
  ['percentage points', 'percentage points'],
  ['percentage point', 'percentage points'],
  ['percentage-points', 'percentage points'],
  ['percentage-point', 'percentage points'],
  ['per cent', 'percent'],
  ['percent', 'percent'],
  ['%', 'percent'],
  ['pc', 'percent'],
];

/** Units of time: a number followed by one is a duration. */
export const TIME_UNITS = ['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'centuries'];
const SINGULAR_TIME: Record<string, string> = { century: 'centuries' };
/** The plural of a time unit as written: "year" and "years" both give "years". */
export function timeUnit(word: string): string | undefined {
  const w = word.toLowerCase();
  if (TIME_UNITS.includes(w)) return w;
  if (SINGULAR_TIME[w]) return SINGULAR_TIME[w];
  return TIME_UNITS.includes(`${w}s`) ? `${w}s` : undefined;
}

/** Plural magnitude words: a vague figure, from twice the word up to just below the next one. */
export const VAGUE: readonly (readonly [string, number, number])[] = [
  ['hundreds of thousands', 200_000, 999_999],
  ['hundreds of millions', 200_000_000, 999_999_999],
  ['tens of thousands', 20_000, 99_999],
  ['tens of millions', 20_000_000, 99_999_999],
  ['tens of billions', 20_000_000_000, 99_999_999_999],
  ['a few hundred', 200, 999],
  ['a few thousand', 2_000, 9_999],
  ['a few million', 2_000_000, 9_999_999],
  ['several hundred', 200, 999],
  ['several thousand', 2_000, 9_999],
  ['several million', 2_000_000, 9_999_999],
  ['several billion', 2_000_000_000, 9_999_999_999],
  ['dozens', 24, 99],
  ['scores', 40, 99],
  ['hundreds', 200, 999],
  ['thousands', 2_000, 999_999],
  ['millions', 2_000_000, 999_999_999],
  ['billions', 2_000_000_000, 999_999_999_999],
];

export const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';

/** Verbs and words that make "A to B" a change from A to B rather than a range. */
export const CHANGE_WORDS = new Set(
  (
    'rose rise rises rising risen fell fall falls falling fallen increased increase increases increasing decreased decrease decreases ' +
    'decreasing grew grow grows growing grown climbed climb climbs dropped drop drops slipped slip slips gained gain gains lost lose ' +
    'loses declined decline declines eased ease eases jumped jump jumps surged surge surges soared soar soars plunged plunge plunges ' +
    'tumbled tumble tumbles slumped slump slumps cut cuts raised raise raises lowered lower lifted lift boosted boost reduced reduce ' +
    'added shed up down by from went going changed moved improved worsened widened narrowed doubled halved trimmed'
  ).split(' '),
);

/** Words that make "3-1" a score rather than a range. */
export const SCORE_WORDS = new Set(
  'won win wins winning beat beats beaten lost lose loses losing drew draw draws victory defeat defeated lead led leading trail trailing score scored scoreline thrashed thrashing aggregate'.split(
    ' ',
  ),
);

/** Units of measure: they stay in the span ("700 square kilometres", "10km"). */
export const MEASURES = [
  'square kilometres',
  'square kilometers',
  'square miles',
  'square metres',
  'square meters',
  'square feet',
  'kilometres',
  'kilometers',
  'miles',
  'metres',
  'meters',
  'feet',
  'inches',
  'tonnes',
  'tons',
  'kilograms',
  'kilos',
  'litres',
  'liters',
  'gallons',
  'hectares',
  'acres',
  'megawatts',
  'gigawatts',
  'degrees',
  'mph',
];
/** Units of measure glued to the number ("10km"); "m" is left out: in news it is a million. */
export const GLUED_MEASURES = [
  ...['km', 'kg', 'mph', 'kph', 'km/h', 'sq km', 'ft', 'lb', 'lbs', 'ha', 'mm', 'cm', 'C', 'F'],
  ...['GB', 'MB', 'TB', 'KB', 'GHz', 'MHz', 'Mbps', 'Kbps', 'kbps', 'Gbps', 'MW', 'GW', 'kW', 'kWh'],
];
/** After these words, "100m" is a distance run or swum, not a hundred million. */
export const RACE_WORDS =
  /^\s+(?:final|finals|hurdles|race|freestyle|breaststroke|butterfly|backstroke|medley|relay|sprint|run|runner|record|title|champion|heats?|semi-finals?|event|steeplechase|gold|silver|bronze|indoor|outdoor|world|in\s+\d|and\s+(?:the\s+)?[\d,]+m\b)/i;

import { invalid } from './errors.js';

export const QUALIFIERS = ['exact', 'approx', 'more_than', 'at_least', 'less_than', 'at_most', 'range', 'vague'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/**
 * A stated value, Wikidata style (amount, bounds, unit) plus how it was qualified: "about 60"
 * is approx 60, "over 60" more_than 60, "between 30 and 40" a range, "dozens" vague [24, 99].
 */
export interface Quantity {
  readonly amount?: number;
  readonly lowerBound?: number;
  readonly upperBound?: number;
  readonly unit: string;
  readonly qualifier: Qualifier;
  /**
   * The figures as the source stated them, when its unit was not the metric's ("63 days" for a
   * metric in months): the fields above are then in the metric's unit, which comparisons use.
   */
  readonly stated?: StatedQuantity;
}

/** Amount and bounds in the unit a source stated, kept for display beside the converted value. */
export interface StatedQuantity {
  readonly amount?: number;
  readonly lowerBound?: number;
  readonly upperBound?: number;
  readonly unit: string;
}

/** Checks that bounds are ordered and fit the qualifier; `field` prefixes the paths in errors. */
export function checkQuantity(q: Quantity, field = 'value'): Quantity {
  const { amount, lowerBound: lower, upperBound: upper, qualifier } = q;
  for (const [name, n] of [
    ['amount', amount],
    ['lowerBound', lower],
    ['upperBound', upper],
  ] as const) {
    if (n !== undefined && !Number.isFinite(n)) throw invalid(`${field}.${name}`, `${name} must be a finite number`);
  }
  if (lower !== undefined && upper !== undefined && lower > upper) {
    throw invalid(`${field}.lowerBound`, `lowerBound ${lower} is above upperBound ${upper}`);
  }
  const needs = (name: 'amount' | 'lowerBound' | 'upperBound', n: number | undefined) => {
    if (n === undefined) throw invalid(`${field}.${name}`, `a ${qualifier} value needs ${name}`);
  };
  const forbids = (name: 'lowerBound' | 'upperBound', n: number | undefined, why: string) => {
    if (n !== undefined) throw invalid(`${field}.${name}`, `a ${qualifier} value has no ${name}: ${why}`);
  };
  switch (qualifier) {
    case 'exact':
    case 'approx':
      needs('amount', amount);
      break;
    case 'more_than':
    case 'at_least':
      needs('amount', amount);
      forbids('upperBound', upper, 'it is open above');
      if (lower !== undefined && lower !== amount) throw invalid(`${field}.lowerBound`, 'lowerBound must equal amount');
      break;
    case 'less_than':
    case 'at_most':
      needs('amount', amount);
      if (upper !== undefined && upper !== amount) throw invalid(`${field}.upperBound`, 'upperBound must equal amount');
      // "less than 10" with a floor of 10 allows nothing; "at most 10" with a floor of 10 allows 10.
      if (lower !== undefined && (qualifier === 'less_than' ? lower >= amount! : lower > amount!)) {
        throw invalid(`${field}.lowerBound`, 'lowerBound must be below amount');
      }
      break;
    case 'range':
    case 'vague':
      needs('lowerBound', lower);
      needs('upperBound', upper);
      break;
    default: {
      const never: never = qualifier;
      throw invalid(`${field}.qualifier`, `unknown qualifier ${String(never)}`);
    }
  }
  if (amount !== undefined && ((lower !== undefined && amount < lower) || (upper !== undefined && amount > upper))) {
    throw invalid(`${field}.amount`, `amount ${amount} lies outside its bounds`);
  }
  return q;
}

export function sameQuantity(a: Quantity, b: Quantity): boolean {
  return sameFigures(a, b) && a.qualifier === b.qualifier && (a.stated === b.stated || (!!a.stated && !!b.stated && sameFigures(a.stated, b.stated)));
}

const sameFigures = (a: StatedQuantity, b: StatedQuantity) =>
  a.amount === b.amount && a.lowerBound === b.lowerBound && a.upperBound === b.upperBound && a.unit === b.unit;

/** The value as its source stated it, without the conversion: what a client sends to record it again. */
export function asStated(q: Quantity): Quantity {
  return q.stated ? { qualifier: q.qualifier, ...q.stated } : q;
}

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
const WORDS: Record<Exclude<Quantity['qualifier'], 'exact' | 'range' | 'vague'>, string> = {
  approx: 'about',
  more_than: 'more than',
  at_least: 'at least',
  less_than: 'less than',
  at_most: 'at most',
};

/**
 * The value in words, for people and for exports, as the source stated it: "more than 60
 * member", "between 30 and 40 percent", "63 days".
 */
export function describeQuantity(value: Quantity): string {
  const q = asStated(value);
  const n = (x: number | undefined) => number.format(x ?? Number.NaN);
  switch (q.qualifier) {
    case 'exact':
      return `${n(q.amount)} ${q.unit}`;
    case 'range':
      return `between ${n(q.lowerBound)} and ${n(q.upperBound)} ${q.unit}`;
    case 'vague':
      return `an unstated number between ${n(q.lowerBound)} and ${n(q.upperBound)} ${q.unit}`;
    default:
      return `${WORDS[q.qualifier]} ${n(q.amount)} ${q.unit}`;
  }
}

import type { Flag, Quantity, ValidTime } from './api/types';

/** A value as the UI formats it: the unit may be left to the metric's. */
type Stated = Omit<Quantity, 'unit'> & { readonly unit?: string };

// Plain functions from API values to the words editors read; the chart, tables and tests share them.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A partial date at its own precision: "2015" / "Jul 2017" / "22 Jan 2015". */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export function formatValidTime(time: ValidTime): string {
  return 'at' in time ? formatDate(time.at) : `${formatDate(time.from)} – ${formatDate(time.to)}`;
}

/** An instant the server recorded, in the reader's time zone. */
export function formatInstant(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

// Units that are currencies, written as money; any other unit is a word after the number.
const CURRENCIES = new Set(['usd', 'eur', 'gbp', 'jpy', 'chf', 'cny', 'inr', 'cad', 'aud', 'rub', 'try', 'iqd', 'syp', 'sar', 'aed']);

export const isCurrency = (unit: string) => CURRENCIES.has(unit.toLowerCase());

/** A number in the metric's unit: "60 members", "$600M", "10%". */
export function formatAmount(n: number, unit = '', options: { bare?: boolean } = {}): string {
  const big = Math.abs(n) >= 1_000_000;
  if (unit === 'percent') return `${formatNumber(n)}%`;
  if (isCurrency(unit)) {
    try {
      return new Intl.NumberFormat('en', {
        style: 'currency',
        currency: unit.toUpperCase(),
        notation: big ? 'compact' : 'standard',
        minimumFractionDigits: 0,
        maximumFractionDigits: big ? 1 : 0,
      }).format(n);
    } catch {
      // not an ISO currency after all: fall through to a plain unit
    }
  }
  const number = formatNumber(n);
  if (options.bare || !unit) return number;
  return `${number} ${n === 1 ? unit : plural(unit)}`;
}

function formatNumber(n: number): string {
  return new Intl.NumberFormat('en', Math.abs(n) >= 1_000_000 ? { notation: 'compact', maximumFractionDigits: 1 } : { maximumFractionDigits: 2 }).format(n);
}

// Symbols such as km2 or m3 have no plural: "700 km2", not "700 km2s".
export const plural = (unit: string) =>
  /\d$/.test(unit) ? unit : /(s|x|ch|sh)$/.test(unit) ? `${unit}es` : /[^aeiou]y$/.test(unit) ? `${unit.slice(0, -1)}ies` : `${unit}s`;

const WORDS: Record<Quantity['qualifier'], string> = {
  exact: '',
  approx: 'about',
  more_than: 'more than',
  at_least: 'at least',
  less_than: 'less than',
  at_most: 'at most',
  range: 'between',
  vague: 'vaguely',
};

/**
 * The value as a sentence would state it: "more than 60 members", "between 30% and 40%". A value
 * stated in another unit than the metric's reads as stated, then as compared: "63 days (2.07 months)".
 */
export function formatQuantity(q: Stated, unit = q.unit ?? ''): string {
  if (q.stated) {
    const { stated, ...compared } = q;
    // The unit as the source wrote it, not made plural again: "84 countries".
    return `${formatQuantity({ ...stated, qualifier: q.qualifier, unit: '' }, '')} ${stated.unit} (${formatQuantity(compared, unit)})`;
  }
  if (q.qualifier === 'range' || q.qualifier === 'vague' || q.amount === undefined) {
    const lo = q.lowerBound;
    const hi = q.upperBound;
    if (lo !== undefined && hi !== undefined) {
      const span = `${formatAmount(lo, unit, { bare: unit !== 'percent' && !isCurrency(unit) })}–${formatAmount(hi, unit)}`;
      return q.qualifier === 'vague' ? `${span} (vague)` : span;
    }
    if (q.amount === undefined) return '?';
  }
  const amount = formatAmount(q.amount, unit);
  const word = WORDS[q.qualifier];
  return word && q.qualifier !== 'range' && q.qualifier !== 'vague' ? `${word} ${amount}` : amount;
}

/** The value in a few characters, for chart labels: "60", ">60", "30–40". */
export function shortQuantity(q: Stated): string {
  const n = (x: number) => formatNumber(x);
  switch (q.qualifier) {
    case 'exact':
      return n(q.amount!);
    case 'approx':
      return `~${n(q.amount!)}`;
    case 'more_than':
      return `>${n(q.amount!)}`;
    case 'at_least':
      return `≥${n(q.amount!)}`;
    case 'less_than':
      return `<${n(q.amount!)}`;
    case 'at_most':
      return `≤${n(q.amount!)}`;
    case 'range':
    case 'vague':
      return q.lowerBound !== undefined && q.upperBound !== undefined ? `${n(q.lowerBound)}–${n(q.upperBound)}` : q.amount !== undefined ? n(q.amount) : '?';
  }
}

export const FLAG_TEXT: Record<Flag, { label: string; help: string }> & Partial<Record<string, { label: string; help: string }>> = {
  contradicted: { label: 'contradicted', help: 'sources disagree about the same time, and no reviewer has resolved it' },
  contested: { label: 'contested', help: 'sources disagree about the current value, and no reviewer has resolved it' },
  disputed_history: { label: 'disputed history', help: 'sources disagree about an earlier time only; the current value is not in dispute' },
  anomaly: { label: 'anomaly', help: 'a figure that should only grow has fallen' },
  single_source: { label: 'single source', help: 'only one source states this figure' },
  unreviewed: { label: 'unreviewed', help: 'no claim behind the current value has a fact-check verdict on its present version' },
  stale: { label: 'stale', help: 'the newest figure is older than the update interval its metric declares' },
};

export const BASIS_TEXT: Record<string, string> = {
  preferred: 'an editor ranked this claim preferred',
  resolution: 'a reviewer preferred it when resolving a contradiction',
  corroboration: 'more claims for that time agree with it than with any other value',
  tie: 'as many claims for that time give another value: the latest published is shown, and the value is in doubt',
};

export const humanize = (word: string) => word.replaceAll('_', ' ');

/** A metric's unit as people say it: "percent", "US dollars", "members". */
export function formatUnit(unit: string): string {
  if (unit === 'percent') return 'percent (%)';
  if (isCurrency(unit) || /^[A-Z]{3}$/.test(unit)) {
    try {
      const code = unit.toUpperCase();
      const name = new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: 'name' })
        .formatToParts(2)
        .find((p) => p.type === 'currency');
      return `${name?.value ?? code} (${code})`;
    } catch {
      // not a currency code
    }
  }
  return plural(unit);
}

/** A metric id as a name: "member-count" reads "member count". */
export const metricName = (id: string) => id.replace(/[-_]+/g, ' ');

export const SOURCE_KIND_TEXT: Record<string, string> = {
  news_article: 'news article',
  press_release: 'press release',
  official_statement: 'official statement',
  statistical_release: 'statistical release',
  other: 'other',
};

/** A counted noun in the singular, as metric units are written: "countries" is country. */
export function singular(noun: string): string {
  if (noun === 'people') return 'person';
  if (/[^aeiou]ies$/.test(noun)) return `${noun.slice(0, -3)}y`;
  if (/(ss|x|ch|sh)es$/.test(noun)) return noun.slice(0, -2);
  if (/[^s]s$/.test(noun)) return noun.slice(0, -1);
  return noun;
}

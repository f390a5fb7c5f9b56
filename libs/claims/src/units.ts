import { createRequire } from 'node:module';
import type { Unit } from 'mathjs';
import { invalid } from './errors.js';
import type { MetricKind } from './metric.js';
import type { Quantity, StatedQuantity } from './quantity.js';

/**
 * How a unit a source stated fits a metric's unit (README.md, "Units"):
 * - the same unit, or the same label in another case for a count or money: nothing changes;
 * - another counted noun for a count ("members" for a metric in "countries"): a label of the
 *   same count, the amount is kept;
 * - a physical unit of the same dimension (durations, areas, lengths, masses): converted by
 *   mathjs's unit system, not by a table of ours;
 * - anything else is refused: another currency (factlog applies no exchange rate), a length for
 *   a count, a scaling word in the unit ("million" belongs in the amount).
 */
export type UnitFit =
  | { readonly kind: 'same' }
  | { readonly kind: 'label' }
  | { readonly kind: 'convert'; readonly convert: (n: number) => number }
  | { readonly kind: 'refused'; readonly reason: string };

interface MetricUnit {
  readonly unit: string;
  readonly kind: MetricKind;
}

/**
 * mathjs's unit parser, loaded on the first claim whose unit differs from its metric's: the
 * library is large, and most claims, the projector and the read side never need it.
 */
let mathjs: typeof import('mathjs') | undefined;
const physicalUnit = (amount: number, name: string): Unit => {
  mathjs ??= createRequire(import.meta.url)('mathjs') as typeof import('mathjs');
  return mathjs.unit(amount, name);
};

/** Words that scale an amount: "60 million" is the amount 60000000, never a unit. */
const SCALING = /^(hundreds?|thousands?|millions?|billions?|trillions?|dozens?|lakhs?|crores?|bn|mn)\b/i;
const PERCENT = /^(%|percent|per cent|pct)$/i;

/** The unit as a physical unit, or undefined for a counted noun ("members") or a currency. */
function parsePhysical(text: string): Unit | undefined {
  const trimmed = text.trim();
  // A bare number or an expression is no unit: mathjs would read "2 m" or "m/s" as one.
  if (!/^[A-Za-z][A-Za-z0-9^ ]*$/.test(trimmed)) return undefined;
  for (const candidate of new Set([trimmed, trimmed.toLowerCase()])) {
    try {
      const u = physicalUnit(1, candidate);
      if (u.dimensions.some((d) => d !== 0)) return u;
    } catch {
      // not a unit mathjs knows: a counted noun, or a currency
    }
  }
  return undefined;
}

/** ISO 4217 codes as the runtime knows them (Intl), in upper case. */
let currencies: ReadonlySet<string> | undefined;
const isCurrency = (unit: string) => (currencies ??= new Set(Intl.supportedValuesOf('currency'))).has(unit.trim().toUpperCase());

const sameDimensions = (a: Unit, b: Unit) => a.dimensions.length === b.dimensions.length && a.dimensions.every((d, i) => d === b.dimensions[i]);

/** Twelve significant digits: what floating-point conversion adds beyond them is noise. */
const tidy = (n: number) => Number(n.toPrecision(12));

export function fitUnit(stated: string, metric: MetricUnit): UnitFit {
  if (stated === metric.unit) return { kind: 'same' };
  if (SCALING.test(stated.trim())) {
    return { kind: 'refused', reason: `'${stated}' holds a scaling word: it belongs in the amount (60 million is amount 60000000)` };
  }
  const sameLabel = stated.trim().toLowerCase() === metric.unit.trim().toLowerCase();
  if (metric.kind !== 'money' && isCurrency(stated) && !sameLabel) {
    return { kind: 'refused', reason: `'${stated}' is a currency, and a ${metric.kind} metric counts no money` };
  }
  if (metric.kind === 'money') {
    if (sameLabel) return { kind: 'label' };
    return {
      kind: 'refused',
      reason: `money in '${stated}' does not compare with money in '${metric.unit}': factlog applies no exchange rate; record the figure in '${metric.unit}' and say the rate in the note`,
    };
  }
  if (metric.kind === 'percent' && PERCENT.test(stated.trim()) && PERCENT.test(metric.unit.trim())) return { kind: 'label' };
  const from = parsePhysical(stated);
  const to = parsePhysical(metric.unit);
  if (from && to) {
    if (!sameDimensions(from, to)) return { kind: 'refused', reason: `'${stated}' does not convert to '${metric.unit}': they measure different things` };
    const fromName = unitName(from);
    const toName = unitName(to);
    return { kind: 'convert', convert: (n) => tidy(physicalUnit(n, fromName).toNumber(toName)) };
  }
  if (from || to) {
    const [physical, noun] = from ? [stated, metric.unit] : [metric.unit, stated];
    return { kind: 'refused', reason: `'${physical}' is a unit of measure and '${noun}' is not: '${stated}' does not fit '${metric.unit}'` };
  }
  // Two counted nouns: labels of one count for a count metric; for others, only a change of case.
  if (metric.kind === 'count' || sameLabel) return { kind: 'label' };
  return { kind: 'refused', reason: `'${stated}' is not '${metric.unit}', and a ${metric.kind} metric does not take another label` };
}

/** The name mathjs parsed, as it reads it back ("days", "km^2"). */
function unitName(u: Unit): string {
  return u.formatUnits();
}

/**
 * The quantity in the metric's unit, with what the source stated kept beside it when the unit
 * differs. Throws a 422 naming value.unit when the unit does not fit. Pure and deterministic.
 */
export function inMetricUnit(q: Quantity, metric: MetricUnit & { readonly id: string }, field = 'value'): Quantity {
  const fit = fitUnit(q.unit, metric);
  switch (fit.kind) {
    case 'same':
      return q;
    case 'refused':
      throw invalid(`${field}.unit`, `unit '${q.unit}' does not fit metric ${metric.id}, measured in '${metric.unit}': ${fit.reason}`);
    case 'label':
    case 'convert': {
      const { stated: _, ...plain } = q;
      const stated: StatedQuantity = {
        ...(q.amount !== undefined ? { amount: q.amount } : {}),
        ...(q.lowerBound !== undefined ? { lowerBound: q.lowerBound } : {}),
        ...(q.upperBound !== undefined ? { upperBound: q.upperBound } : {}),
        unit: q.unit,
      };
      const c = (n: number) => {
        const converted = fit.kind === 'convert' ? fit.convert(n) : n;
        // 1e308 days are more seconds than a number holds: refused, never stored as Infinity.
        if (!Number.isFinite(converted)) throw invalid(`${field}.unit`, `${n} ${q.unit} is beyond what '${metric.unit}' can hold as a number`);
        return converted;
      };
      return {
        ...plain,
        ...(q.amount !== undefined ? { amount: c(q.amount) } : {}),
        ...(q.lowerBound !== undefined ? { lowerBound: c(q.lowerBound) } : {}),
        ...(q.upperBound !== undefined ? { upperBound: c(q.upperBound) } : {}),
        unit: metric.unit,
        stated,
      };
    }
  }
}

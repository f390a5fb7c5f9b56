/** The qualifiers of the claims domain (libs/claims, QUALIFIERS): a candidate goes to POST /v1/claims as it is. */
export type FigureQualifier = 'exact' | 'approx' | 'more_than' | 'at_least' | 'less_than' | 'at_most' | 'range' | 'vague';

export type FigureKind = 'money' | 'percent' | 'count' | 'ratio' | 'price' | 'duration' | 'other';

/**
 * A value as the claims domain models it: exact and approx have an amount; more_than/at_least
 * the amount as lowerBound too, less_than/at_most as upperBound; a range and a vague word have
 * bounds and no amount. A field that does not apply is absent, never null.
 */
export interface FigureValue {
  readonly amount?: number;
  readonly lowerBound?: number;
  readonly upperBound?: number;
  readonly qualifier: FigureQualifier;
  /** ISO 4217 for money, `percent`, `fraction`, `multiple`, a time unit, or the counted noun; absent when the text does not say. */
  readonly unit?: string;
}

export type FigureValidTime = { readonly at: string } | { readonly from: string; readonly to: string };

export interface FigureCandidate {
  /** `text === source.slice(start, end)`, JavaScript string indices, end exclusive. */
  readonly quote: { readonly text: string; readonly start: number; readonly end: number };
  readonly value: FigureValue;
  readonly kind: FigureKind;
  /** The date the sentence gives the figure, if it names one. */
  readonly validTime?: FigureValidTime;
  /** The nearest name before the figure in its sentence: what the figure may be about. */
  readonly subjectHint?: string;
}

export interface FindFiguresOptions {
  /** What "October" or "last year" refer to: the source's publication date (YYYY, YYYY-MM or YYYY-MM-DD). */
  readonly publishedAt?: string;
}

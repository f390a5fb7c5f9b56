import { z } from 'zod';
import { MEASURES, METRIC_ID, METRIC_ID_RULE, METRIC_KINDS, QUALIFIERS, SOURCE_KINDS, SOURCE_TEXT_MAX, UPDATE_INTERVAL_MAX_DAYS } from '#claims';

// The shapes of what a client sends to record something, whichever way it comes: a JSON body of
// the API (which names them in its OpenAPI document) or a row of a bulk import. They check shape;
// the domain checks meaning (bounds, dates, units, quotes), so both paths refuse the same input.

export const text = (max = 1000) => z.string().trim().min(1).max(max);
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug: a-z, 0-9 and single dashes')
  .max(100);
export const metricId = z.string().regex(METRIC_ID, `a metric id: ${METRIC_ID_RULE}`).max(100);
/** A date's shape; whether it exists is the domain's rule (years 0001 to 9999, every part existing). */
export const PartialDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD');
export const sourceId = z.string().regex(/^[A-Za-z0-9_.:-]{1,200}$/, 'a source id: 1 to 200 letters, digits and _ . : -');
export const languageTag = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'a language tag such as en or pt-BR');

export const sourceFields = {
  title: text(500),
  publisher: text(200).optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  publishedAt: PartialDate,
  kind: z.enum(SOURCE_KINDS),
  language: languageTag,
  text: z.string().max(SOURCE_TEXT_MAX).optional(),
};

export const metricDefinitionFields = {
  unit: text(50),
  kind: z.enum(METRIC_KINDS),
  cumulative: z.boolean().default(false),
  tolerance: z.number().min(0).max(0.99).default(0),
  measure: z
    .enum(MEASURES)
    .optional()
    .describe('level (the default): a figure holds until a later one replaces it; flow: a figure counts what happened in its own period'),
  updateIntervalDays: z
    .int()
    .min(1)
    .max(UPDATE_INTERVAL_MAX_DAYS)
    .optional()
    .describe(
      'how many days a figure is expected to stay current (365: yearly); a fact whose newest valid time ended longer ago is stale; absent: never stale',
    ),
};

export const QuantityInput = z.strictObject({
  amount: z.number().optional(),
  lowerBound: z.number().optional(),
  upperBound: z.number().optional(),
  unit: text(50).optional(),
  qualifier: z.enum(QUALIFIERS).default('exact'),
});
export const ValidTimeInput = z.union([z.strictObject({ at: PartialDate }), z.strictObject({ from: PartialDate, to: PartialDate })]);
export const QuoteInput = z.strictObject({ text: z.string().min(1).max(5000), start: z.int().min(0), end: z.int().min(1) });

/** What a claim says besides its source: the subject, the metric, the value, when, and the words. */
export const claimFields = {
  subject: text(300),
  metric: metricId,
  value: QuantityInput,
  validTime: ValidTimeInput,
  quote: QuoteInput.optional(),
  attribution: z.string().max(500).optional(),
  note: z.string().max(5000).optional(),
};

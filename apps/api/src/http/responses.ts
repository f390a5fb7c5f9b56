import { z } from 'zod';
import { QUALIFIERS } from '#claims';
import { responseShape } from './contract.js';

// The shapes most answers share. Each is named once and referred to wherever it appears.

export const Problem = responseShape(
  'Problem',
  z.object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string().optional(),
    errors: z
      .array(z.object({ field: z.string(), message: z.string() }))
      .optional()
      .describe('each field (body path, query parameter or header) at fault'),
    instance: z.string().optional(),
    requestId: z.string().optional(),
  }),
  'RFC 9457 problem details: every error of the API comes as one',
);

export const Quantity = responseShape(
  'Quantity',
  z.object({
    amount: z.number().optional(),
    lowerBound: z.number().optional(),
    upperBound: z.number().optional(),
    unit: z.string(),
    qualifier: z.enum(QUALIFIERS),
    stated: z
      .object({ amount: z.number().optional(), lowerBound: z.number().optional(), upperBound: z.number().optional(), unit: z.string() })
      .optional()
      .describe(
        "the figures in the unit the source stated, when it was not the metric's; amount, bounds and unit above are then in the metric's unit, as claims are compared",
      ),
  }),
  'A stated value: amount and/or bounds, in a unit, with how the source qualified it',
);

export const ValidTime = responseShape(
  'ValidTime',
  z.union([z.object({ at: z.string() }), z.object({ from: z.string(), to: z.string() })]),
  'When a figure holds: a partial date (YYYY, YYYY-MM or YYYY-MM-DD) or an interval of two',
);

export const Quote = responseShape(
  'Quote',
  z.object({ text: z.string(), start: z.int(), end: z.int() }),
  "The words a claim rests on, as offsets into its source's text (end exclusive)",
);

/** The cursor of the page after this one; null on the last page. */
export const next = z.string().nullable().describe('pass as `cursor` to read the next page; null on the last page');

/** A page of `item`s: every list answers with `items` and `next`. */
export const page = <S extends z.ZodType, E extends z.ZodRawShape = Record<never, never>>(id: string, item: S, extra?: E) =>
  responseShape(id, z.object({ items: z.array(item), next, ...(extra ?? ({} as E)) }));

/** What every write of a versioned resource adds to it: its new version and the log position. */
export const written = {
  version: z.int().describe('the version after this write, as the ETag carries it'),
  position: z.int().describe('the position of the last event written; pass as minPosition to read your write'),
};

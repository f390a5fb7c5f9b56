import { z } from 'zod';
import { requestShape } from './contract.js';
import {
  ASSIGNEE_MAX,
  COMMENT_MAX,
  DomainError,
  METRIC_ID,
  METRIC_ID_RULE,
  QUALIFIERS,
  RANKS,
  SOURCE_KINDS,
  SOURCE_TEXT_MAX,
  VERDICTS,
  METRIC_KINDS,
  parsePartialDate,
} from '#claims';

// Request bodies, one schema per shape: each gives the validation, the TypeScript type and the
// OpenAPI document. They check shape; the domain checks meaning (bounds, dates, units, quotes).

const text = (max = 1000) => z.string().trim().min(1).max(max);
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug: a-z, 0-9 and single dashes')
  .max(100);
const metricId = z.string().regex(METRIC_ID, `a metric id: ${METRIC_ID_RULE}`).max(100);
/** A date's shape in a body; whether it exists is the domain's rule, refused with 422 naming the field. */
export const PartialDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD');
/**
 * A date in a query string, held to the domain's rule (years 0001 to 9999, every part existing)
 * here, since no command checks it later; parsed into the days it covers.
 */
export const PartialDateParam = z.string().transform((value, ctx) => {
  try {
    return parsePartialDate(value, '');
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    ctx.addIssue({ code: 'custom', message: error.message });
    return z.NEVER;
  }
});

const sourceFields = {
  title: text(500),
  publisher: text(200).optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  publishedAt: PartialDate,
  kind: z.enum(SOURCE_KINDS),
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'a language tag such as en or pt-BR'),
  text: z.string().max(SOURCE_TEXT_MAX).optional(),
};
export const RegisterSource = requestShape(
  'RegisterSource',
  z.strictObject({
    id: z
      .string()
      .regex(/^[A-Za-z0-9_.:-]{1,200}$/)
      .optional(),
    ...sourceFields,
    // Left out, the domain takes it as undetermined (`und`): a table of figures has no language.
    language: sourceFields.language.optional(),
  }),
);
export const UpdateSource = requestShape(
  'UpdateSource',
  z
    .strictObject(
      Object.fromEntries(Object.entries(sourceFields).map(([k, v]) => [k, v.optional()])) as {
        [K in keyof typeof sourceFields]: z.ZodOptional<(typeof sourceFields)[K]>;
      },
    )
    .refine((o) => Object.values(o).some((v) => v !== undefined), 'send at least one field to change'),
);

export const DefineEntity = requestShape('DefineEntity', z.strictObject({ id: slug, name: text(300), aliases: z.array(text(300)).max(200).default([]) }));
export const AddAlias = requestShape('AddAlias', z.strictObject({ alias: text(300) }));

export const DefineMetric = requestShape(
  'DefineMetric',
  z.strictObject({
    id: metricId,
    unit: text(50),
    kind: z.enum(METRIC_KINDS),
    cumulative: z.boolean().default(false),
    tolerance: z.number().min(0).max(0.99).default(0),
  }),
);

export const Quantity = requestShape(
  'QuantityInput',
  z.strictObject({
    amount: z.number().optional(),
    lowerBound: z.number().optional(),
    upperBound: z.number().optional(),
    unit: text(50).optional(),
    qualifier: z.enum(QUALIFIERS).default('exact'),
  }),
);
export const ValidTime = requestShape('ValidTimeInput', z.union([z.strictObject({ at: PartialDate }), z.strictObject({ from: PartialDate, to: PartialDate })]));
export const Quote = requestShape('QuoteInput', z.strictObject({ text: z.string().min(1).max(5000), start: z.int().min(0), end: z.int().min(1) }));

export const RecordClaim = requestShape(
  'RecordClaim',
  z.strictObject({
    sourceId: text(200),
    subject: text(300),
    metric: metricId,
    value: Quantity,
    validTime: ValidTime,
    quote: Quote.optional(),
    attribution: z.string().max(500).optional(),
    note: z.string().max(5000).optional(),
    createEntity: z.boolean().optional(),
  }),
);
export const CorrectClaim = requestShape(
  'CorrectClaim',
  z
    .strictObject({ value: Quantity.optional(), validTime: ValidTime.optional(), reason: text(2000) })
    .refine((o) => o.value !== undefined || o.validTime !== undefined, { message: 'send a new value, validTime or both', path: ['value'] }),
);
export const Reason = requestShape('Reason', z.strictObject({ reason: text(2000) }));
export const ReviewClaim = requestShape('ReviewClaim', z.strictObject({ verdict: z.enum(VERDICTS), note: z.string().max(5000).optional() }));
export const RankClaim = requestShape('RankClaim', z.strictObject({ rank: z.enum(RANKS), reason: text(2000) }));

// The editorial workflow. Moving back to `unstarted` is never allowed, so it is not offered.
export const MoveWorkflow = requestShape(
  'MoveWorkflow',
  z.strictObject({ to: z.enum(['in_progress', 'in_review', 'published']), note: z.string().max(2000).optional() }),
);
export const AssignReviewer = requestShape('AssignReviewer', z.strictObject({ assignee: text(ASSIGNEE_MAX) }));
export const CommentOnClaim = requestShape('CommentOnClaim', z.strictObject({ text: text(COMMENT_MAX) }));

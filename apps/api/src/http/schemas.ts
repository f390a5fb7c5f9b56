import { z } from 'zod';
import { requestShape } from './contract.js';
import { ASSIGNEE_MAX, COMMENT_MAX, DomainError, RANKS, VERDICTS, parsePartialDate } from '#claims';
import { claimFields, metricDefinitionFields, metricId, QuantityInput, QuoteInput, slug, sourceFields, sourceId, text, ValidTimeInput } from '#recording';

export { PartialDate } from '#recording';

// Request bodies, one schema per shape: each gives the validation, the TypeScript type and the
// OpenAPI document. They check shape; the domain checks meaning (bounds, dates, units, quotes).

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

export const RegisterSource = requestShape(
  'RegisterSource',
  z.strictObject({
    id: sourceId.optional(),
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

export const DefineMetric = requestShape('DefineMetric', z.strictObject({ id: metricId, ...metricDefinitionFields }));

export const Quantity = requestShape('QuantityInput', QuantityInput);
export const ValidTime = requestShape('ValidTimeInput', ValidTimeInput);
export const Quote = requestShape('QuoteInput', QuoteInput);

export const RecordClaim = requestShape('RecordClaim', z.strictObject({ sourceId: text(200), ...claimFields, createEntity: z.boolean().optional() }));
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

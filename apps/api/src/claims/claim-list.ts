import { z } from 'zod';
import { RANKS, VERDICTS } from '#claims';
import { PageQuery } from '../facts/read-params.js';
import { responseShape } from '../http/contract.js';
import { page, Quantity, Quote, ValidTime } from '../http/responses.js';

/** GET /v1/claims: claims as they stand now, in the order they were recorded. */
export const ClaimListQuery = z.strictObject({
  ...PageQuery.shape,
  subject: z.string().trim().min(1).max(300).optional().describe("the entity's id, name or any alias"),
  metric: z.string().trim().min(1).max(100).optional().describe('a metric id'),
  source: z.string().trim().min(1).max(200).optional().describe('a source id'),
  status: z.enum(['active', 'retracted']).optional(),
  verdict: z
    .enum([...VERDICTS, 'none'])
    .optional()
    .describe('a reviewer’s verdict, or none for claims without one'),
  rank: z.enum(RANKS).optional(),
});

export const ClaimListItem = responseShape(
  'ClaimListItem',
  z.object({
    id: z.guid(),
    status: z.enum(['active', 'retracted']),
    subject: z.string(),
    metric: z.string(),
    value: Quantity,
    validTime: ValidTime,
    quote: Quote.nullable(),
    attribution: z.string().nullable(),
    rank: z.enum(RANKS),
    verdict: z.enum(VERDICTS).nullable(),
    source: z.object({ id: z.string(), title: z.string().nullable(), publisher: z.string().nullable(), publishedAt: z.string().nullable() }),
    recordedBy: z.string().nullable(),
    recordedAt: z.iso.datetime(),
    version: z.int(),
  }),
);
export const ClaimListPage = page('ClaimPage', ClaimListItem);
export const ClaimCursor = z.object({ recordedAt: z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?[+-]\d{2}(?::\d{2})?$/), id: z.guid() });

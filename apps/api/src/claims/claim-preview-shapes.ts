import { z } from 'zod';
import { FACT_FLAGS } from '#claims';
import { responseShape } from '../http/contract.js';
import { Quantity, Quote, ValidTime } from '../http/responses.js';

const FLAGS = z.array(z.enum(FACT_FLAGS));

/** A claim the fact already holds, as a preview names it. */
const HeldClaim = z.object({
  id: z.string(),
  value: Quantity,
  validTime: ValidTime,
  quote: Quote.optional(),
  source: z.object({ id: z.string(), title: z.string(), publisher: z.string().optional(), publishedAt: z.string() }),
});

export const ClaimPreview = responseShape(
  'ClaimPreview',
  z.object({
    claim: z
      .object({ id: z.string(), subject: z.string().describe('the entity id the subject names'), metric: z.string(), value: Quantity, validTime: ValidTime })
      .describe('the claim as recording it would write it'),
    alreadyRecorded: z.boolean().describe('the same claim is recorded: saving it again changes nothing'),
    relations: z
      .array(
        z.object({
          claim: HeldClaim,
          kind: z.enum(['agreement', 'change', 'anomaly', 'revision', 'contradiction']),
          severity: z.enum(['low', 'medium', 'high']).optional().describe('for a contradiction'),
          gap: z.number().optional().describe('for a contradiction: the relative gap between the two values'),
          superseded: z.string().optional().describe('for a revision: the id of the claim the later release supersedes'),
        }),
      )
      .describe("how the claim relates to each of the fact's active claims, by the rules of the fact views"),
    contradictions: z
      .array(z.object({ id: z.string(), claimIds: z.array(z.string()), severity: z.enum(['low', 'medium', 'high']), gap: z.number() }))
      .describe('the contradictions the fact would have that include this claim'),
    current: z.boolean().describe("whether the claim would be, or agree with, the fact's current value"),
    flagsBefore: FLAGS,
    flagsAfter: FLAGS,
  }),
  'What recording a claim would do to its fact, computed without recording it',
);

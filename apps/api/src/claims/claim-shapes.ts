import { z } from 'zod';
import { WORKFLOW_STATUSES } from '#claims';
import { responseShape } from '../http/contract.js';
import { page, Quantity, Quote, ValidTime, written } from '../http/responses.js';
import { EventData } from '../feed/event-shapes.js';

export const Comment = responseShape(
  'Comment',
  z.object({ id: z.string(), text: z.string(), author: z.string().nullable().describe('the name of the key that wrote it'), at: z.string() }),
);
export const CommentWritten = responseShape('CommentWritten', Comment.extend(written));

export const Workflow = responseShape(
  'Workflow',
  z.object({ status: z.enum(WORKFLOW_STATUSES), assignees: z.array(z.string()), comments: z.array(Comment) }),
  'Where the claim is in review, who reviews it, and what was said about it, oldest first',
);

/** One event of a claim's stream, by type. */
export const ClaimHistoryEntry = responseShape(
  'ClaimHistoryEntry',
  z.intersection(
    z.object({ version: z.int(), recordedAt: z.string(), actor: z.string().optional(), requestId: z.string().optional(), position: z.int() }),
    EventData,
  ),
);

export const ClaimView = responseShape(
  'Claim',
  z.object({
    id: z.string(),
    status: z.enum(['active', 'retracted']),
    subject: z.string(),
    metric: z.string(),
    value: Quantity,
    validTime: ValidTime,
    quote: Quote.optional(),
    attribution: z.string().optional(),
    note: z.string().optional(),
    rank: z.string(),
    verdict: z.string().optional(),
    verdictOutdated: z.literal(true).optional().describe('set when the claim was corrected after its verdict: the verdict judged an earlier version'),
    source: z.object({
      id: z.string(),
      title: z.string().optional(),
      publisher: z.string().optional(),
      url: z.string().optional(),
      publishedAt: z.string().optional(),
    }),
    recordedBy: z.string().optional(),
    recordedAt: z.string(),
    workflow: Workflow,
    ...written,
    history: z.array(ClaimHistoryEntry),
  }),
  'A claim with its source and every event on it',
);

export const ReviewItem = responseShape(
  'ReviewItem',
  z.object({
    id: z.string(),
    subject: z.string(),
    metric: z.string(),
    value: Quantity,
    validTime: ValidTime,
    source: z.object({ id: z.string(), title: z.string().nullable() }),
    status: z.enum(WORKFLOW_STATUSES),
    assignees: z.array(z.string()),
    verdict: z.string().nullable(),
    verdictOutdated: z.boolean().describe('true when the claim was corrected after its verdict: the verdict judged an earlier version and is to be redone'),
    retracted: z.boolean(),
    commentCount: z.int(),
    changedAt: z.string(),
    changedBy: z.string().nullable(),
  }),
);
export const ReviewPage = page('ReviewPage', ReviewItem);

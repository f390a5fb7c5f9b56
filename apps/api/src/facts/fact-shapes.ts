import { z } from 'zod';
import { MEASURES, RANKS } from '#claims';
import { responseShape } from '../http/contract.js';
import { page, Quantity, Quote, ValidTime } from '../http/responses.js';

export const AsOf = responseShape(
  'AsOf',
  z.object({ knownAt: z.string().nullable(), publishedBefore: z.string().nullable() }),
  'The record time and publication date the read was made as of (null: now, everything)',
);

export const CurrentValue = responseShape(
  'CurrentValue',
  z.object({
    value: Quantity,
    validTime: ValidTime,
    claimIds: z.array(z.string()).describe('the chosen claim first, then those that agree with it'),
    basis: z
      .enum(['preferred', 'resolution', 'corroboration', 'tie'])
      .describe(
        "preferred: an editor's rank; resolution: a resolved contradiction; corroboration: more claims agree with it than with any other value; tie: as many claims give another value, and the latest published is shown",
      ),
    contested: z.literal(true).optional().describe('set when an open contradiction involves a claim at the current valid time'),
    competing: z
      .array(z.object({ value: Quantity, claimIds: z.array(z.string()) }))
      .optional()
      .describe('the values claims at the current valid time give against the chosen one'),
  }),
);

export const Resolution = responseShape(
  'Resolution',
  z.object({
    contradictionId: z.string(),
    claimIds: z.array(z.string()),
    preferred: z.array(z.string()),
    reason: z.string(),
    resolvedBy: z.string().optional(),
    resolvedAt: z.string(),
  }),
);

export const Contradiction = responseShape(
  'Contradiction',
  z.object({
    id: z.string(),
    claimIds: z.array(z.string()),
    severity: z.enum(['low', 'medium', 'high']),
    gap: z.number().describe('the largest relative gap between two of its claims'),
    status: z.enum(['open', 'resolved']),
    resolution: Resolution.optional(),
  }),
);

const FLAG = z.string().describe('contradicted, contested, disputed_history, anomaly, single_source, unreviewed or stale (README.md, "Flags")');

export const FactListItem = responseShape(
  'FactListItem',
  z.object({
    subject: z.string(),
    metric: z.string(),
    current: CurrentValue.nullable(),
    claimCount: z.int(),
    sourceCount: z.int(),
    flags: z.array(FLAG),
    openContradictions: z.int(),
  }),
);
export const FactPage = page('FactPage', FactListItem);

export const FactView = responseShape(
  'FactView',
  z.object({
    subject: z.string(),
    metric: z.string(),
    unit: z.string(),
    current: CurrentValue.optional(),
    flags: z.array(FLAG),
    claimCount: z.int(),
    sourceCount: z.int(),
    latestValidEnd: z.string().optional(),
    contradictions: z.array(Contradiction),
    asOf: AsOf,
  }),
);

export const TimelineClaim = responseShape(
  'TimelineClaim',
  z.object({
    id: z.string(),
    sourceId: z.string(),
    publisher: z.string().optional(),
    publishedAt: z.string(),
    value: Quantity,
    span: z.object({ start: z.string(), end: z.string() }).describe('the first and last day the claim holds for'),
    status: z.enum(['active', 'retracted']),
    rank: z.enum(RANKS),
    verdict: z.string().optional(),
    verdictOutdated: z.boolean().optional().describe('set when the claim was corrected after its verdict: the verdict judged an earlier version'),
    validTime: ValidTime,
    firstRecordedAt: z.string(),
    quote: Quote.optional(),
    attribution: z.string().optional(),
    note: z.string().optional(),
    recordedBy: z.string().optional(),
    source: z.object({ id: z.string(), title: z.string(), publisher: z.string().optional(), url: z.string().optional(), publishedAt: z.string() }),
    supersededBy: z.string().optional().describe('set when a later release of the same publisher revised this claim'),
    releases: z
      .array(z.object({ claimId: z.string(), value: Quantity, publishedAt: z.string(), sourceId: z.string() }))
      .optional()
      .describe('on the newest release of a revised figure: every release, oldest first'),
    inContradiction: z.string().optional(),
  }),
);

export const Timeline = responseShape(
  'Timeline',
  z.object({ subject: z.string(), metric: z.string(), unit: z.string(), claims: z.array(TimelineClaim), asOf: AsOf }),
);

export const ValueAt = responseShape(
  'ValueAt',
  z.object({
    subject: z.string(),
    metric: z.string(),
    validAt: z.string(),
    value: CurrentValue.nullable(),
    claimCount: z.int().describe('the claims the value rests on: those covering validAt, or those carried forward'),
    contradictions: z.array(Contradiction),
    asOf: AsOf,
    measure: z.enum(MEASURES).describe("the metric's: a level's latest figure before validAt is carried forward, a flow's never"),
    carriedForward: z.boolean().describe('no claim covers validAt: the value is the latest figure before it, labelled with its own validTime'),
    next: CurrentValue.nullable().describe('the next known figure after validAt, whatever the measure; null when none is known'),
    description: z.string().nullable().describe('the answer in words: "60 member, as of 22 January 2015 (next known: 72 member, July 2017)"'),
  }),
);

export const ContradictionItem = responseShape(
  'ContradictionItem',
  Contradiction.extend({ subject: z.string(), metric: z.string(), unit: z.string(), claims: z.array(TimelineClaim) }),
);
export const ContradictionPage = page('ContradictionPage', ContradictionItem, { asOf: AsOf });

export const ContradictionResolved = responseShape(
  'ContradictionResolved',
  z.object({ id: z.string(), preferred: z.array(z.string()), reason: z.string(), claimIds: z.array(z.string()), version: z.int(), position: z.int() }),
);

export const FactChange = responseShape(
  'FactChange',
  z.object({
    kind: z.enum(['added', 'corrected', 'retracted', 'restored', 'reviewed', 'ranked', 'resolved']),
    at: z.string().describe('when it was recorded'),
    by: z.string().nullable().describe('who recorded it: the actor of the event (null: not known)'),
    position: z.int().describe("the event's position in the log"),
    claimId: z.string().describe('the claim it changed; for a resolution, the first claim it settled'),
    value: Quantity.optional().describe('added: the value recorded; corrected: the value after'),
    validTime: ValidTime.optional(),
    sourceId: z.string().optional(),
    previous: z.object({ value: Quantity, validTime: ValidTime }).optional().describe('corrected: the value and valid time before'),
    rank: z.enum(RANKS).optional(),
    previousRank: z.enum(RANKS).optional(),
    verdict: z.string().optional(),
    reason: z.string().optional().describe('the reason given (for a review, its note)'),
    contradictionId: z.string().optional(),
    claimIds: z.array(z.string()).optional(),
    preferred: z.array(z.string()).optional(),
  }),
);

const ChangeEnd = z.object({
  at: z.string(),
  value: CurrentValue.nullable().describe('the current value as known then (null: none yet)'),
  claimCount: z.int(),
});

export const FactChanges = responseShape(
  'FactChanges',
  z.object({
    subject: z.string(),
    metric: z.string(),
    unit: z.string().nullable(),
    from: ChangeEnd,
    to: ChangeEnd,
    changes: z.array(FactChange).describe('oldest first'),
  }),
  'What was recorded about a fact between two instants of recorded time, and its current value as known at each',
);

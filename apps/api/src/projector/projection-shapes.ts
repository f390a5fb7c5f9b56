import { z } from 'zod';
import { responseShape } from '../http/contract.js';
import { next } from '../http/responses.js';

const parked = z.object({
  total: z.int(),
  failed: z.int().describe('could not be applied; the others wait behind one of these in the same stream'),
  href: z.string().describe('where the parked events are listed'),
});

const lag = {
  checkpoint: z.object({ transactionId: z.string(), position: z.int() }).nullable(),
  eventsBehind: z.int(),
  secondsBehind: z.number(),
};

export const ProjectionStatus = responseShape(
  'ProjectionStatus',
  z.object({
    name: z.string(),
    ...lag,
    headPosition: z.int(),
    parked,
    slices: z
      .array(
        z.object({
          slice: z.string().describe('which of how many, from 1: "2/4"'),
          consumer: z.string().describe("the slice's checkpoint and the consumer its parked events are listed under"),
          ...lag,
          parked: parked.omit({ href: true }),
        }),
      )
      .describe(
        'a projection split by fact (FACTLOG_PROJECTION_SLICES) has a checkpoint per slice; the projection stands where its slice furthest behind does, and its parked events are all of theirs. One entry when it is not split',
      ),
  }),
);
export const ProjectionList = responseShape('ProjectionList', z.object({ items: z.array(ProjectionStatus) }));

export const ParkedEvent = responseShape(
  'ParkedEvent',
  z.object({
    consumer: z.string(),
    globalPosition: z.int(),
    transactionId: z.string(),
    streamId: z.string(),
    streamVersion: z.int(),
    eventId: z.string(),
    eventType: z.string(),
    error: z.string(),
    blockedBy: z.int().nullable().describe('the parked event of the same stream it waits behind; null when it failed itself'),
    attempts: z.int(),
    parkedAt: z.string(),
    lastAttemptAt: z.string(),
    retryRequestedAt: z.string().nullable(),
  }),
);
export const ParkedPage = responseShape('ParkedPage', z.object({ items: z.array(ParkedEvent), next }));

export const ParkedRetry = responseShape(
  'ParkedRetry',
  z.object({ projection: z.string(), requested: z.int(), pending: z.int().describe('still to be retried (202)'), parked }),
);

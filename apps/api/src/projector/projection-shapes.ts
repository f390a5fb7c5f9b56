import { z } from 'zod';
import { responseShape } from '../http/contract.js';
import { next } from '../http/responses.js';

const parked = z.object({
  total: z.int(),
  failed: z.int().describe('could not be applied; the others wait behind one of these in the same stream'),
  href: z.string().describe('where the parked events are listed'),
});

export const ProjectionStatus = responseShape(
  'ProjectionStatus',
  z.object({
    name: z.string(),
    checkpoint: z.object({ transactionId: z.string(), position: z.int() }).nullable(),
    headPosition: z.int(),
    eventsBehind: z.int(),
    secondsBehind: z.number(),
    parked,
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

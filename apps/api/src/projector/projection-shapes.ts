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
export const ReplicaStatus = responseShape(
  'ReplicaStatus',
  z.object({
    name: z.string().describe('host:port of the replica, as DATABASE_READ_URLS names it'),
    healthy: z.boolean().describe('in rotation: reads go to it (false: it did not answer, and the primary or the other replicas serve its reads)'),
    downSince: z.string().nullable().describe('when it left the rotation; null while healthy'),
    headPosition: z.int().nullable().describe('the highest position of the log the replica holds (null when it does not answer)'),
    positionsBehind: z.int().nullable().describe("the primary's head of the log less the replica's"),
    replayLagBytes: z.number().nullable().describe('WAL written on the primary that the replica has not replayed yet'),
    replayLagSeconds: z.number().nullable().describe('0 when it has replayed all it received; else the age of the last transaction it replayed'),
    projections: z
      .array(
        z.object({
          name: z.string(),
          position: z.int().nullable().describe("the position of the replica's copy of the projection's checkpoint"),
          positionsBehind: z.int().nullable().describe("the primary's checkpoint position less the replica's"),
        }),
      )
      .describe("the replica's copy of each projection"),
  }),
);
export const ProjectionList = responseShape(
  'ProjectionList',
  z.object({
    items: z.array(ProjectionStatus),
    replicas: z
      .array(ReplicaStatus)
      .describe(
        "the read replicas (DATABASE_READ_URLS) and how far each is behind the primary; a replica's copy of every projection is as far behind as the replica",
      ),
  }),
);

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

import { z } from 'zod';
import {
  type ClaimEvent,
  type ContradictionEvent,
  type EntityEvent,
  METRIC_KINDS,
  type MetricEvent,
  RANKS,
  SOURCE_KINDS,
  type SourceEvent,
  VERDICTS,
  WORKFLOW_STATUSES,
} from '#claims';
import { ROLES } from '#access';
import { responseShapes } from '../http/contract.js';
import { Quantity, Quote, ValidTime } from '../http/responses.js';

// The payload of each event type of the log, as the change feed, its stream and the audit show
// it: a union discriminated by `type`. The domain's own types are the reference: the map below
// fails to compile when an event type has no schema, or a schema does not fit its event.

type DomainEvent = ClaimEvent | SourceEvent | EntityEvent | MetricEvent | ContradictionEvent;
type DataOf<T extends DomainEvent['type']> = Extract<DomainEvent, { type: T }>['data'];

const sourceDetails = {
  title: z.string(),
  publisher: z.string().optional(),
  url: z.string().optional(),
  publishedAt: z.string(),
  kind: z.enum(SOURCE_KINDS),
  language: z.string(),
  text: z.string().optional(),
};
const claimId = z.string();

const DOMAIN_EVENT_DATA = {
  SourceRegistered: z.object({ sourceId: z.string(), ...sourceDetails }),
  SourceUpdated: z.object({ sourceId: z.string(), changes: z.object(sourceDetails).partial() }),
  EntityDefined: z.object({ entityId: z.string(), name: z.string(), aliases: z.array(z.string()) }),
  EntityAliasAdded: z.object({ entityId: z.string(), alias: z.string() }),
  MetricDefined: z.object({
    metricId: z.string(),
    unit: z.string(),
    kind: z.enum(METRIC_KINDS),
    cumulative: z.boolean(),
    tolerance: z.number(),
    updateIntervalDays: z.int().optional(),
  }),
  ClaimRecorded: z.object({
    claimId,
    sourceId: z.string(),
    entityId: z.string(),
    metricId: z.string(),
    value: Quantity,
    validTime: ValidTime,
    quote: Quote.optional(),
    attribution: z.string().optional(),
    note: z.string().optional(),
  }),
  ClaimCorrected: z.object({
    claimId,
    value: Quantity.optional(),
    validTime: ValidTime.optional(),
    reason: z.string(),
    previous: z.object({ value: Quantity, validTime: ValidTime }),
  }),
  ClaimRetracted: z.object({ claimId, reason: z.string() }),
  ClaimRestored: z.object({ claimId, reason: z.string() }),
  ClaimReviewed: z.object({ claimId, verdict: z.enum(VERDICTS), note: z.string().optional() }),
  ClaimRanked: z.object({ claimId, rank: z.enum(RANKS), reason: z.string(), previous: z.enum(RANKS) }),
  ClaimWorkflowMoved: z.object({ claimId, from: z.enum(WORKFLOW_STATUSES), to: z.enum(WORKFLOW_STATUSES), note: z.string().optional() }),
  ReviewerAssigned: z.object({ claimId, assignee: z.string() }),
  ReviewerUnassigned: z.object({ claimId, assignee: z.string() }),
  ClaimCommented: z.object({ claimId, commentId: z.string(), text: z.string() }),
  ContradictionResolved: z.object({
    contradictionId: z.string(),
    entityId: z.string(),
    metricId: z.string(),
    claimIds: z.array(z.string()),
    preferred: z.array(z.string()),
    reason: z.string(),
  }),
} satisfies { [T in DomainEvent['type']]: z.ZodType<DataOf<T>> };

const webhookId = z.string();

/**
 * The log also holds the making and revoking of API keys (libs/access/src/api-keys.ts) and every
 * change to a webhook subscription (libs/webhooks/src/subscriptions.ts): never a secret.
 */
const EVENT_DATA = {
  ...DOMAIN_EVENT_DATA,
  ApiKeyCreated: z.object({ keyId: z.string(), name: z.string(), role: z.enum(ROLES) }),
  ApiKeyRevoked: z.object({ keyId: z.string(), name: z.string() }),
  WebhookRegistered: z.object({
    webhookId,
    url: z.string().describe('the receiver, without its query string'),
    eventTypes: z.array(z.string()),
    subjects: z.array(z.string()).nullable(),
    metrics: z.array(z.string()).nullable(),
    description: z.string(),
  }),
  WebhookPaused: z.object({ webhookId, reason: z.string() }),
  WebhookResumed: z.object({ webhookId }),
  WebhookSecretRotated: z.object({ webhookId }),
  WebhookDeleted: z.object({ webhookId }),
  WebhookRedeliveryRequested: z.object({ webhookId, messageId: z.string(), eventId: z.string() }),
};

/** An event's type and data as the API shows them. */
export type EventPayload = z.output<typeof EventData>;

export const EVENT_TYPES = Object.keys(EVENT_DATA) as (keyof typeof EVENT_DATA)[];

const variants = EVENT_TYPES.map((type) => z.object({ type: z.literal(type), data: EVENT_DATA[type] }).register(responseShapes, { id: `${type}Event` }));

/** An event's `type` and its `data`, one named variant per type. */
export const EventData = z
  .discriminatedUnion('type', variants as unknown as [(typeof variants)[number], ...(typeof variants)[number][]])
  .register(responseShapes, {
    id: 'EventData',
    // No discriminator keyword: the feed and audit entries extend this union (allOf), and code
    // generators read a discriminator there as naming those entries' own type. Each variant's
    // `type` is a one-value enum, which discriminates it as well.
    description: "An event's type and its data: one variant per event type, told apart by `type`",
  });

const envelope = {
  position: z.int().describe('the global position of the event in the log'),
  stream: z.string(),
  version: z.int().describe('the version of its stream the event made'),
  recordedAt: z.string(),
  actor: z.string().nullable(),
  requestId: z.string().nullable(),
};

/** An event of the change feed (GET /v1/events and the stream). */
export const FeedEvent = z
  .intersection(
    z.object({
      id: z.string(),
      cursor: z.string().describe('resume after this event: as `cursor`, or Last-Event-ID on the stream'),
      ...envelope,
      schemaVersion: z.int(),
    }),
    EventData,
  )
  .register(responseShapes, { id: 'FeedEvent' });
export const FeedPage = z
  .object({
    items: z.array(FeedEvent),
    next: z.string().describe('the cursor after the last event read (the same one when there were none yet): poll with it'),
  })
  .register(responseShapes, { id: 'FeedPage' });

/** An event as the audit shows it, with the correlation id of what caused it. */
export const AuditEntry = z
  .intersection(z.object({ ...envelope, correlationId: z.string().nullable() }), EventData)
  .register(responseShapes, { id: 'AuditEntry' });
export const AuditPage = z
  .object({ items: z.array(AuditEntry), next: z.string().nullable().describe('pass as `cursor` to read the next (older) page; null on the last page') })
  .register(responseShapes, { id: 'AuditPage' });

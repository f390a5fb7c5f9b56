import { z } from 'zod';
import { requestShape, responseShape } from '../http/contract.js';
import { next } from '../http/responses.js';
import { EVENT_TYPES, FeedEvent } from '../feed/event-shapes.js';
import { FactView } from '../facts/fact-shapes.js';

const ids = z.array(z.string().trim().min(1).max(200)).min(1).max(100);

export const CreateWebhook = requestShape(
  'CreateWebhook',
  z.strictObject({
    url: z
      .url({ protocol: /^https?$/, message: 'expected an http(s) URL such as https://hooks.example.org/factlog' })
      .max(2000)
      .refine(
        (u) => URL.canParse(u) && !new URL(u).username && !new URL(u).password,
        'no user name or password in the URL: the signature authenticates factlog',
      ),
    eventTypes: z.array(z.enum(EVENT_TYPES)).min(1).describe('the event types to deliver'),
    subjects: ids.optional().describe('only events about these subjects (entity ids); events about no subject are then left out'),
    metrics: ids.optional().describe('only events about these metrics; events about no metric are then left out'),
    description: z.string().trim().min(1).max(500),
  }),
);

const webhook = {
  id: z.string(),
  url: z.string(),
  eventTypes: z.array(z.string()),
  subjects: z.array(z.string()).nullable(),
  metrics: z.array(z.string()).nullable(),
  description: z.string(),
  status: z.enum(['active', 'paused']),
  pausedReason: z.string().nullable().describe('why it was paused: by hand, or after failing again and again'),
  pending: z.int().describe('messages waiting to be delivered'),
  deadLetters: z.int().describe('messages that failed every attempt: redeliver them by hand'),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
};
export const Webhook = responseShape('Webhook', z.object(webhook), 'A webhook subscription (never its secret)');
export const WebhookCreated = responseShape(
  'WebhookCreated',
  z.object({ ...webhook, secret: z.string().describe('signs every delivery (Standard Webhooks): shown in this answer only') }),
);
export const WebhookList = responseShape('WebhookList', z.object({ items: z.array(Webhook) }));
export const WebhookSecret = responseShape(
  'WebhookSecret',
  z.object({ id: z.string(), secret: z.string().describe('the new secret, which signs every delivery from now on: shown in this answer only') }),
);

export const DeliveryAttempt = responseShape(
  'DeliveryAttempt',
  z.object({
    id: z.int(),
    messageId: z.string().describe('the webhook-id header: the same on every attempt at one event'),
    eventId: z.string(),
    position: z.int(),
    eventType: z.string(),
    attempt: z.int().describe('1 for the first attempt at this message'),
    outcome: z.enum(['delivered', 'failed', 'dead']).describe('dead: the last attempt failed and the message is dead-lettered'),
    responseStatus: z.int().nullable().describe("the receiver's HTTP status; null when it did not answer"),
    error: z.string().nullable(),
    latencyMs: z.int(),
    startedAt: z.string(),
    nextRetryAt: z.string().nullable().describe('when the next attempt is due; null after a delivery or a dead letter'),
    messageState: z.enum(['pending', 'delivered', 'dead']).describe('where the message stands now'),
  }),
);
export const DeliveryPage = responseShape('DeliveryPage', z.object({ items: z.array(DeliveryAttempt), next }));

export const Redelivery = responseShape('Redelivery', z.object({ messageId: z.string(), eventId: z.string(), state: z.literal('pending') }));

/** What a receiver gets: documented here so clients can type it, though no route answers with it. */
export const WebhookPayload = responseShape(
  'WebhookPayload',
  z.object({
    type: z.string().describe("the event's type"),
    timestamp: z.string().describe('when this attempt was sent'),
    data: z.object({
      event: FeedEvent,
      fact: FactView.nullable().describe('the fact the event touched as it stands when sent; null when the event touches none'),
    }),
  }),
  'The body of a webhook delivery, signed as Standard Webhooks describes (webhook-id, webhook-timestamp, webhook-signature)',
);

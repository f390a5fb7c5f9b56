import { Controller, Delete, Get, Inject, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { eventMetadata, type RequestContext } from '#access';
import { DATABASE } from '#database';
import {
  createSubscription,
  deleteSubscription,
  findSubscription,
  listAttempts,
  listSubscriptions,
  redeliver,
  rotateSecret,
  setSubscriptionStatus,
  type WebhookDb,
} from '#webhooks';
import { decodeCursor, encodeCursor } from '../facts/read-params.js';
import { Endpoint, type Shape, ValidBody, ValidQuery } from '../http/endpoint.js';
import { ProblemError } from '../http/problem.js';
import { Context } from '../http/request-context.js';
import type { AppDb } from '../schema.js';
import { CreateWebhook, DeliveryPage, Redelivery, Webhook, WebhookCreated, WebhookList, WebhookSecret } from './webhook-shapes.js';

const DeliveriesQuery = z.object({
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const notFound = (id: string) => new ProblemError(404, 'Not Found', `no webhook ${id}`);
const isUuid = (id: string) => z.uuid().safeParse(id).success;

/**
 * Webhook subscriptions: who gets which events of the log pushed to them. Admin only; every
 * change is an event in the log (stream webhook-<id>), with who made it.
 */
@ApiTags('webhooks')
@Controller('v1/webhooks')
export class WebhooksController {
  readonly #db: WebhookDb;

  constructor(@Inject(DATABASE) db: AppDb) {
    this.#db = db;
  }

  @Post()
  @Endpoint({
    access: 'admin',
    summary: 'Register a webhook subscription (its signing secret is shown once)',
    body: CreateWebhook,
    status: 201,
    response: WebhookCreated,
  })
  async create(@ValidBody(CreateWebhook) body: z.infer<typeof CreateWebhook>, @Context() context: RequestContext): Promise<Shape<typeof WebhookCreated>> {
    const { id, secret } = await createSubscription(this.#db, body, context);
    return { ...(await this.#found(id)), secret };
  }

  @Get()
  @Endpoint({ access: 'admin', summary: 'Every webhook subscription, with what it waits to deliver (never a secret)', response: WebhookList })
  async list(): Promise<Shape<typeof WebhookList>> {
    return { items: await listSubscriptions(this.#db) };
  }

  @Get(':id')
  @Endpoint({ access: 'admin', summary: 'A webhook subscription', response: Webhook, problems: { 404: 'no webhook with this id' } })
  one(@Param('id') id: string): Promise<Shape<typeof Webhook>> {
    return this.#found(id);
  }

  @Post(':id/pause')
  @Endpoint({
    access: 'admin',
    summary: 'Pause deliveries; events are still queued, and delivered on resume',
    status: 200,
    response: Webhook,
    problems: { 404: 'no webhook with this id' },
  })
  async pause(@Param('id') id: string, @Context() context: RequestContext): Promise<Shape<typeof Webhook>> {
    if (!isUuid(id) || (await setSubscriptionStatus(this.#db, id, 'paused', `paused by ${context.actor.name}`, eventMetadata(context))) === undefined) {
      throw notFound(id);
    }
    return this.#found(id);
  }

  @Post(':id/resume')
  @Endpoint({ access: 'admin', summary: 'Resume deliveries where they stopped', status: 200, response: Webhook, problems: { 404: 'no webhook with this id' } })
  async resume(@Param('id') id: string, @Context() context: RequestContext): Promise<Shape<typeof Webhook>> {
    if (!isUuid(id) || (await setSubscriptionStatus(this.#db, id, 'active', null, eventMetadata(context))) === undefined) throw notFound(id);
    return this.#found(id);
  }

  @Post(':id/secret')
  @Endpoint({
    access: 'admin',
    summary: 'Rotate the signing secret (the new one is shown once and signs from now on)',
    status: 200,
    response: WebhookSecret,
    problems: { 404: 'no webhook with this id' },
  })
  async rotate(@Param('id') id: string, @Context() context: RequestContext): Promise<Shape<typeof WebhookSecret>> {
    const secret = isUuid(id) ? await rotateSecret(this.#db, id, context) : undefined;
    if (!secret) throw notFound(id);
    return { id, secret };
  }

  @Delete(':id')
  @Endpoint({ access: 'admin', summary: 'Delete a webhook subscription with what it had queued', status: 204, problems: { 404: 'no webhook with this id' } })
  async remove(@Param('id') id: string, @Context() context: RequestContext) {
    if (!isUuid(id) || !(await deleteSubscription(this.#db, id, context))) throw notFound(id);
  }

  @Get(':id/deliveries')
  @Endpoint({
    access: 'admin',
    summary: 'Every delivery attempt, newest first: outcome, response status, latency, next retry (cursor, limit)',
    query: DeliveriesQuery,
    response: DeliveryPage,
    problems: { 404: 'no webhook with this id' },
  })
  async deliveries(@Param('id') id: string, @ValidQuery(DeliveriesQuery) q: z.infer<typeof DeliveriesQuery>): Promise<Shape<typeof DeliveryPage>> {
    await this.#found(id);
    const before = decodeCursor(q.cursor, z.number().int().min(1));
    const items = await listAttempts(this.#db, id, { ...(before !== undefined ? { before } : {}), limit: q.limit });
    return { items, next: items.length === q.limit ? encodeCursor(items.at(-1)!.id) : null };
  }

  @Post(':id/messages/:messageId/redeliver')
  @Endpoint({
    access: 'admin',
    summary: 'Send a message again by hand (a dead letter, or one the receiver lost), with a fresh set of attempts',
    status: 202,
    response: Redelivery,
    problems: { 404: 'no such message for this webhook' },
  })
  async redeliver(@Param('id') id: string, @Param('messageId') messageId: string, @Context() context: RequestContext): Promise<Shape<typeof Redelivery>> {
    const done = isUuid(id) && isUuid(messageId) ? await redeliver(this.#db, id, messageId, context) : undefined;
    if (!done) throw new ProblemError(404, 'Not Found', `webhook ${id} has no message ${messageId}`);
    return { messageId, eventId: done.eventId, state: 'pending' };
  }

  async #found(id: string) {
    const found = isUuid(id) ? await findSubscription(this.#db, id) : undefined;
    if (!found) throw notFound(id);
    return found;
  }
}

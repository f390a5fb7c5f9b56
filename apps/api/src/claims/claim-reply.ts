import type { QueryBus } from '@nestjs/cqrs';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { notFound } from '#claims';
import { type ClaimWritten, GetClaimQuery } from '#recording';
import { Endpoint } from '../http/endpoint.js';
import { written } from '../http/request-context.js';
import { ClaimView } from './claim-shapes.js';

/** The problems a change to a claim can answer with. */
export const CHANGE_PROBLEMS = {
  404: 'no such claim',
  409: 'the change does not fit the claim as it is (a published claim is locked), or a write raced this one',
  412: 'If-Match names a version the claim has moved on from',
} as const;

/**
 * The route documentation every change to a claim shares: it takes If-Match, answers with the
 * claim, its ETag and Location, and may refuse with CHANGE_PROBLEMS.
 */
export const ClaimChangeEndpoint = (options: Pick<Parameters<typeof Endpoint>[0], 'access' | 'summary' | 'body'>) =>
  Endpoint({ ...options, response: ClaimView, responseHeaders: ['ETag', 'Location'], headers: ['If-Match'], problems: CHANGE_PROBLEMS });

/** Claim ids are UUIDs: anything else names no claim. */
export function checkClaimId(id: string): string {
  if (!z.uuid().safeParse(id).success) throw notFound(`claim ${id}`);
  return id;
}

/** A write to a claim answers with the claim as it now reads, its version and the position written. */
export async function replyWithClaim(queries: QueryBus, reply: FastifyReply, result: ClaimWritten) {
  const stream = result.events ? { state: result.state, version: result.version, events: result.events } : undefined;
  const claim = await queries.execute(new GetClaimQuery(result.claimId, { source: result.source, stream }));
  return written(reply, { resource: claim, version: result.version, position: result.position, created: result.created }, `/v1/claims/${result.claimId}`);
}

import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, RequestContext } from '#access';
import { RequestValidationError } from './problem.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
  }
}

/** Who sent the request and how to trace it: what every event it causes carries. */
export const Context = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestContext => {
  const request = ctx.switchToHttp().getRequest<FastifyRequest>();
  if (!request.actor) throw new Error('no actor: the route is public');
  const correlation = request.headers['x-correlation-id'];
  const key = request.headers['idempotency-key'];
  return {
    actor: request.actor,
    requestId: request.id,
    correlationId: typeof correlation === 'string' && correlation ? correlation : request.id,
    ...(typeof key === 'string' && key ? { causationId: `idempotency-key:${key}` } : {}),
  };
});

/** The version an If-Match header asks for, if any ('*' asks for none). */
export const IfMatch = createParamDecorator((_: unknown, ctx: ExecutionContext): number | undefined => {
  const header = ctx.switchToHttp().getRequest<FastifyRequest>().headers['if-match'];
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"?(\d+)"?\s*$/.exec(header);
  if (!match) throw new RequestValidationError([{ field: 'If-Match', message: 'expected an ETag such as "3"' }], 'header');
  return Number(match[1]);
});

/** Sets the status, ETag and Location of a write and shapes its body. */
export function written<View extends object>(
  reply: FastifyReply,
  result: { readonly resource: View; readonly version: number; readonly position: number; readonly created: boolean },
  location: string,
): View & { version: number; position: number } {
  void reply
    .status(result.created ? 201 : 200)
    .header('etag', `"${result.version}"`)
    .header('location', location);
  return { ...result.resource, version: result.version, position: result.position };
}

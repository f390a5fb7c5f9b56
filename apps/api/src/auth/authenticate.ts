import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Actor, findActor } from '#access';
import type { EndpointRouteConfig } from '../http/endpoint.js';
import { ProblemError } from '../http/problem.js';
import type { AppDb } from '../schema.js';

/** Called for each request without a valid key, before it is refused; may refuse it with 429 instead. */
export type OnAuthenticationFailure = (request: FastifyRequest) => Promise<void>;

/**
 * Resolves the API key to its actor in an onRequest hook, before Fastify reads the body: a
 * client without a valid key costs a header check and an indexed lookup, never a parse. Routes
 * that declare no role through Endpoint (the web UI's files, the docs) are left alone; the auth
 * guard still checks the role each route needs, and refuses routes that declare none.
 */
export function authenticateBeforeBody(
  instance: FastifyInstance,
  db: AppDb,
  onFailure: OnAuthenticationFailure,
  streamTokens?: { verify(token: string): Promise<Actor | string> },
): void {
  instance.addHook('onRequest', async (request) => {
    const config = request.routeOptions.config as Partial<EndpointRouteConfig> | undefined;
    const access = config?.access;
    if (!access || access === 'public') return;
    // A browser's EventSource sends no headers: the stream takes a short-lived token in the URL
    // instead (never the API key, which only ever travels in the header).
    const token = (request.query as Record<string, unknown> | undefined)?.token;
    if (config.streamToken && streamTokens && typeof token === 'string' && !request.headers.authorization) {
      const found = await streamTokens.verify(token);
      if (typeof found !== 'string') {
        request.actor = found;
        return;
      }
      await onFailure(request);
      throw new ProblemError(401, 'Unauthorized', found);
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    const actor = match ? await findActor(db, match[1]!) : undefined;
    if (actor) {
      request.actor = actor;
      return;
    }
    await onFailure(request);
    throw match
      ? new ProblemError(401, 'Unauthorized', 'the API key is unknown or revoked')
      : new ProblemError(401, 'Unauthorized', 'send an API key as Authorization: Bearer <key>');
  });
}

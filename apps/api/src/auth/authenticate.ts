import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findActor } from '#access';
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
export function authenticateBeforeBody(instance: FastifyInstance, db: AppDb, onFailure: OnAuthenticationFailure): void {
  instance.addHook('onRequest', async (request) => {
    const access = (request.routeOptions.config as Partial<EndpointRouteConfig> | undefined)?.access;
    if (!access || access === 'public') return;
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

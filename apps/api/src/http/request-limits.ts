import rateLimit from '@fastify/rate-limit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import type { OnAuthenticationFailure } from '../auth/authenticate.js';
import type { Limits } from '#config';
import { DEFAULT_BODY_LIMIT, type EndpointRouteConfig } from './endpoint.js';
import { ProblemError } from './problem.js';

const MINUTE = 60_000;

const tooMany = (detail: string, ttlMs: number) =>
  new ProblemError(429, 'Too Many Requests', detail, undefined, { 'retry-after': String(Math.max(1, Math.ceil(ttlMs / 1000))) });

/**
 * What a request may cost before a handler runs: the body each route reads (its Endpoint's
 * bodyLimit, else DEFAULT_BODY_LIMIT; over it, 413 before the rest is read), how deeply its JSON
 * nests, and the budgets of @fastify/rate-limit: requests per minute per API key, and requests
 * without a valid key per minute per client address. Budgets are counted in this process's
 * memory. Returns what the authentication hook calls on each request it refuses.
 */
export async function installRequestLimits(app: NestFastifyApplication, limits: Limits): Promise<OnAuthenticationFailure> {
  const instance = app.getHttpAdapter().getInstance();
  instance.addHook('onRoute', (route) => {
    route.bodyLimit ??= (route.config as Partial<EndpointRouteConfig> | undefined)?.bodyLimit ?? DEFAULT_BODY_LIMIT;
  });

  // Counted only for requests that carry a valid key (the authentication hook ran before this
  // route-level hook and set the actor); health checks, metrics and the docs are not budgeted.
  await app.register(rateLimit, {
    global: limits.requestsPerMinute > 0,
    max: limits.requestsPerMinute,
    timeWindow: MINUTE,
    keyGenerator: (request: FastifyRequest) => `key:${request.actor?.keyId}`,
    allowList: (request: FastifyRequest) => !request.actor,
    errorResponseBuilder: (_request, context) =>
      tooMany(`this API key sent more than ${context.max} requests in a minute; try again in ${context.after}`, context.ttl),
  });
  if (limits.authFailuresPerMinute <= 0) return async () => {};
  const failures = instance.createRateLimit({
    max: limits.authFailuresPerMinute,
    timeWindow: MINUTE,
    keyGenerator: (request: FastifyRequest) => `auth-failure:${request.ip}`,
    allowList: () => false, // not the per-key budget's, inherited otherwise
  });
  return async (request) => {
    const result = await failures(request);
    if (!result.isAllowed && result.isExceeded) {
      throw tooMany(`more than ${result.max} requests without a valid API key came from this address in a minute`, result.ttl);
    }
  };
}

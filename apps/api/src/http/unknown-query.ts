import type { FastifyReply, FastifyRequest } from 'fastify';
import type { EndpointRouteConfig } from './endpoint.js';
import { RequestValidationError, toProblem } from './problem.js';

/**
 * Refuses a query parameter the route does not declare (`?flags=` for `?flag=`) with a 400 naming
 * it, before the body is read: a misspelt filter must not answer as if there were none.
 */
export async function refuseUnknownQuery(request: FastifyRequest, reply: FastifyReply) {
  const config = request.routeOptions.config as Partial<EndpointRouteConfig> | undefined;
  if (!config?.query) return;
  const declared = config.query;
  const unknown = Object.keys((request.query as Record<string, unknown> | undefined) ?? {}).filter((name) => !declared.includes(name));
  if (unknown.length === 0) return;
  const takes = declared.length > 0 ? `this route takes ${declared.join(', ')}` : 'this route takes no query parameters';
  const error = new RequestValidationError(
    unknown.map((field) => ({ field, message: `unknown query parameter; ${takes}` })),
    'query',
  );
  return reply
    .status(400)
    .header('content-type', 'application/problem+json')
    .send({ ...toProblem(error), instance: request.url, requestId: request.id });
}

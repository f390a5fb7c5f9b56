import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodError } from 'zod';
import { DomainError } from '#claims';
import { isDatabaseUnavailable } from '#database';
import { ConcurrencyError, IdempotencyConflictError } from '#event-store';
import { PreconditionFailedError } from '#recording';

export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/** A request that does not have the shape its schema asks for. */
export class RequestValidationError extends Error {
  constructor(
    readonly errors: readonly FieldError[],
    readonly where: 'body' | 'query' | 'header' | 'path' = 'body',
  ) {
    super(`the request ${where} is not valid`);
  }

  static fromZod(error: ZodError, where: 'body' | 'query' | 'header' = 'body', prefix = '', message = (issue: ZodError['issues'][number]) => issue.message) {
    return new RequestValidationError(
      error.issues.map((i) => ({ field: [prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(root)', message: message(i) })),
      where,
    );
  }
}

/** An error the client can act on, with a status of its own. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    detail: string,
    readonly errors?: readonly FieldError[],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(detail);
  }
}

interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: readonly FieldError[];
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  414: 'URI Too Long',
  429: 'Too Many Requests',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  431: 'Request Header Fields Too Large',
  503: 'Service Unavailable',
  500: 'Internal Server Error',
};

/** Every error leaves as RFC 9457 problem+json; the unexpected ones without their details. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost) {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const problem = toProblem(error);
    if (problem.status >= 500) request.log.error({ err: error, requestId: request.id }, 'request failed');
    if (problem.status === 401) reply.header('www-authenticate', 'Bearer');
    if (error instanceof ProblemError) void reply.headers(error.headers);
    const retryAfter = retryAfterOf(error);
    if (retryAfter) void reply.header('retry-after', retryAfter);
    void reply
      .status(problem.status)
      .header('content-type', 'application/problem+json')
      .send({ ...problem, instance: request.url, requestId: request.id });
  }
}

/**
 * PostgreSQL's "try again": a statement chosen as a deadlock's victim (a rebuild's switch takes
 * the live tables together) or a serialization failure. Nothing was done; the same request is
 * expected to succeed a moment later.
 */
const TRANSIENT_SQLSTATES = new Set(['40P01', '40001']);
const isTransient = (error: unknown) => TRANSIENT_SQLSTATES.has(String((error as { code?: unknown } | null)?.code));

/**
 * Seconds a client should wait before sending again a request that failed for the database's
 * sake: a moment after a deadlock or a serialization failure, a little longer when the server
 * cannot be reached (a restart, a failover).
 */
export function retryAfterOf(error: unknown): string | undefined {
  if (isTransient(error)) return '1';
  if (isDatabaseUnavailable(error)) return String(UNAVAILABLE_RETRY_AFTER_S);
  return undefined;
}
export const UNAVAILABLE_RETRY_AFTER_S = 2;

export function toProblem(error: unknown): Problem {
  const make = (status: number, detail?: string, errors?: readonly FieldError[], title = TITLES[status] ?? 'Error'): Problem => ({
    type: `https://factlog.dev/problems/${title.toLowerCase().replaceAll(' ', '-')}`,
    title,
    status,
    ...(detail ? { detail } : {}),
    ...(errors?.length ? { errors } : {}),
  });
  if (error instanceof RequestValidationError) return make(400, error.message, error.errors);
  if (error instanceof ProblemError) return make(error.status, error.message, error.errors, error.title);
  if (error instanceof DomainError) {
    const status = { invalid: 422, not_found: 404, conflict: 409, forbidden: 403 }[error.kind];
    return make(status, error.message, error.field ? [{ field: error.field, message: error.message }] : undefined);
  }
  if (error instanceof PreconditionFailedError) return make(412, error.message);
  if (error instanceof ConcurrencyError) return make(409, 'someone else changed this resource at the same time; try again');
  if (error instanceof IdempotencyConflictError) return make(409, error.message);
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const body = error.getResponse();
    const detail = typeof body === 'string' ? body : String((body as { message?: string }).message ?? error.message);
    return make(status, status >= 500 ? undefined : detail);
  }
  if (isTransient(error)) return make(503, 'the database could not answer this time; send the same request again');
  if (isDatabaseUnavailable(error)) return make(503, 'the database is not available at the moment; send the same request again later');
  // Fastify's own client errors (malformed JSON, unsupported content type) carry a 4xx code.
  const statusCode = (error as { statusCode?: unknown }).statusCode;
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    return make(statusCode, (error as Error).message);
  }
  return make(500, 'an unexpected error occurred; it has been logged with this request id');
}

import { applyDecorators, createParamDecorator, type ExecutionContext, HttpCode, SetMetadata } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiExtension, ApiHeader, ApiOperation, ApiProduces, ApiQuery, ApiResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Role } from '#access';
import { openApiSchema, refTo, REQUEST_HEADERS, type RequestHeader, RESPONSE_HEADERS, type ResponseHeader } from './contract.js';
import { pathKey, withoutNulls } from './null-as-absent.js';
import { RequestValidationError } from './problem.js';

export const REQUIRED_ROLE = 'factlog:required-role';
export type Access = Role | 'public';

/** The largest JSON body a route reads unless it says otherwise: every write here is small. */
export const DEFAULT_BODY_LIMIT = 64 * 1024;

/**
 * What Fastify knows of a route before Nest sees the request: its access (the key is checked in
 * an onRequest hook, before the body is read) and its body limit.
 */
export interface EndpointRouteConfig {
  readonly access: Access;
  readonly bodyLimit?: number;
  /** The query parameters the route declares; any other is refused (http/unknown-query.ts). */
  readonly query: readonly string[];
  /** The route takes a file as a streamed upload (http/uploads.ts) in these media types, not JSON. */
  readonly upload?: readonly string[];
  /** The route also takes a stream token in `?token=` instead of the Authorization header (feed/stream-tokens.ts). */
  readonly streamToken?: boolean;
}

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } });

/** The query parameters a route's schema declares, each with its own schema and description. */
function queryParameters(query: z.ZodObject) {
  return Object.entries(query.shape).map(([name, field]) => {
    const schema = openApiSchema(field as z.ZodType);
    const { description, ...rest } = schema;
    return ApiQuery({
      name,
      required: !(field as z.ZodType).safeParse(undefined).success,
      schema: rest,
      ...(typeof description === 'string' ? { description } : {}),
    });
  });
}

/**
 * One decorator per route: the role it needs (the key is checked before the body is read, the
 * role by the auth guard; published in the OpenAPI document as x-required-role), its summary,
 * its body schema and the largest body it reads (default DEFAULT_BODY_LIMIT bytes; a bigger one
 * gets 413), its query schema (any parameter it does not declare is refused with 400), the
 * request headers it reads, its success status(es), the named schema of its answer and the
 * headers it sets, and the media type it answers with when that is not JSON.
 */
export function Endpoint(options: {
  access: Access;
  summary: string;
  body?: z.ZodType;
  bodyLimit?: number;
  /** A file taken as a streamed upload instead of a JSON body: its media types and what it holds. */
  upload?: { readonly mediaTypes: readonly string[]; readonly description: string };
  query?: z.ZodObject;
  headers?: readonly RequestHeader[];
  status?: number;
  /** Every success status the route answers with, when there is more than `status`. */
  statuses?: readonly number[];
  response?: z.ZodType;
  responseHeaders?: readonly ResponseHeader[];
  produces?: string;
  /** Problems the route answers besides those every route can (400, 401, 403, 429). */
  problems?: Readonly<Record<number, string>>;
  /** Also opened with a short-lived stream token in `?token=` (for browsers' EventSource); never with the API key in the URL. */
  streamToken?: boolean;
}) {
  const config: EndpointRouteConfig = {
    access: options.access,
    query: Object.keys(options.query?.shape ?? {}),
    ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}),
    ...(options.upload ? { upload: options.upload.mediaTypes } : {}),
    ...(options.streamToken ? { streamToken: true } : {}),
  };
  const decorators = [
    SetMetadata(REQUIRED_ROLE, options.access),
    RouteConfig(config),
    ApiOperation({ summary: options.summary }),
    ApiExtension('x-required-role', options.access),
    ApiResponse({ status: 400, ...problem('a query parameter, header or body that does not fit; errors names each one') }),
  ];
  if (options.access !== 'public') {
    decorators.push(
      ApiBearerAuth(),
      ApiResponse({ status: 401, ...problem('no API key, or one that is unknown or revoked') }),
      ApiResponse({ status: 403, ...problem("the key's role does not allow this") }),
      ApiResponse({ status: 429, ...problem('over the rate limit; see Retry-After'), headers: headers(['Retry-After']) }),
    );
  }
  if (options.query) decorators.push(...queryParameters(options.query));
  for (const name of options.headers ?? []) {
    decorators.push(ApiHeader({ name, required: false, description: REQUEST_HEADERS[name], schema: { type: 'string' } }));
  }
  if (options.body) {
    decorators.push(
      ApiBody({ schema: refTo(options.body) }),
      ApiResponse({ status: 413, ...problem(`a body over ${options.bodyLimit ?? DEFAULT_BODY_LIMIT} bytes`) }),
      ApiResponse({ status: 422, ...problem('the body is well formed but the domain refuses it (the field at fault is named)') }),
    );
  }
  if (options.upload) {
    decorators.push(
      ApiConsumes(...options.upload.mediaTypes),
      ApiBody({ description: options.upload.description, required: true, schema: { type: 'string', format: 'binary' } }),
      ApiResponse({ status: 413, ...problem(`a file over ${options.bodyLimit ?? DEFAULT_BODY_LIMIT} bytes`) }),
      ApiResponse({ status: 415, ...problem(`a body that is not ${options.upload.mediaTypes.join(' or ')}`) }),
    );
  }
  for (const [status, description] of Object.entries(options.problems ?? {})) {
    decorators.push(ApiResponse({ status: Number(status), ...problem(description) }));
  }
  if (options.status) decorators.push(HttpCode(options.status));
  if (options.produces) decorators.push(ApiProduces(options.produces));
  const mediaType = options.produces ?? 'application/json';
  const schema = options.response ? refTo(options.response) : { type: 'string' };
  for (const status of options.statuses ?? [options.status ?? 200]) {
    const content = status === 204 ? {} : { content: { [mediaType]: { schema } } };
    decorators.push(ApiResponse({ status, description: SUCCESS[status] ?? 'OK', ...content, headers: headers(options.responseHeaders ?? []) }));
  }
  return applyDecorators(...decorators);
}

const SUCCESS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted: the work is asked for and not yet done',
  204: 'No Content',
};
const headers = (names: readonly ResponseHeader[]) =>
  Object.fromEntries(names.map((name) => [name, { description: RESPONSE_HEADERS[name], schema: { type: 'string' } }]));

// The schema travels as `{ shape }`: Nest takes a bare zod schema for a pipe (it has a
// `transform` method) and `{ schema }` for its own validation options.
const parseBody = createParamDecorator(({ shape }: { shape: z.ZodType }, ctx: ExecutionContext) => {
  const { value, nulls } = withoutNulls(ctx.switchToHttp().getRequest<FastifyRequest>().body ?? {});
  const parsed = shape.safeParse(value);
  if (!parsed.success) {
    // A field sent as null is missing now: whatever the schema says of it, it was required.
    const sentNull = (issue: z.core.$ZodIssue) => nulls.has(pathKey(issue.path));
    throw RequestValidationError.fromZod(parsed.error, 'body', '', (issue) => (sentNull(issue) ? 'required: null is taken as absent' : issue.message));
  }
  return parsed.data;
});
const parseQuery = createParamDecorator(({ shape }: { shape: z.ZodType }, ctx: ExecutionContext) => {
  const parsed = shape.safeParse(ctx.switchToHttp().getRequest<FastifyRequest>().query ?? {});
  if (!parsed.success) throw RequestValidationError.fromZod(parsed.error, 'query');
  return parsed.data;
});

/** The request body, parsed by its schema; a mismatch is a 400 naming each field at fault. */
export const ValidBody = (schema: z.ZodType) => parseBody({ shape: schema });
/** The query string, parsed by its schema. */
export const ValidQuery = (schema: z.ZodType) => parseQuery({ shape: schema });

/** What a route answers, as its named schema types it (read-only: answers are never changed). */
export type Shape<S extends z.ZodType> = DeepReadonly<z.output<S>>;
type DeepReadonly<T> = T extends (infer E)[] ? readonly DeepReadonly<E>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

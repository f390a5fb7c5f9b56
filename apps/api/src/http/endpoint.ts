import { applyDecorators, createParamDecorator, type ExecutionContext, HttpCode, SetMetadata } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiBearerAuth, ApiBody, ApiExtension, ApiOperation, ApiProduces, ApiResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Role } from '#access';
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
}

/** Turns a zod schema into the OpenAPI 3.0 schema object that documents it. */
export const openApiSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;

type JsonSchemaNode = { [key: string]: unknown };

/**
 * A body's schema as clients may send it: an optional member may also be null, which is taken
 * as absent (null-as-absent.ts), so generated clients may write what their serialisers write.
 */
export function nullableOptionals(schema: JsonSchemaNode): JsonSchemaNode {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const out: JsonSchemaNode = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    const properties = out['properties'] as Record<string, JsonSchemaNode> | undefined;
    if (properties && typeof properties === 'object') {
      const required = new Set((out['required'] as string[] | undefined) ?? []);
      out['properties'] = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, required.has(k) ? v : { ...v, nullable: true }]));
    }
    return out;
  };
  return walk(schema) as JsonSchemaNode;
}

const problem = { description: 'RFC 9457 problem details', content: { 'application/problem+json': {} } };

/**
 * One decorator per route: the role it needs (the key is checked before the body is read, the
 * role by the auth guard; published in the OpenAPI document as x-required-role), its summary,
 * its body schema and the largest body it reads (default DEFAULT_BODY_LIMIT bytes; a bigger one
 * gets 413), its success status, and the media type it answers with when that is not JSON.
 */
export function Endpoint(options: {
  access: Access;
  summary: string;
  body?: z.ZodType;
  bodyLimit?: number;
  status?: number;
  produces?: string;
}) {
  const config: EndpointRouteConfig = { access: options.access, ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}) };
  const decorators = [
    SetMetadata(REQUIRED_ROLE, options.access),
    RouteConfig(config),
    ApiOperation({ summary: options.summary }),
    ApiExtension('x-required-role', options.access),
  ];
  if (options.access !== 'public') {
    decorators.push(
      ApiBearerAuth(),
      ApiResponse({ status: 401, ...problem }),
      ApiResponse({ status: 403, ...problem }),
      ApiResponse({ status: 429, ...problem, description: 'over the rate limit; see Retry-After' }),
    );
  }
  if (options.body) {
    decorators.push(
      ApiBody({ schema: nullableOptionals(openApiSchema(options.body)) }),
      ApiResponse({ status: 400, ...problem }),
      ApiResponse({ status: 413, ...problem, description: `a body over ${options.bodyLimit ?? DEFAULT_BODY_LIMIT} bytes` }),
      ApiResponse({ status: 422, ...problem }),
    );
  }
  if (options.status) decorators.push(HttpCode(options.status));
  if (options.produces) {
    decorators.push(ApiProduces(options.produces), ApiResponse({ status: options.status ?? 200, description: 'OK', content: { [options.produces]: {} } }));
  }
  return applyDecorators(...decorators);
}

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

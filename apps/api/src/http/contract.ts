import { z } from 'zod';

// The OpenAPI document's named schemas. A shape is registered once, under the name clients see in
// components/schemas; every operation refers to it with $ref. Requests are described as clients
// send them (defaults optional), responses as the API writes them: two registries, one per side.

interface Named {
  readonly id: string;
  readonly description?: string;
  /** Written into the schema as it is (discriminator, for instance). */
  readonly [keyword: string]: unknown;
}
export const requestShapes = z.registry<Named>();
export const responseShapes = z.registry<Named>();

/** Names a request shape (a body) in the document. */
export const requestShape = <S extends z.ZodType>(id: string, schema: S, description?: string): S => {
  requestShapes.add(schema, { id, ...(description ? { description } : {}) });
  return schema;
};
/** Names a response shape in the document. */
export const responseShape = <S extends z.ZodType>(id: string, schema: S, description?: string): S => {
  responseShapes.add(schema, { id, ...(description ? { description } : {}) });
  return schema;
};

const uri = (id: string) => `#/components/schemas/${id}`;

/** A $ref to a named shape; a shape used by an operation must have a name. */
export function refTo(schema: z.ZodType): { $ref: string } {
  const named = requestShapes.get(schema) ?? responseShapes.get(schema);
  if (!named) throw new Error('an operation refers to a schema with no name: register it with requestShape or responseShape');
  return { $ref: uri(named.id) };
}

/** Turns a zod schema into the OpenAPI 3.0 schema object that documents it (as sent). */
export const openApiSchema = (schema: z.ZodType) =>
  strip(z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' })) as Record<string, unknown>;

/**
 * Every named shape as components/schemas. Responses leave out additionalProperties: false,
 * so that a field added later does not break a client that checks what it reads.
 */
export function componentSchemas(): Record<string, unknown> {
  const requests = z.toJSONSchema(requestShapes, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any', uri }).schemas;
  const responses = z.toJSONSchema(responseShapes, { target: 'openapi-3.0', io: 'output', unrepresentable: 'any', uri }).schemas;
  const clash = Object.keys(requests).find((id) => id in responses);
  if (clash) throw new Error(`${clash} names both a request and a response shape`);
  return {
    ...Object.fromEntries(Object.entries(requests).map(([id, s]) => [id, nullableOptionals(strip(s))])),
    ...Object.fromEntries(Object.entries(responses).map(([id, s]) => [id, { ...(strip(s, true) as object), ...keywordsOf(responseShapes, id) }])),
  };
}

type JsonSchemaNode = { [key: string]: unknown };

/**
 * A request shape as clients may send it: an optional member may also be null, which is taken
 * as absent (null-as-absent.ts), so generated clients may write what their serialisers write.
 * A member that refers to a named shape (all named request shapes are objects) says so beside
 * the reference, as OpenAPI 3.0 wants of nullable.
 */
export function nullableOptionals(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(nullableOptionals);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: JsonSchemaNode = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, k === 'properties' ? v : nullableOptionals(v)]));
  const properties = out['properties'] as Record<string, JsonSchemaNode> | undefined;
  if (properties && typeof properties === 'object') {
    const required = new Set((out['required'] as string[] | undefined) ?? []);
    out['properties'] = Object.fromEntries(
      Object.entries(properties).map(([k, v]) => {
        const member = nullableOptionals(v) as JsonSchemaNode;
        if (required.has(k)) return [k, member];
        if ('$ref' in member) {
          const { $ref, ...keywords } = member;
          return [k, { ...keywords, type: 'object', nullable: true, allOf: [{ $ref }] }];
        }
        return [k, { ...member, ...('allOf' in member && !('type' in member) ? { type: 'object' } : {}), nullable: true }];
      }),
    );
  }
  return out;
}

/** The keywords a shape was registered with beyond its name and description (a discriminator). */
function keywordsOf(registry: typeof responseShapes, id: string) {
  const schema = registry._idmap.get(id);
  const { id: _, description: __, ...keywords } = (schema && registry.get(schema)) ?? { id };
  return keywords;
}

/** Drops what OpenAPI 3.0 has no place for ($id, $schema) and, in responses, closed objects. */
function strip(schema: unknown, open = false): unknown {
  if (Array.isArray(schema)) return schema.map((s) => strip(s, open));
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$id' || key === '$schema' || (open && key === 'additionalProperties' && value === false)) continue;
    // A nullable reference (allOf: [$ref]) says what it is, as OpenAPI 3.0 wants beside nullable.
    if (key === 'nullable' && !('type' in schema) && 'allOf' in schema) out.type = 'object';
    // Property names are data, not keywords: a field called "$id" would be kept.
    out[key] = key === 'properties' ? Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, strip(v, open)])) : strip(value, open);
  }
  return out;
}

/** The request headers routes read, documented where they apply. */
export const REQUEST_HEADERS = {
  'If-Match': 'The version you last saw, as its ETag ("3"): the write is refused with 412 if the resource has moved on.',
  'Idempotency-Key': 'Makes a write safe to retry: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true).',
  'Last-Event-ID': 'Resumes a stream after this event (the id of the last event received); takes precedence over cursor.',
} as const;
export type RequestHeader = keyof typeof REQUEST_HEADERS;

/** The response headers routes set, documented where they apply. */
export const RESPONSE_HEADERS = {
  ETag: 'The version of the resource, for If-Match and If-None-Match.',
  Location: 'Where the resource reads.',
  'Idempotent-Replayed': 'true when this is the stored answer to an earlier request with the same Idempotency-Key.',
  'Retry-After': 'Seconds to wait before trying again.',
} as const;
export type ResponseHeader = keyof typeof RESPONSE_HEADERS;

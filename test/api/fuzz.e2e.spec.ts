import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RawReply, rawRequest, type Role, startTestApp, type TestApp } from '#test-support';
import { coalition, metric, sources } from '../fixtures/coalition.js';
import { type Hostile, hostileBody, hostileHeaderValue, hostilePathParam, hostileQuery, type JsonSchema } from './fuzz-inputs.js';

// Every operation of the OpenAPI document, driven with generated hostile input: path
// parameters, query strings, headers and bodies. Whatever arrives, the answer is never a 5xx,
// every 4xx is problem+json, and a refused request writes no event.
// FUZZ_RUNS (requests per operation, default 150) and FUZZ_SEED repeat or widen a run.
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 4_2026_11);

interface Operation {
  readonly method: string;
  readonly path: string;
  readonly role: Role | 'public';
  readonly body?: JsonSchema;
}

const ROLES: readonly Role[] = ['reader', 'editor', 'reviewer', 'admin'];

describe('the API under hostile input', () => {
  let app: TestApp;
  let operations: Operation[];
  const ids: string[] = ['global-coalition', 'member-count', '00000000-0000-4000-8000-000000000000', 'Ana (desk)'];

  beforeAll(async () => {
    app = await startTestApp();
    ids.push((await app.request('POST', '/v1/sources', { body: sources.london2015 })).body.id);
    await app.request('POST', '/v1/metrics', { body: metric });
    await app.request('POST', '/v1/entities', { body: coalition });
    ids.push(
      (
        await app.request('POST', '/v1/claims', {
          body: { sourceId: ids.at(-1), subject: coalition.id, metric: metric.id, value: { amount: 60 }, validTime: { at: '2015-01-22' } },
        })
      ).body.id,
    );
    const document = (await app.request('GET', '/v1/openapi.json')).body as {
      paths: Record<string, Record<string, { 'x-required-role'?: Role | 'public'; requestBody?: { content: Record<string, { schema: JsonSchema }> } }>>;
      components: { schemas: Record<string, JsonSchema> };
    };
    // Bodies are named schemas: the generator reads them with every $ref replaced by its target.
    const inline = (schema: unknown): unknown => {
      if (Array.isArray(schema)) return schema.map(inline);
      if (!schema || typeof schema !== 'object') return schema;
      const ref = (schema as { $ref?: string }).$ref;
      if (ref) return inline(document.components.schemas[ref.replace('#/components/schemas/', '')]);
      return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, inline(v)]));
    };
    operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        role: op['x-required-role'] ?? 'public',
        // A file upload (POST /v1/imports) has no JSON schema: it gets hostile bodies of no shape.
        ...(op.requestBody?.content['application/json'] ? { body: inline(op.requestBody.content['application/json'].schema) as JsonSchema } : {}),
      })),
    );
  });
  afterAll(() => app?.close());

  it(`answers every operation clearly (seed ${SEED}, ${RUNS} requests per operation)`, { timeout: 600_000 }, async () => {
    console.log(`fuzz: seed ${SEED}, ${RUNS} runs per operation over ${operations.length} operations (FUZZ_SEED, FUZZ_RUNS)`);
    expect(operations).toHaveLength(63); // every operation of the document
    const started = Date.now();
    const statuses = new Map<number, number>();
    for (const [index, operation] of operations.entries()) {
      await fc.assert(
        fc.asyncProperty(requestFor(operation), async (hostile) => {
          const before = await app.countEvents();
          const reply = await send(operation, hostile);
          statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
          const what = `${operation.method} ${hostile.path.slice(0, 300)} -> ${reply.status} ${reply.text.slice(0, 300)}`;
          expect(reply.status, what).toBeLessThan(500);
          if (reply.status >= 400) {
            expect(reply.contentType, what).toMatch(/^application\/problem\+json/);
            expect(reply.body, what).toMatchObject({ status: reply.status, title: expect.any(String) });
            expect(await app.countEvents(), `a refused request wrote an event: ${what}`).toBe(before);
          }
        }),
        { seed: SEED + index, numRuns: RUNS, endOnFailure: true },
      );
    }
    console.log(
      `fuzz: ${operations.length * RUNS} requests in ${((Date.now() - started) / 1000).toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
    );
  });

  /** The request: a path with its parameters filled in, a query, headers, maybe a body. */
  function requestFor(operation: Operation): fc.Arbitrary<Hostile> {
    const names = [...operation.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    const keyOf = (choice: Role | 'none' | 'bad') => (choice === 'none' ? undefined : choice === 'bad' ? 'fl_not-a-key' : app.keys[choice]);
    const allowed = operation.role === 'public' ? ROLES : ROLES.slice(ROLES.indexOf(operation.role));
    return fc
      .record({
        params: fc.tuple(...names.map(() => hostilePathParam(ids))),
        query: hostileQuery,
        key: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...allowed) }, fc.constantFrom<Role | 'none' | 'bad'>(...ROLES, 'none', 'bad')),
        contentType: fc.oneof(
          { weight: 8, arbitrary: fc.constant('application/json') },
          fc.constantFrom(
            'application/json; charset=utf-8',
            'application/json; charset=latin1',
            'text/plain',
            'application/x-www-form-urlencoded',
            'application/merge-patch+json',
            'multipart/form-data; boundary=x',
            'application/xml',
            '',
          ),
        ),
        body: operation.body || operation.method !== 'GET' ? hostileBody(operation.body, ids) : fc.constant(undefined),
        headers: fc.dictionary(
          fc.constantFrom('if-match', 'if-none-match', 'idempotency-key', 'x-request-id', 'x-correlation-id', 'last-event-id', 'accept'),
          hostileHeaderValue,
          { maxKeys: 3 },
        ),
      })
      .map(({ params, query, key, contentType, body, headers }) => {
        let path = operation.path;
        names.forEach((name, i) => (path = path.replace(`{${name}}`, params[i]!)));
        const authorization = keyOf(key);
        return {
          path: `${path}${query}`,
          headers: {
            ...headers,
            ...(authorization ? { authorization: `Bearer ${authorization}` } : {}),
            ...(body !== undefined && contentType ? { 'content-type': contentType } : {}),
          },
          ...(body !== undefined ? { body } : {}),
        };
      });
  }

  const send = (operation: Operation, hostile: Hostile): Promise<RawReply> =>
    rawRequest(app.url, {
      method: operation.method,
      path: hostile.path,
      headers: hostile.headers,
      ...(hostile.body !== undefined ? { body: hostile.body } : {}),
    });
});

import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '#test-support';

const run = promisify(execFile);
const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

interface Operation {
  readonly parameters?: readonly { readonly name: string; readonly in: string; readonly schema?: unknown }[];
  readonly responses: Record<string, { readonly content?: Record<string, { readonly schema?: unknown }> }>;
}

describe('the OpenAPI document as served', () => {
  let app: TestApp;
  let document: { paths: Record<string, Partial<Record<(typeof METHODS)[number], Operation>>>; components: { schemas: Record<string, unknown> } };
  const operations = () =>
    Object.entries(document.paths).flatMap(([path, item]) => METHODS.flatMap((method) => (item[method] ? [{ path, method, operation: item[method] }] : [])));

  beforeAll(async () => {
    app = await startTestApp({ runProjector: false });
    document = (await app.request('GET', '/v1/openapi.json', { key: null })).body;
  });
  afterAll(() => app?.close());

  it('passes Redocly lint (recommended rules, redocly.yaml) with no error and no warning', { timeout: 120_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'factlog-openapi-'));
    try {
      const file = join(dir, 'openapi.json');
      await writeFile(file, JSON.stringify(document));
      const { stdout, stderr } = await run('npx', ['redocly', 'lint', file, '--config', 'redocly.yaml', '--format', 'stylish'], {
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      }).catch((error: { stdout: string; stderr: string }) => ({ stdout: error.stdout, stderr: error.stderr, failed: true }));
      const output = `${stdout}\n${stderr}`;
      expect(output).toContain('Your API description is valid');
      // Node 20 adds a deprecation banner of its own; the verdict is in the summary lines.
      expect(output, output).not.toMatch(/\d+ (?:errors?|warnings?)\b|Validation failed/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('gives every operation a success response with a schema (or 204), and a schema to every parameter', () => {
    const missing: string[] = [];
    for (const { path, method, operation } of operations()) {
      const success = Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
      if (success.length === 0) missing.push(`${method} ${path}: no 2xx response`);
      for (const [status, response] of success) {
        if (status === '204') continue;
        const media = Object.values(response.content ?? {});
        if (media.length === 0 || media.some((m) => !m.schema)) missing.push(`${method} ${path}: ${status} has no schema`);
      }
      for (const p of operation.parameters ?? []) if (!p.schema) missing.push(`${method} ${path}: parameter ${p.name} has no schema`);
    }
    expect(missing).toEqual([]);
  });

  it('documents every query parameter a route takes: any other is refused with 400 naming it', async () => {
    const ids: Record<string, string> = { subject: 'x', metric: 'y', id: '00000000-0000-4000-8000-000000000000', name: 'fact-views-v1', assignee: 'a' };
    for (const { path, method, operation } of operations()) {
      if (path.endsWith('/stream')) continue; // tested below: a stream that starts never ends by itself
      const url = path.replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? 'x');
      const reply = await app.request(method.toUpperCase(), `${url}?undeclaredParameter=1`, {
        key: app.keys.admin,
        ...(method === 'get' || method === 'delete' ? {} : { body: {} }),
      });
      expect(reply.status, `${method} ${path}`).toBe(400);
      expect(reply.body.errors, `${method} ${path}`).toEqual([{ field: 'undeclaredParameter', message: expect.stringContaining('unknown query parameter') }]);
      const declared = (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      for (const name of declared) expect(reply.body.errors[0].message, `${method} ${path}`).toContain(name);
    }
    const stream = await app.request('GET', '/v1/events/stream?after=0', { key: app.keys.reader });
    expect(stream.status).toBe(400);
  });

  it('answers a misspelt filter with 400 naming it, not with an unfiltered list', async () => {
    const reply = await app.request('GET', '/v1/facts?flags=contradicted', { key: app.keys.reader });
    expect(reply.status).toBe(400);
    expect(reply.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(reply.body.errors).toEqual([
      { field: 'flags', message: expect.stringContaining('this route takes subject, metric, flag, cursor, limit, minPosition') },
    ]);
  });

  it('describes change-feed and audit events as a union discriminated by type', () => {
    const data = document.components.schemas.EventData as { oneOf: { $ref: string }[] };
    expect(data.oneOf).toContainEqual({ $ref: '#/components/schemas/ClaimRecordedEvent' });
    expect(data.oneOf).toContainEqual({ $ref: '#/components/schemas/ContradictionResolvedEvent' });
    expect(document.components.schemas.ClaimRecordedEvent).toMatchObject({ properties: { type: { enum: ['ClaimRecorded'] } } });
    expect(JSON.stringify(document.components.schemas.FeedEvent)).toContain('#/components/schemas/EventData');
    expect(JSON.stringify(document.components.schemas.AuditEntry)).toContain('#/components/schemas/EventData');
  });
});

import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type AppOptions, createApp } from '../../apps/api/src/app.js';
import { type DemoLoad, loadDemo } from '../../apps/api/src/demo/index.js';
import type { Role } from '#access';
import type { Limits } from '#config';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export type { Role } from '#access';

export interface Reply<T = any> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

export interface RequestOptions {
  readonly key?: string | null;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  /** Stop at the response headers (for streams that do not end). */
  readonly headersOnly?: boolean;
}

export interface TestApp {
  readonly url: string;
  readonly database: TestDatabase;
  /** An API key per role, made through the API by the admin key. */
  readonly keys: Record<Role, string>;
  /** Real HTTP; `key` defaults to the admin key, `null` sends none. */
  request<T = any>(method: string, path: string, options?: RequestOptions): Promise<Reply<T>>;
  countEvents(): Promise<number>;
  close(): Promise<void>;
  /** The Nest application behind the URL, for what tests do in-process (e.g. loadDemo). */
  readonly nest: NestFastifyApplication;
  /** What loading the demo wrote, when it was asked for. */
  readonly demo?: DemoLoad;
}

/**
 * The API on a fresh database, listening on a free port; with `demo`, holding the demo data.
 * Every test client shares one address, so requests without a valid key are not limited unless
 * `limits` asks for it.
 */
export async function startTestApp(
  options: {
    runProjector?: boolean;
    /** Slices the inline projector splits the fact views into (FACTLOG_PROJECTION_SLICES). */
    projectionSlices?: number;
    demo?: boolean;
    limits?: Partial<Limits>;
    app?: Pick<AppOptions, 'baseUrl' | 'corsOrigins' | 'adminKey' | 'webhooks'>;
  } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const adminKey = options.app?.adminKey ?? `test-admin-${randomUUID()}`;
  let app: NestFastifyApplication | undefined;
  let demo: DemoLoad | undefined;
  try {
    app = await createApp({
      ...options.app,
      databaseUrl: database.url,
      adminKey,
      logLevel: 'silent',
      runProjector: options.runProjector ?? true,
      ...(options.projectionSlices ? { projectionSlices: options.projectionSlices } : {}),
      limits: { authFailuresPerMinute: 0, ...options.limits },
    });
    await app.listen(0, '127.0.0.1');
    demo = options.demo ? await loadDemo(app) : undefined;
  } catch (error) {
    await app?.close();
    await database.drop();
    throw error;
  }
  const url = await app.getUrl();

  const request = async <T>(method: string, path: string, options: RequestOptions = {}): Promise<Reply<T>> => {
    const key = options.key === undefined ? adminKey : options.key;
    const response = await fetch(`${url}${path}`, {
      method,
      headers: {
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(key ? { authorization: `Bearer ${key}` } : {}),
        ...options.headers,
      },
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
    if (options.headersOnly) {
      await response.body?.cancel();
      return { status: response.status, headers: response.headers, body: undefined as T };
    }
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, headers: response.headers, body: body as T };
  };

  const keys = { admin: adminKey } as Record<Role, string>;
  for (const role of ['reader', 'editor', 'reviewer'] as const) {
    const created = await request<{ key: string }>('POST', '/v1/api-keys', { body: { name: `test ${role}`, role } });
    if (created.status !== 201) throw new Error(`could not create a ${role} key: ${JSON.stringify(created.body)}`);
    keys[role] = created.body.key;
  }

  return {
    url,
    database,
    keys,
    request,
    nest: app,
    ...(demo ? { demo } : {}),
    countEvents: async () => (await sql<{ n: number }>`select count(*)::int as n from events`.execute(database.db)).rows[0]!.n,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

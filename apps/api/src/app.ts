import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { DATABASE, ensureAdminKey, type RecordingDb } from '#recording';
import { AppModule } from './app.module.js';
import { clientErrorHandler, frameworkErrors, MAX_PARAM_LENGTH, refuseUnusableUrl } from './http/fastify-errors.js';
import { useJsonBodies } from './http/json-body.js';
import { serveWebUi } from './web/web-ui.js';

export interface AppOptions {
  readonly databaseUrl: string;
  /** Made to work as an admin key at start, so the first admin can create the others. */
  readonly adminKey?: string;
  readonly logLevel?: 'silent' | 'error' | 'warn' | 'info' | 'debug';
  /** Run the projections in this process (default true); false when a projector app runs them. */
  readonly runProjector?: boolean;
  readonly staleAfterDays?: number;
  /** The built web UI to serve at `/` (default: dist/web, when it has been built). */
  readonly webRoot?: string;
}

const NEST_LEVELS: Record<NonNullable<AppOptions['logLevel']>, LogLevel[]> = {
  silent: [],
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  info: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
};

/** The API as one Nest application on Fastify, ready to listen; used by main and by tests. */
export async function createApp(options: AppOptions): Promise<NestFastifyApplication> {
  const level = options.logLevel ?? 'info';
  const adapter = new FastifyAdapter({
    // One JSON line per request and per error, each with the request id.
    logger: level === 'silent' ? false : { level },
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    bodyLimit: 8 * 1024 * 1024,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors,
    clientErrorHandler,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forDatabase(options.databaseUrl, {
      runProjector: options.runProjector ?? true,
      settings: { staleAfterDays: options.staleAfterDays ?? 365 },
    }), adapter, {
    logger: new ConsoleLogger({ json: true, logLevels: NEST_LEVELS[level] }),
    // JSON is the only body the API takes, through its own parser (http/json-body.ts).
    bodyParser: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  fastify.addHook('onRequest', refuseUnusableUrl);
  useJsonBodies(fastify);

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('factlog')
      .setDescription('Every claim every source makes about a figure, as an immutable log. Errors are RFC 9457 problem+json.')
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'an API key' })
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'v1/openapi.json', yamlDocumentUrl: 'v1/openapi.yaml' });

  if (!(await serveWebUi(app, options.webRoot))) {
    app.getHttpAdapter().getInstance().log.warn('the web UI is not built (npm run build): / is not served');
  }

  if (options.adminKey) await ensureAdminKey(app.get<RecordingDb>(DATABASE), options.adminKey);
  return app;
}

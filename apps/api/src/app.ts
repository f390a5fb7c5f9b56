import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { ConsoleLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import pino from 'pino';
import { ensureAdminKey } from '#access';
import { DATABASE } from '#database';
import { AppModule } from './app.module.js';
import { type LogLevelName, nestLogLevels } from './log-levels.js';
import { authenticateBeforeBody } from './auth/authenticate.js';
import { StreamTokens } from './feed/stream-tokens.js';
import { DEFAULT_BODY_LIMIT } from './http/endpoint.js';
import { clientErrorHandler, frameworkErrors, MAX_PARAM_LENGTH, refuseUnusableUrl } from './http/fastify-errors.js';
import { useJsonBodies } from './http/json-body.js';
import { acceptUploads } from './http/uploads.js';
import { ImportJobs } from './imports/import-jobs.js';
import { IMPORT_MEDIA_TYPES } from './imports/imports.controller.js';
import { assertJsonDepth, MAX_JSON_DEPTH } from './http/json-depth.js';
import { RequestValidationError, toProblem } from './http/problem.js';
import { openApiDocument } from './http/openapi-document.js';
import { installRequestLimits } from './http/request-limits.js';
import { secureHeaders } from './http/security.js';
import { traceHeaderErrors, validTraceId } from './http/trace-headers.js';
import { refuseUnknownQuery } from './http/unknown-query.js';
import { DEFAULT_LIMITS, type Limits } from '#config';
import { serveWebUi } from './web/web-ui.js';
import type { AppDb } from './schema.js';
import { DEFAULT_DELIVERY, type DeliverySettings } from '#webhooks';

export interface AppOptions {
  readonly databaseUrl: string;
  /** Streaming replicas of that database (DATABASE_READ_URLS): the reads of the read models go to them. */
  readonly readDatabaseUrls?: readonly string[];
  /** Made to work as an admin key at start, so the first admin can create the others; a revoked one is refused (AdminKeyRevokedError). */
  readonly adminKey?: string;
  readonly logLevel?: LogLevelName;
  /** Run the projections in this process (default true); false when a projector app runs them. */
  readonly runProjector?: boolean;
  /** Run each import in a process of its own (default false); only the built app can, and main.ts asks it. */
  readonly importProcesses?: boolean;
  /** Slices the inline projector applies the projections that can be split in (FACTLOG_PROJECTION_SLICES); default 1. */
  readonly projectionSlices?: number;
  /** Where clients reach factlog (FACTLOG_BASE_URL); public links use it, else the address the server was reached at. */
  readonly baseUrl?: string;
  /** Browser origins allowed to call the API (FACTLOG_CORS_ORIGINS); none when empty. */
  readonly corsOrigins?: readonly string[];
  /** The built web UI to serve at `/` (default: dist/web, when it has been built). */
  readonly webRoot?: string;
  /** Rate limits and stream caps (default DEFAULT_LIMITS). */
  readonly limits?: Partial<Limits>;
  /** How webhooks are retried, timed out and given up on (default DEFAULT_DELIVERY). */
  readonly webhooks?: Partial<DeliverySettings>;
}

/** Nest's own start-up lines: every module and route it wires, one line each. */
const WIRING = new Set(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestApplication']);

/**
 * Nest's wiring is detail for debugging a start, not news at the default level: some 60 lines
 * that would push the start-up banner (URL, admin key) out of sight.
 */
class StartupLogger extends ConsoleLogger {
  override log(message: unknown, ...optionalParams: unknown[]) {
    const context = optionalParams.at(-1);
    if (typeof context === 'string' && WIRING.has(context)) super.debug(message, ...optionalParams);
    else super.log(message, ...optionalParams);
  }
}

/** One log line per request, once it is answered, with what was asked beside the answer. */
class OneLinePerRequest extends LogController {
  override incomingRequest() {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply) {
    if (this.isLogDisabled(request)) return;
    const line = { req: request, res: reply, responseTime: Math.round(reply.elapsedTime * 10) / 10 };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request completed');
  }
}

/** A request as its log line shows it, as Fastify's own serializer does, with any `token` in its query hidden. */
function loggedRequest(request: { method: string; url: string; ip?: string; socket?: { remotePort?: number } }) {
  return {
    method: request.method,
    url: request.url.replace(/([?&]token=)[^&#]*/g, '$1[hidden]'),
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

/** The API as one Nest application on Fastify, ready to listen; used by main and by tests. */
export async function createApp(options: AppOptions): Promise<NestFastifyApplication> {
  const level = options.logLevel ?? 'info';
  const adapter = new FastifyAdapter({
    // One JSON line per request (written once it is answered: OneLinePerRequest) and per error,
    // each with the request id; a change-feed stream token in a URL is not written to the log (whoever
    // reads the log could open the stream). Lines are written as the event loop gets to them,
    // several in one write under load, rather than one blocking write each: at a thousand
    // requests a second those writes cost more than the rest of the logging. What is still
    // buffered is written out when the process exits.
    logger: level === 'silent' ? false : { level, serializers: { req: loggedRequest }, stream: pino.destination({ dest: 1, sync: false }) },
    logController: new OneLinePerRequest(),
    // A client's X-Request-Id is kept when well formed; a malformed one is refused below.
    requestIdHeader: false,
    genReqId: (request: { headers: IncomingHttpHeaders }) => validTraceId(request.headers['x-request-id']) ?? randomUUID(),
    bodyLimit: DEFAULT_BODY_LIMIT,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors,
    clientErrorHandler,
  });
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forDatabase(options.databaseUrl, {
      runProjector: options.runProjector ?? true,
      importProcesses: options.importProcesses ?? false,
      projectionSlices: options.projectionSlices ?? 1,
      settings: {
        streams: { perKey: limits.streamsPerKey, total: limits.streamsTotal },
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      },
      webhooks: { ...DEFAULT_DELIVERY, ...options.webhooks },
      readUrls: options.readDatabaseUrls ?? [],
    }),
    adapter,
    {
      logger: new StartupLogger({ json: true, logLevels: nestLogLevels(level) }),
      // JSON is the only body the API takes, through its own parser (http/json-body.ts).
      bodyParser: false,
    },
  );
  const fastify = app.getHttpAdapter().getInstance();
  // First, so that even a request refused by the next hook gets the security headers.
  await secureHeaders(app, options.corsOrigins);
  fastify.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
    const errors = traceHeaderErrors(request.headers);
    if (errors.length > 0) {
      const problem = toProblem(new RequestValidationError(errors, 'header'));
      return reply
        .status(400)
        .header('content-type', 'application/problem+json')
        .send({ ...problem, instance: request.url, requestId: request.id });
    }
  });
  fastify.addHook('onRequest', refuseUnusableUrl);
  const onAuthenticationFailure = await installRequestLimits(app, limits);
  authenticateBeforeBody(fastify, app.get<AppDb>(DATABASE), onAuthenticationFailure, app.get(StreamTokens));
  fastify.addHook('onRequest', refuseUnknownQuery);
  // The nesting is checked on the raw text, before JSON.parse builds anything.
  useJsonBodies(fastify, { beforeParse: (text) => assertJsonDepth(text, MAX_JSON_DEPTH) });
  // Files to import are streamed to disk, on the routes that take them only; the import's process
  // is started as the file begins to arrive.
  const imports = app.get(ImportJobs);
  acceptUploads(fastify, Object.keys(IMPORT_MEDIA_TYPES), { onUploadStart: () => imports.prepare() });

  const document = openApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'v1/openapi.json', yamlDocumentUrl: 'v1/openapi.yaml' });

  if (!(await serveWebUi(app, options.webRoot))) {
    app.getHttpAdapter().getInstance().log.warn('the web UI is not built (npm run build): / is not served');
  }

  if (options.adminKey) await ensureAdminKey(app.get<AppDb>(DATABASE), options.adminKey);
  return app;
}

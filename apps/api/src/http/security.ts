import fastifyCors from '@fastify/cors';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet from 'helmet';

// The web UI loads only its own script and stylesheet and talks to /v1 on its own origin, so the
// policy allows nothing from elsewhere. Styles set from script (Preact's style props, Plot's
// positions) go through the CSSOM, which style-src does not govern; Observable Plot also adds a
// <style> element to each chart, hence 'unsafe-inline' for styles (never for scripts).
const WEB_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  // factlog is served over plain HTTP on a desk's own machine: no upgrade to https.
  upgradeInsecureRequests: null,
};

// Swagger UI at /docs ships an inline <style> and data: images, and its "Try it out" calls the API.
const DOCS_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

/** Headers a browser client may send and read across origins. */
const CORS_REQUEST_HEADERS = [
  'authorization',
  'content-type',
  'if-match',
  'if-none-match',
  'idempotency-key',
  'x-request-id',
  'x-correlation-id',
  'last-event-id',
];
const CORS_RESPONSE_HEADERS = ['etag', 'location', 'retry-after', 'x-request-id', 'idempotent-replayed', 'content-disposition'];

/**
 * The headers helmet sets, worked out once: they are the same for every answer, and building
 * them per request (as helmet's Fastify plugin does) costs as much as deciding a claim.
 */
function helmetHeaders(options: Parameters<typeof helmet>[0]): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: unknown) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  helmet(options)({} as never, response as never, () => {});
  return headers;
}

/** Security headers on every answer, and CORS for the browser origins the operator lists (none by default). */
export async function secureHeaders(app: NestFastifyApplication, corsOrigins: readonly string[] = []): Promise<void> {
  const headers = helmetHeaders({ contentSecurityPolicy: { directives: WEB_POLICY } });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (_request, reply, done) => {
    void reply.headers(headers);
    done();
  });
  fastify.addHook('onSend', async (request, reply) => {
    if (/^\/docs(?:[/?]|$)/.test(request.url)) void reply.header('content-security-policy', DOCS_POLICY);
  });
  await app.register(fastifyCors, {
    origin: corsOrigins.length > 0 ? [...corsOrigins] : false,
    methods: ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE'],
    allowedHeaders: CORS_REQUEST_HEADERS,
    exposedHeaders: CORS_RESPONSE_HEADERS,
    maxAge: 600,
  });
}

import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { componentSchemas, REQUEST_HEADERS, RESPONSE_HEADERS } from './contract.js';
// Imported for their registrations: every shape an operation refers to is named by now.
import './responses.js';
import { describeWebhookDelivery } from '../webhooks/webhook-callback.js';

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

/**
 * The OpenAPI document of the app's routes, from their Endpoint decorators, with the named
 * schemas and what every operation shares: the request id; Idempotency-Key and X-Correlation-Id
 * on writes (the idempotency interceptor honours the key on every authenticated write); and on
 * reads that answer JSON, the ETag and If-None-Match of the conditional-get interceptor.
 */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('factlog')
      .setDescription('Every claim every source makes about a figure, as an immutable log. Errors are RFC 9457 problem+json.')
      .setVersion('1')
      .setLicense('MIT', 'https://opensource.org/license/mit')
      .addServer('/', 'the server that serves this document')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'an API key' })
      .build(),
  );
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ...(componentSchemas() as NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>) },
  };
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const write = method !== 'get' && (operation.security?.length ?? 0) > 0;
      // Public routes say so: no security at all, rather than none said.
      operation.security ??= [];
      operation.parameters = [
        ...(operation.parameters ?? []),
        {
          name: 'X-Request-Id',
          in: 'header',
          required: false,
          description: 'A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written',
          schema: { type: 'string' },
        },
        ...(write
          ? [
              {
                name: 'Idempotency-Key',
                in: 'header' as const,
                required: false,
                description: REQUEST_HEADERS['Idempotency-Key'],
                schema: { type: 'string', minLength: 1, maxLength: 255 },
              },
              {
                name: 'X-Correlation-Id',
                in: 'header' as const,
                required: false,
                description: 'Ties this write to others (an import, a batch): kept on the events written; the request id when not sent',
                schema: { type: 'string' },
              },
            ]
          : []),
      ];
      const ok = operation.responses['200'];
      const conditional = method === 'get' && ok && 'content' in ok && Object.values(ok.content ?? {}).some((media) => media.schema && '$ref' in media.schema);
      if (conditional) {
        operation.parameters.push({
          name: 'If-None-Match',
          in: 'header',
          required: false,
          description: 'The ETag of the answer you hold: 304 with no body while it still holds',
          schema: { type: 'string' },
        });
        operation.responses['304'] = { description: 'Not Modified: the answer is the one whose ETag was sent in If-None-Match' };
      }
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!response || !('description' in response)) continue;
        const headers: Record<string, unknown> = {
          'X-Request-Id': { description: 'The id of this request, in logs and on the events it wrote', schema: { type: 'string' } },
        };
        if (conditional && (status === '200' || status === '304')) headers.ETag = { description: RESPONSE_HEADERS.ETag, schema: { type: 'string' } };
        if (write && status.startsWith('2'))
          headers['Idempotent-Replayed'] = { description: RESPONSE_HEADERS['Idempotent-Replayed'], schema: { type: 'string', enum: ['true'] } };
        response.headers = { ...response.headers, ...headers } as typeof response.headers;
      }
    }
  }
  describeWebhookDelivery(document);
  return document;
}

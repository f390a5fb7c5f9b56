import type { OpenAPIObject } from '@nestjs/swagger';

const header = (name: string, description: string) => ({ name, in: 'header' as const, required: true, description, schema: { type: 'string' } });

/**
 * What factlog sends to a registered receiver, as an OpenAPI callback of the registration:
 * clients generate the payload's type from it, and receivers see the headers to check.
 */
export function describeWebhookDelivery(document: OpenAPIObject): void {
  const register = document.paths['/v1/webhooks']?.post;
  if (!register) return;
  register.callbacks = {
    delivery: {
      '{$request.body#/url}': {
        post: {
          operationId: 'WebhookDelivery',
          summary: 'A matching event of the log, with the fact it touched, signed as Standard Webhooks describes',
          description:
            'Sent in log order per subscription, at least once: a receiver drops repeats by webhook-id. Any answer but 2xx, or none within the timeout, is retried with growing waits.',
          security: [],
          parameters: [
            header('webhook-id', 'the message id: the same on every attempt at one event'),
            header('webhook-timestamp', 'seconds since the epoch when this attempt was signed'),
            header('webhook-signature', 'v1,<base64 HMAC-SHA256 of "id.timestamp.body"> with the secret given at registration'),
          ],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/WebhookPayload' } } } },
          responses: {
            '2XX': { description: 'taken: never sent again unless redelivered by hand' },
            '4XX': { description: 'refused: retried like any failure, then dead-lettered' },
          },
        },
      },
    },
  };
}

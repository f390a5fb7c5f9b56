import { createHash } from 'node:crypto';
import { Stream } from 'node:stream';
import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { map, type Observable } from 'rxjs';

/**
 * Every GET answer carries an ETag (a version where the handler set one, else a digest of the
 * body; none for a streamed one); a client that sends it back in If-None-Match gets 304 and no body.
 */
@Injectable()
export class ConditionalGetInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    if (request.method !== 'GET') return next.handle();
    return next.handle().pipe(
      map((body: unknown) => {
        // A stream (an export) is sent as it is read: there is no whole body to digest.
        if (body === undefined || reply.sent || typeof body !== 'object' || body instanceof Stream) return body;
        const etag = reply.hasHeader('etag') ? String(reply.getHeader('etag')) : `W/"${createHash('sha1').update(JSON.stringify(body)).digest('base64url')}"`;
        void reply.header('etag', etag);
        const asked = request.headers['if-none-match'];
        if (asked && asked.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')) {
          void reply.status(304);
          return undefined;
        }
        return body;
      }),
    );
  }
}

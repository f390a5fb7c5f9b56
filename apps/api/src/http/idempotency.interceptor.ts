import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { catchError, from, mergeMap, type Observable, of, throwError } from 'rxjs';
import { claimIdempotencyKey, completeIdempotencyKey, DATABASE, type RecordingDb, releaseIdempotencyKey } from '#recording';
import { ProblemError, RequestValidationError } from './problem.js';

const REPLAYED_HEADERS = ['etag', 'location'] as const;
const WAIT_FOR_FIRST_MS = 10_000;

/**
 * Honours the Idempotency-Key header on writes: the first request with a key runs, and any
 * retry of it, even one sent while the first is still running, gets the first one's response.
 * A failed request releases its key, so the client can retry it.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(@Inject(DATABASE) private readonly db: RecordingDb) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const key = request.headers['idempotency-key'];
    if (request.method === 'GET' || key === undefined || !request.actor) return next.handle();
    if (typeof key !== 'string' || key.length < 1 || key.length > 255) {
      throw new RequestValidationError([{ field: 'Idempotency-Key', message: 'a key of 1 to 255 characters' }], 'header');
    }
    const actor = request.actor.keyId;
    const fingerprint = createHash('sha256')
      .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
      .digest('hex');

    return from(this.#claim(actor, key, fingerprint)).pipe(
      mergeMap((claim) => {
        if (claim.outcome === 'replay') {
          void reply.status(claim.response.status).headers({ ...claim.response.headers, 'idempotent-replayed': 'true' });
          return of(claim.response.body);
        }
        if (claim.outcome === 'mismatch') {
          throw new ProblemError(422, 'Unprocessable Content', 'this Idempotency-Key was used for a different request');
        }
        if (claim.outcome === 'in_progress') {
          throw new ProblemError(409, 'Conflict', 'a request with this Idempotency-Key is still running; retry shortly');
        }
        return next.handle().pipe(
          mergeMap(async (body) => {
            const headers = Object.fromEntries(
              REPLAYED_HEADERS.flatMap((h) => (reply.hasHeader(h) ? [[h, String(reply.getHeader(h))]] : [])),
            );
            await completeIdempotencyKey(this.db, actor, key, { status: reply.statusCode, body, headers });
            return body;
          }),
          catchError((error: unknown) => from(releaseIdempotencyKey(this.db, actor, key)).pipe(mergeMap(() => throwError(() => error)))),
        );
      }),
    );
  }

  /** A retry that arrives while the first request runs waits for its response. */
  async #claim(actor: string, key: string, fingerprint: string) {
    const deadline = Date.now() + WAIT_FOR_FIRST_MS;
    for (let delay = 10; ; delay = Math.min(delay * 2, 200)) {
      const claim = await claimIdempotencyKey(this.db, actor, key, fingerprint);
      if (claim.outcome !== 'in_progress' || Date.now() > deadline) return claim;
      await sleep(delay);
    }
  }
}

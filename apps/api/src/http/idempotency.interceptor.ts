import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { catchError, from, mergeMap, type Observable, of, throwError } from 'rxjs';
import { DATABASE, isDatabaseUnavailable } from '#database';
import { claimIdempotencyKey, completeIdempotencyKey, releaseIdempotencyKey } from './idempotency-keys.js';
import { ProblemError, RequestValidationError } from './problem.js';
import type { AppDb } from '../schema.js';

const REPLAYED_HEADERS = ['etag', 'location'] as const;
const WAIT_FOR_FIRST_MS = 10_000;
/** Well inside the time after which a key left running is taken to be abandoned (60 s). */
const RELEASE_WITHIN_MS = 30_000;

/**
 * Honours the Idempotency-Key header on writes: the first request with a key runs, and any
 * retry of it, even one sent while the first is still running, gets the first one's response.
 * A failed request releases its key, so the client can retry it.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(@Inject(DATABASE) private readonly db: AppDb) {}

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
          mergeMap(async (body: unknown) => {
            const headers = Object.fromEntries(REPLAYED_HEADERS.flatMap((h) => (reply.hasHeader(h) ? [[h, String(reply.getHeader(h))]] : [])));
            await completeIdempotencyKey(this.db, actor, key, { status: reply.statusCode, body, headers });
            return body;
          }),
          catchError((error: unknown) => from(this.#release(actor, key)).pipe(mergeMap(() => throwError(() => error)))),
        );
      }),
    );
  }

  /**
   * Frees the key of a failed request. When the database is away (the very reason the request
   * failed, often), it tries again in the background until the database is back: otherwise the
   * client's retry would find its key still running, and be refused until it is abandoned.
   */
  async #release(actor: string, key: string): Promise<void> {
    try {
      await releaseIdempotencyKey(this.db, actor, key);
    } catch (error) {
      // The client hears of the request's own failure either way.
      if (isDatabaseUnavailable(error)) void this.#releaseLater(actor, key, Date.now() + RELEASE_WITHIN_MS);
    }
  }

  async #releaseLater(actor: string, key: string, deadline: number): Promise<void> {
    while (Date.now() < deadline) {
      await sleep(500, undefined, { ref: false });
      try {
        return await releaseIdempotencyKey(this.db, actor, key);
      } catch (error) {
        if (!isDatabaseUnavailable(error)) return;
      }
    }
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

import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import { FACT_VIEWS, projectionConsumers, waitForPosition } from '#projections';
import { parkedAt } from '#event-store';
import type { Kysely } from 'kysely';
import { DATABASE } from '#database';
import { resolveEntityName } from '#recording';
import { ProblemError } from '../http/problem.js';
import { PartialDateParam } from '../http/schemas.js';
import type { Database } from '../schema.js';

/** The query parameters every fact read accepts. */
export const AsOfQuery = z.object({
  knownAt: z.iso.datetime({ offset: true }).optional(),
  publishedBefore: PartialDateParam.optional(),
  minPosition: z.coerce.number().int().min(0).optional(),
});

/** The problems a read with minPosition answers when the projection stays behind, or set the event aside. */
export const FRESHNESS = {
  500: 'the projection set the event at minPosition aside (parked): an admin sees why at /v1/projections/{name}/parked',
  503: 'the projection has not reached minPosition yet (Retry-After)',
} as const;

export function asOf(query: z.infer<typeof AsOfQuery>) {
  return {
    ...(query.knownAt ? { knownAt: new Date(query.knownAt) } : {}),
    // A partial date stands for its last day ("before 2016" = up to 2016-12-31).
    ...(query.publishedBefore ? { publishedBefore: query.publishedBefore.end } : {}),
  };
}

/** The paging parameters of every list: `cursor` is the `next` of the page before. */
export const PageQuery = z.object({
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  minPosition: z.coerce.number().int().min(0).optional(),
});

export const encodeCursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
export function decodeCursor<T>(cursor: string | undefined, schema: z.ZodType<T>): T | undefined {
  if (!cursor) return undefined;
  try {
    return schema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new ProblemError(400, 'Bad Request', 'the cursor is not one this API gave out', [{ field: 'cursor', message: 'unknown cursor' }]);
  }
}

/** How long a read waits for the projection to catch up with a client's own write. */
const FRESHNESS_WAIT_MS = 5000;

@Injectable()
export class ReadSupport {
  constructor(@Inject(DATABASE) readonly db: Kysely<Database>) {}

  /**
   * Read-your-writes: with `minPosition` (the `position` a write returned) the read waits until
   * the projection read (the fact views unless named) includes that event, and answers 503 with
   * Retry-After rather than stale data. An event the projection set aside (parked) will not be
   * in the read until an admin retries it: that is a 500 naming where to look, not an answer
   * that silently leaves the write out, nor a 503 that a client would retry in vain.
   */
  async freshEnough(minPosition: number | undefined, projection = FACT_VIEWS): Promise<void> {
    if (minPosition === undefined) return;
    if (await waitForPosition(this.db, projection, minPosition, FRESHNESS_WAIT_MS)) {
      // Split in slices, the slice of the event's fact parked it (or every slice, for a source's).
      if (!(await parkedAt(this.db, await projectionConsumers(this.db, projection), minPosition))) return;
      throw new ProblemError(
        500,
        'Internal Server Error',
        `the ${projection} projection could not apply the event at position ${minPosition} and set it aside: ` +
          `an admin sees why at /v1/projections/${projection}/parked, and can retry it there once the cause is fixed`,
      );
    }
    throw new ProblemError(503, 'Service Unavailable', `the ${projection} projection has not reached position ${minPosition} yet`, undefined, {
      'retry-after': '1',
    });
  }

  /** An entity id from any of its names; unknown names stay as they are (and find nothing). */
  async subject(name: string): Promise<string> {
    return (await resolveEntityName(this.db, name)) ?? name;
  }
}

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
import { ReadReplicas } from '../replicas/read-replicas.js';

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
/**
 * How much of that a read with minPosition gives a replica before it goes to the primary: a
 * replica's copy of a projection comes after the primary's, so once a replica is this far
 * behind, the primary is the quicker place to wait.
 */
const REPLICA_WAIT_MS = 1000;

@Injectable()
export class ReadSupport {
  constructor(
    /** The primary: writes, and the reads that must see them at once, go here. */
    @Inject(DATABASE) readonly db: Kysely<Database>,
    private readonly replicas: ReadReplicas,
  ) {}

  /**
   * Runs a read of the read models on a replica when there is one in rotation (DATABASE_READ_URLS),
   * else on the primary. With `minPosition` the replica serves once its copy of the projection
   * holds that event, waiting for it up to REPLICA_WAIT_MS; after that the primary serves,
   * waiting as freshEnough does for what is left of FRESHNESS_WAIT_MS (then 503). A replica that
   * cannot be reached, or cancels the query to replay WAL, does not fail the request: the read
   * runs again on the primary. `read` gets the database to read from and must not write.
   */
  async reading<T>(minPosition: number | undefined, read: (db: Kysely<Database>) => Promise<T>, projection = FACT_VIEWS): Promise<T> {
    const started = Date.now();
    const replica = this.replicas.pick();
    if (replica) {
      try {
        if (minPosition === undefined || (await waitForPosition(replica.db, projection, minPosition, REPLICA_WAIT_MS, { replica: true }))) {
          if (minPosition !== undefined) await notParked(replica.db, projection, minPosition);
          const answer = await read(replica.db);
          this.replicas.reads.inc({ served_by: replica.name });
          return answer;
        }
      } catch (error) {
        if (!this.replicas.failedOver(replica, error)) throw error;
      }
    }
    await this.freshEnough(minPosition, projection, FRESHNESS_WAIT_MS - (Date.now() - started));
    const answer = await read(this.db);
    if (this.replicas.configured) this.replicas.reads.inc({ served_by: 'primary' });
    return answer;
  }

  /**
   * Read-your-writes: with `minPosition` (the `position` a write returned) the read waits until
   * the projection read (the fact views unless named) includes that event, and answers 503 with
   * Retry-After rather than stale data. An event the projection set aside (parked) will not be
   * in the read until an admin retries it: that is a 500 naming where to look, not an answer
   * that silently leaves the write out, nor a 503 that a client would retry in vain.
   */
  async freshEnough(minPosition: number | undefined, projection = FACT_VIEWS, waitMs = FRESHNESS_WAIT_MS): Promise<void> {
    if (minPosition === undefined) return;
    if (await waitForPosition(this.db, projection, minPosition, Math.max(0, waitMs))) return notParked(this.db, projection, minPosition);
    throw new ProblemError(503, 'Service Unavailable', `the ${projection} projection has not reached position ${minPosition} yet`, undefined, {
      'retry-after': '1',
    });
  }

  /** An entity id from any of its names (read where the rest of the request reads); unknown names stay as they are (and find nothing). */
  async subject(name: string, db: Kysely<Database> = this.db): Promise<string> {
    return (await resolveEntityName(db, name)) ?? name;
  }
}

async function notParked(db: Kysely<Database>, projection: string, position: number): Promise<void> {
  // Split in slices, the slice of the event's fact parked it (or every slice, for a source's).
  if (!(await parkedAt(db, await projectionConsumers(db, projection), position))) return;
  throw new ProblemError(
    500,
    'Internal Server Error',
    `the ${projection} projection could not apply the event at position ${position} and set it aside: ` +
      `an admin sees why at /v1/projections/${projection}/parked, and can retry it there once the cause is fixed`,
  );
}

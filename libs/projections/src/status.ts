import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type { EventStoreTables } from '#event-store';
import { consumerHasApplied, consumerHasReached, consumerLag, countParked, headPosition } from '#event-store';

export interface ProjectionStatus {
  readonly name: string;
  readonly checkpoint: { readonly transactionId: string; readonly position: number } | null;
  readonly headPosition: number;
  /** Committed events the projection has not applied yet. */
  readonly eventsBehind: number;
  /** Age of the oldest event it has not applied yet; 0 when caught up. */
  readonly secondsBehind: number;
  /**
   * Events it went past without applying them: `failed` could not be applied, the others wait
   * behind one of those in the same stream.
   */
  readonly parked: { readonly total: number; readonly failed: number };
}

/** Where each projection stands against the head of the log. */
export async function projectionStatus(db: Kysely<EventStoreTables>, names: readonly string[]): Promise<ProjectionStatus[]> {
  const out: ProjectionStatus[] = [];
  const head = await headPosition(db);
  const parked = await countParked(db, names);
  for (const name of names) {
    const lag = await consumerLag(db, name);
    out.push({
      name,
      checkpoint: lag.checkpoint,
      headPosition: head,
      eventsBehind: lag.eventsBehind,
      secondsBehind: lag.oldestBehind ? Math.max(0, (Date.now() - lag.oldestBehind.getTime()) / 1000) : 0,
      parked: parked.get(name) ?? { total: 0, failed: 0 },
    });
  }
  return out;
}

/**
 * Waits up to `timeoutMs` for the projection to reach `position`; false if it did not. On a
 * replica (`replica: true`) the event must have been replayed there too: a position the replica
 * has not seen yet is not reached, where the primary would take it for no event at all.
 */
export async function waitForPosition(
  db: Kysely<EventStoreTables>,
  name: string,
  position: number,
  timeoutMs: number,
  options: { readonly replica?: boolean } = {},
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  const reached = options.replica ? consumerHasApplied : consumerHasReached;
  for (let delay = 5; ; delay = Math.min(delay * 2, 100)) {
    if (await reached(db, name, position)) return true;
    if (Date.now() >= deadline) return false;
    await sleep(Math.min(delay, deadline - Date.now()));
  }
}

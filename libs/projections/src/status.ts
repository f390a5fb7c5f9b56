import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type { EventStoreTables } from '#event-store';
import { consumerHasApplied, consumerHasReached, consumerLag, countParked, headPosition } from '#event-store';
import { projectionConsumers } from './slices.js';

export interface ConsumerStatus {
  readonly checkpoint: { readonly transactionId: string; readonly position: number } | null;
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

/** One slice of a projection split by fact: its own checkpoint, lag and parked events. */
export interface SliceStatus extends ConsumerStatus {
  /** Its name as a consumer of the log (its checkpoint's and its parked events'). */
  readonly consumer: string;
  /** Which of how many, from 1: `2/4`. */
  readonly slice: string;
}

/**
 * A projection as a whole: split in slices, it stands where its slice furthest behind stands
 * (the checkpoint, the lag), and its parked events are all of theirs.
 */
export interface ProjectionStatus extends ConsumerStatus {
  readonly name: string;
  readonly headPosition: number;
  readonly slices: readonly SliceStatus[];
}

/** Where each projection stands against the head of the log. */
export async function projectionStatus(db: Kysely<EventStoreTables>, names: readonly string[]): Promise<ProjectionStatus[]> {
  const out: ProjectionStatus[] = [];
  const head = await headPosition(db);
  for (const name of names) {
    const consumers = await projectionConsumers(db, name);
    const parked = await countParked(db, consumers);
    const slices: SliceStatus[] = [];
    for (const [i, consumer] of consumers.entries()) {
      const lag = await consumerLag(db, consumer);
      slices.push({
        consumer,
        slice: `${i + 1}/${consumers.length}`,
        checkpoint: lag.checkpoint,
        eventsBehind: lag.eventsBehind,
        secondsBehind: lag.oldestBehind ? Math.max(0, (Date.now() - lag.oldestBehind.getTime()) / 1000) : 0,
        parked: parked.get(consumer) ?? { total: 0, failed: 0 },
      });
    }
    const last = slices.reduce((a, b) => (b.eventsBehind > a.eventsBehind || (b.eventsBehind === a.eventsBehind && !b.checkpoint) ? b : a));
    out.push({
      name,
      checkpoint: slices.some((s) => !s.checkpoint) ? null : last.checkpoint,
      headPosition: head,
      eventsBehind: last.eventsBehind,
      secondsBehind: Math.max(...slices.map((s) => s.secondsBehind)),
      parked: {
        total: slices.reduce((n, s) => n + s.parked.total, 0),
        failed: slices.reduce((n, s) => n + s.parked.failed, 0),
      },
      slices,
    });
  }
  return out;
}

/**
 * Whether the projection has applied the event at `position` (or there is no such event): split
 * in slices, whether every slice has, each of the count its checkpoints' names give.
 */
export async function projectionHasReached(db: Kysely<EventStoreTables>, name: string, position: number): Promise<boolean> {
  return consumerHasReached(db, await projectionConsumers(db, name), position);
}

/**
 * Waits up to `timeoutMs` for the projection (every slice of it) to reach `position`; false if it
 * did not. On a replica (`replica: true`) the event must have been replayed there too: a position
 * the replica has not seen yet is not reached, where the primary would take it for no event at all.
 */
export async function waitForPosition(
  db: Kysely<EventStoreTables>,
  name: string,
  position: number,
  timeoutMs: number,
  options: { readonly replica?: boolean } = {},
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  const consumers = await projectionConsumers(db, name);
  const reached = options.replica ? consumerHasApplied : consumerHasReached;
  for (let delay = 5; ; delay = Math.min(delay * 2, 100)) {
    if (await reached(db, consumers, position)) return true;
    if (Date.now() >= deadline) return false;
    await sleep(Math.min(delay, deadline - Date.now()));
  }
}

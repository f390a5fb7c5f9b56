import { type Kysely, sql } from 'kysely';
import type { EventStoreTables } from './tables.js';

/** How far a consumer of the log is behind it. */
export interface ConsumerLag {
  readonly checkpoint: { readonly transactionId: string; readonly position: number } | null;
  /** Committed or not, the events past its checkpoint. */
  readonly eventsBehind: number;
  /** When the oldest of them was recorded. */
  readonly oldestBehind: Date | null;
}

export async function consumerLag(db: Kysely<EventStoreTables>, consumer: string): Promise<ConsumerLag> {
  const stored = await sql<{ transaction_id: string; global_position: number }>`
    select transaction_id::text, global_position from checkpoints where consumer = ${consumer}`.execute(db);
  const checkpoint = stored.rows[0];
  const { rows } = await sql<{ behind: number; oldest: Date | null }>`
    select count(*)::int as behind, min(recorded_at) as oldest from events
    where (transaction_id, global_position) > (${checkpoint?.transaction_id ?? '0'}::xid8, ${checkpoint?.global_position ?? 0}::bigint)`.execute(db);
  return {
    checkpoint: checkpoint ? { transactionId: checkpoint.transaction_id, position: Number(checkpoint.global_position) } : null,
    eventsBehind: rows[0]!.behind,
    oldestBehind: rows[0]!.oldest,
  };
}

/**
 * Whether the consumer has applied the event at `position` (or there is no such event); given
 * several consumers (the slices of one projection, say), whether every one of them has.
 */
export async function consumerHasReached(db: Kysely<EventStoreTables>, consumer: string | readonly string[], position: number): Promise<boolean> {
  const consumers = typeof consumer === 'string' ? [consumer] : [...consumer];
  const { rows } = await sql<{ reached: boolean }>`
    select not exists (
      select 1 from events e
      where e.global_position = ${position}
        and exists (
          select 1 from unnest(${consumers}::text[]) as wanted(consumer)
          where not exists (
            select 1 from checkpoints c
            where c.consumer = wanted.consumer and (e.transaction_id, e.global_position) <= (c.transaction_id, c.global_position)
          )
        )
    ) as reached`.execute(db);
  return rows[0]!.reached;
}

/**
 * Whether the consumer (every one of them, given several) has applied the event at `position`,
 * which must be there: on a replica an event not replayed yet is not "no such event"
 * (consumerHasReached would say reached).
 */
export async function consumerHasApplied(db: Kysely<EventStoreTables>, consumer: string | readonly string[], position: number): Promise<boolean> {
  const consumers = typeof consumer === 'string' ? [consumer] : [...consumer];
  const { rows } = await sql<{ applied: boolean }>`
    select exists (select 1 from events e where e.global_position = ${position})
       and not exists (
         select 1 from events e cross join unnest(${consumers}::text[]) as wanted(consumer)
         where e.global_position = ${position}
           and not exists (
             select 1 from checkpoints c
             where c.consumer = wanted.consumer and (e.transaction_id, e.global_position) <= (c.transaction_id, c.global_position)
           )
       ) as applied`.execute(db);
  return rows[0]!.applied;
}

/** How many events the log holds. */
export async function countEvents(db: Kysely<EventStoreTables>): Promise<number> {
  return Number((await sql<{ n: string }>`select count(*) as n from events`.execute(db)).rows[0]!.n);
}

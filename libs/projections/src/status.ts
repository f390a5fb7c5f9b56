import { setTimeout as sleep } from 'node:timers/promises';
import { type Kysely, sql } from 'kysely';
import { countParked } from '#event-store';

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
export async function projectionStatus(db: Kysely<any>, names: readonly string[]): Promise<ProjectionStatus[]> {
  const out: ProjectionStatus[] = [];
  const head = await sql<{ head: number | null }>`select max(global_position) as head from events`.execute(db);
  const parked = await countParked(db, names);
  for (const name of names) {
    const stored = await sql<{ transaction_id: string; global_position: number }>`
      select transaction_id::text, global_position from checkpoints where consumer = ${name}`.execute(db);
    const checkpoint = stored.rows[0];
    const { rows } = await sql<{ behind: number; oldest: Date | null }>`
      select count(*)::int as behind, min(recorded_at) as oldest from events
      where (transaction_id, global_position) > (${checkpoint?.transaction_id ?? '0'}::xid8, ${checkpoint?.global_position ?? 0}::bigint)`.execute(db);
    out.push({
      name,
      checkpoint: checkpoint ? { transactionId: checkpoint.transaction_id, position: Number(checkpoint.global_position) } : null,
      headPosition: Number(head.rows[0]?.head ?? 0),
      eventsBehind: rows[0]!.behind,
      secondsBehind: rows[0]!.oldest ? Math.max(0, (Date.now() - rows[0]!.oldest.getTime()) / 1000) : 0,
      parked: parked.get(name) ?? { total: 0, failed: 0 },
    });
  }
  return out;
}

/** Whether the projection has applied the event at `position` (or there is no such event). */
async function hasReached(db: Kysely<any>, name: string, position: number): Promise<boolean> {
  const { rows } = await sql<{ reached: boolean }>`
    select not exists (
      select 1 from events e
      where e.global_position = ${position}
        and not exists (
          select 1 from checkpoints c
          where c.consumer = ${name} and (e.transaction_id, e.global_position) <= (c.transaction_id, c.global_position)
        )
    ) as reached`.execute(db);
  return rows[0]!.reached;
}

/** Waits up to `timeoutMs` for the projection to reach `position`; false if it did not. */
export async function waitForPosition(db: Kysely<any>, name: string, position: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (let delay = 5; ; delay = Math.min(delay * 2, 100)) {
    if (await hasReached(db, name, position)) return true;
    if (Date.now() >= deadline) return false;
    await sleep(Math.min(delay, deadline - Date.now()));
  }
}

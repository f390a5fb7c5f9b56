import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import { CheckpointConflictError } from './errors.js';
import type { EventStoreTables } from './tables.js';
import { type Checkpoint, START } from './types.js';

export async function loadCheckpoint(db: Kysely<EventStoreTables>, consumer: string): Promise<Checkpoint> {
  const row = await db.selectFrom('checkpoints').select(['transaction_id', 'global_position']).where('consumer', '=', consumer).executeTakeFirst();
  return row ? { transactionId: String(row.transaction_id), globalPosition: Number(row.global_position) } : START;
}

const isStart = (c: Checkpoint) => c.transactionId === START.transactionId && c.globalPosition === START.globalPosition;

/** What a batch learns as it takes its checkpoint row. */
export interface ClaimedCheckpoint {
  /** The given streams that hold a parked event of this consumer, with the first one's position. */
  readonly blocked: ReadonlyMap<string, number>;
  /** Whether an operator asked for a retry of some parked event of this consumer. */
  readonly retryRequested: boolean;
}

/**
 * Takes a consumer's checkpoint row for the batch's transaction and checks that it still stands
 * at `from`; otherwise another instance moved it, and the batch fails before doing any work.
 * Called first in the transaction, so the row is the first lock a batch holds: whatever must
 * wait for this consumer (a rebuild's switch) takes the row first too, and the two never hold
 * each other's tables. A consumer that has never committed a batch gets a row at START, which
 * rolls back with the batch if the batch does.
 *
 * The same statement sets the transaction's local `settings` and reads whether the consumer has
 * parked events: a batch's fixed cost is its round trips, which it pays however few events it
 * carries. Only a consumer with parked events pays a second one, for those of the batch's streams.
 */
export async function claimCheckpoint(
  tx: Transaction<EventStoreTables>,
  consumer: string,
  from: Checkpoint,
  options: { readonly streamIds?: readonly string[]; readonly settings?: Readonly<Record<string, string>> } = {},
): Promise<ClaimedCheckpoint> {
  if (isStart(from)) {
    await tx
      .insertInto('checkpoints')
      .values({ consumer, transaction_id: sql<string>`${START.transactionId}::xid8`, global_position: START.globalPosition })
      .onConflict((oc) => oc.column('consumer').doNothing())
      .execute();
  }
  const settings = Object.entries(options.settings ?? {}).map(([name, value]) => sql`, set_config(${name}, ${value}, true)`);
  const { rows } = await sql<{ retry_requested: boolean; parked: boolean }>`
    select exists (select from parked_events p where p.consumer = c.consumer and p.retry_requested_at is not null) as retry_requested,
           exists (select from parked_events p where p.consumer = c.consumer) as parked
           ${sql.join(settings, sql``)}
    from checkpoints c
    where c.consumer = ${consumer} and c.transaction_id = ${from.transactionId}::xid8 and c.global_position = ${from.globalPosition}
    for update of c`.execute(tx);
  const row = rows[0];
  if (!row) throw new CheckpointConflictError(consumer);
  // The batch's streams are looked up only when the consumer has parked events at all: a batch
  // of thousands of events would otherwise send as many stream ids with every checkpoint.
  if (!row.parked || !options.streamIds?.length) return { blocked: new Map(), retryRequested: row.retry_requested };
  const streamIds = [...new Set(options.streamIds)];
  const { rows: blocked } = await sql<{ stream_id: string; first: string }>`
    select stream_id, min(global_position) as first from parked_events
    where consumer = ${consumer} and stream_id = any (${streamIds}::text[]) group by stream_id`.execute(tx);
  return { blocked: new Map(blocked.map((b) => [b.stream_id, Number(b.first)])), retryRequested: row.retry_requested };
}

/**
 * Moves a consumer's checkpoint from `previous` to `next` inside the transaction that applied
 * the events, so the read-model change and the checkpoint commit together or not at all. The
 * compare-and-set makes a second instance that processed the same batch fail and roll back.
 * Last in the transaction: until then the row says where the batch started, which a read model
 * may read (the fact views' cache mark does).
 */
export async function storeCheckpoint(tx: Transaction<EventStoreTables>, consumer: string, previous: Checkpoint, next: Checkpoint): Promise<void> {
  const nextTxid = sql<string>`${next.transactionId}::xid8`;
  const stored = isStart(previous)
    ? await tx
        .insertInto('checkpoints')
        .values({ consumer, transaction_id: nextTxid, global_position: next.globalPosition })
        .onConflict((oc) =>
          oc
            .column('consumer')
            .doUpdateSet({ transaction_id: nextTxid, global_position: next.globalPosition, updated_at: sql`now()` })
            .where('checkpoints.transaction_id', '=', sql<string>`${START.transactionId}::xid8`)
            .where('checkpoints.global_position', '=', START.globalPosition),
        )
        .executeTakeFirst()
    : await tx
        .updateTable('checkpoints')
        .set({ transaction_id: nextTxid, global_position: next.globalPosition, updated_at: sql`now()` })
        .where('consumer', '=', consumer)
        .where('transaction_id', '=', sql<string>`${previous.transactionId}::xid8`)
        .where('global_position', '=', previous.globalPosition)
        .executeTakeFirst();
  const changed = 'numInsertedOrUpdatedRows' in stored ? stored.numInsertedOrUpdatedRows : stored.numUpdatedRows;
  if (changed !== 1n) throw new CheckpointConflictError(consumer);
}

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

/**
 * Takes a consumer's checkpoint row for the batch's transaction and checks that it still stands
 * at `from`; otherwise another instance moved it, and the batch fails before doing any work.
 * Called first in the transaction, so the row is the first lock a batch holds: whatever must
 * wait for this consumer (a rebuild's switch) takes the row first too, and the two never hold
 * each other's tables. A consumer that has never committed a batch gets a row at START, which
 * rolls back with the batch if the batch does.
 */
export async function claimCheckpoint(tx: Transaction<EventStoreTables>, consumer: string, from: Checkpoint): Promise<void> {
  if (isStart(from)) {
    await tx
      .insertInto('checkpoints')
      .values({ consumer, transaction_id: sql<string>`${START.transactionId}::xid8`, global_position: START.globalPosition })
      .onConflict((oc) => oc.column('consumer').doNothing())
      .execute();
  }
  const row = await tx
    .selectFrom('checkpoints')
    .select('consumer')
    .where('consumer', '=', consumer)
    .where('transaction_id', '=', sql<string>`${from.transactionId}::xid8`)
    .where('global_position', '=', from.globalPosition)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw new CheckpointConflictError(consumer);
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

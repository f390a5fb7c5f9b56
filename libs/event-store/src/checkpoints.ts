import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import { CheckpointConflictError } from './errors.js';
import type { EventStoreTables } from './tables.js';
import { type Checkpoint, START } from './types.js';

export async function loadCheckpoint(db: Kysely<EventStoreTables>, consumer: string): Promise<Checkpoint> {
  const row = await db
    .selectFrom('checkpoints')
    .select(['transaction_id', 'global_position'])
    .where('consumer', '=', consumer)
    .executeTakeFirst();
  return row ? { transactionId: String(row.transaction_id), globalPosition: Number(row.global_position) } : START;
}

/**
 * Moves a consumer's checkpoint from `previous` to `next` inside the transaction that applied
 * the events, so the read-model change and the checkpoint commit together or not at all. The
 * compare-and-set makes a second instance that processed the same batch fail and roll back.
 */
export async function storeCheckpoint(
  tx: Transaction<EventStoreTables>,
  consumer: string,
  previous: Checkpoint,
  next: Checkpoint,
): Promise<void> {
  const nextTxid = sql<string>`${next.transactionId}::xid8`;
  const stored =
    previous.transactionId === START.transactionId && previous.globalPosition === START.globalPosition
      ? await tx
          .insertInto('checkpoints')
          .values({ consumer, transaction_id: nextTxid, global_position: next.globalPosition })
          .onConflict((oc) => oc.column('consumer').doNothing())
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

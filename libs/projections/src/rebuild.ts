import { setTimeout as sleep } from 'node:timers/promises';
import { type Kysely, sql, type Transaction } from 'kysely';
import {
  applyIsolating,
  type Checkpoint,
  countEvents,
  dropParked,
  type EventStoreTables,
  parkedStreams,
  parkEvents,
  readAll,
  wholeTransactions,
  type RecordedEvent,
  replaceParked,
  START,
} from '#event-store';
import type { Projection } from './projection.js';
import { DEFAULT_BATCH_SIZE } from './runner.js';

/** How many times the switch may be a deadlock's victim before the rebuild gives up. */
const SWITCH_ATTEMPTS = 10;
const isDeadlock = (error: unknown) => (error as { code?: unknown } | null)?.code === '40P01';

export interface RebuildProgress {
  readonly done: number;
  readonly total: number;
}

/**
 * Rebuilds a projection without downtime. The new version is built from the start of the log
 * into tables of a schema of its own, beside the live ones, which go on serving reads and
 * following the log. Once it has caught up, one transaction locks the live tables, applies the
 * last events, swaps the tables and moves the live checkpoint: readers see the old version or
 * the new one, never a mix. The switch waits for the live projector's batch in flight; its next
 * batch waits for the switch, then fails its checkpoint compare-and-set, rolls back, and goes
 * on from the new checkpoint. The old tables are dropped.
 *
 * An event the new version cannot apply is parked, as the live projector parks it, under a
 * consumer name of the rebuild's own; the switch hands those parked events to the projection in
 * place of the old version's.
 */
export async function rebuildProjection(
  /** Opens a connection pool; with a schema, one whose search_path puts that schema first. */
  open: (schema?: string) => Kysely<any>,
  projection: Projection,
  options: {
    readonly batchSize?: number;
    readonly onProgress?: (progress: RebuildProgress) => void;
    /** Told when the switch was a deadlock's victim and starts again (`attempt` is the one that failed). */
    readonly onRetry?: (attempt: number) => void;
  } = {},
): Promise<{ readonly events: number; readonly parked: number }> {
  const stamp = Date.now();
  const shadow = `rebuild_${stamp}`;
  const parkedAs = `${projection.name}@${shadow}`;
  let parked = 0;
  /** Applies a batch in `tx`, parking what the projection cannot apply. */
  const apply = async (events: readonly RecordedEvent[], tx: Transaction<any>) => {
    const t = tx as Transaction<EventStoreTables>;
    const blocked = await parkedStreams(
      t,
      parkedAs,
      events.map((e) => e.streamId),
    );
    const { setAside } = await applyIsolating(t, events, (list, inner) => projection.apply(list, inner), { blocked });
    await parkEvents(t, parkedAs, setAside);
    return setAside.length;
  };
  const retired = `retired_${stamp}`;
  const admin = open();
  let db: Kysely<any> | undefined;
  try {
    await sql`create schema ${sql.id(shadow)}`.execute(admin);
    for (const table of projection.tables) {
      await sql`create table ${sql.id(shadow, table)} (like ${sql.id('public', table)} including all)`.execute(admin);
      // LIKE copies columns, defaults and indexes but not storage parameters such as fillfactor.
      const { rows } = await sql<{ option: string }>`
        select unnest(reloptions) as option from pg_class where oid = ${`public.${table}`}::regclass`.execute(admin);
      if (rows.length > 0) await sql`alter table ${sql.id(shadow, table)} set (${sql.raw(rows.map((r) => r.option).join(', '))})`.execute(admin);
    }
    db = open(shadow);
    const total = await countEvents(admin as Kysely<EventStoreTables>);
    let done = 0;
    let checkpoint: Checkpoint = START;
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    // Each phase stops at the first batch shorter than asked for: it reached the head of the
    // log as it stood when read. Waiting for an empty read instead could chase a busy log for
    // ever, the second time with the live tables locked. What arrives later is applied under
    // the lock, and after that by the live projector, from the checkpoint the switch sets.
    for (let full = true; full;) {
      const read = await readAll(db as Kysely<EventStoreTables>, { after: checkpoint, limit: batchSize });
      if (read.events.length === 0) break;
      full = read.events.length === batchSize;
      const batch = full ? wholeTransactions(read) : read;
      parked += await db.transaction().execute((tx) => apply(batch.events, tx));
      checkpoint = batch.checkpoint;
      done += batch.events.length;
      options.onProgress?.({ done, total: Math.max(total, done) });
    }

    // The switch. PostgreSQL may still pick it as a deadlock's victim (a reader's statement can
    // hold one live table and wait for another); nothing of it is then kept, so it starts again.
    const caughtUp = { checkpoint, done, parked };
    for (let attempt = 1; ; attempt++) {
      try {
        ({ checkpoint, done, parked } = caughtUp);
        await db.transaction().execute(async (tx) => {
          // The checkpoint row first, as the live projector's batches take it (claimCheckpoint):
          // the switch waits for the batch in flight and the next one waits for the switch,
          // holding no table. A projection that never ran gets its row here, to be locked too.
          await sql`
            insert into public.checkpoints (consumer, transaction_id, global_position)
            values (${projection.name}, ${START.transactionId}::xid8, ${START.globalPosition})
            on conflict (consumer) do nothing`.execute(tx);
          await sql`select 1 from public.checkpoints where consumer = ${projection.name} for update`.execute(tx);
          const live = projection.tables.map((t) => sql.id('public', t));
          await sql`lock table ${sql.join(live)} in access exclusive mode`.execute(tx);
          for (let full = true; full;) {
            const read = await readAll(tx as unknown as Kysely<EventStoreTables>, { after: checkpoint, limit: batchSize });
            if (read.events.length === 0) break;
            full = read.events.length === batchSize;
            const batch = full ? wholeTransactions(read) : read;
            parked += await apply(batch.events, tx);
            checkpoint = batch.checkpoint;
            done += batch.events.length;
          }
          await sql`create schema ${sql.id(retired)}`.execute(tx);
          for (const table of projection.tables) {
            await sql`alter table ${sql.id('public', table)} set schema ${sql.id(retired)}`.execute(tx);
            await sql`alter table ${sql.id(shadow, table)} set schema public`.execute(tx);
          }
          await replaceParked(tx as Transaction<EventStoreTables>, projection.name, parkedAs);
          await sql`
            insert into public.checkpoints (consumer, transaction_id, global_position)
            values (${projection.name}, ${checkpoint.transactionId}::xid8, ${checkpoint.globalPosition})
            on conflict (consumer) do update
              set transaction_id = excluded.transaction_id, global_position = excluded.global_position, updated_at = now()`.execute(tx);
        });
        break;
      } catch (error) {
        if (!isDeadlock(error) || attempt >= SWITCH_ATTEMPTS) throw error;
        options.onRetry?.(attempt);
        // A moment for the statements it collided with to finish, longer each time.
        await sleep(100 * attempt);
      }
    }
    options.onProgress?.({ done, total: Math.max(total, done) });
    await sql`drop schema ${sql.id(retired)} cascade`.execute(admin);
    return { events: done, parked };
  } finally {
    await sql`drop schema if exists ${sql.id(shadow)} cascade`.execute(admin).catch(() => {});
    await dropParked(admin, parkedAs).catch(() => {});
    await db?.destroy();
    await admin.destroy();
  }
}

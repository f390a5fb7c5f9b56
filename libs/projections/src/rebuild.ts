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
import { projectionConsumers, type Slice, sliceConsumer, sliceCount, slicesOf } from './slices.js';

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
 *
 * A projection split in slices is rebuilt in `slices` (by default as many as it has now), each
 * batch applied by each slice in turn, and the switch leaves a checkpoint for each: this is how
 * the number of slices of a read model changes. Runners of the old number then refuse to go on.
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
    /** How many slices to build it in, for a projection that can be split; by default as many as its checkpoints say. */
    readonly slices?: number;
  } = {},
): Promise<{ readonly events: number; readonly parked: number }> {
  const stamp = Date.now();
  const shadow = `rebuild_${stamp}`;
  const parkedAs = (slice: Slice | undefined) => `${sliceConsumer(projection.name, slice)}@${shadow}`;
  let parked = 0;
  let slices: ReadonlyArray<Slice | undefined> = [undefined];
  /** Applies a batch in `tx`, each slice its share, parking what the projection cannot apply. */
  const apply = async (events: readonly RecordedEvent[], tx: Transaction<any>) => {
    const t = tx as Transaction<EventStoreTables>;
    let count = 0;
    for (const slice of slices) {
      const blocked = await parkedStreams(
        t,
        parkedAs(slice),
        events.map((e) => e.streamId),
      );
      const { setAside } = await applyIsolating(t, events, (list, inner) => projection.apply(list, inner, slice), { blocked });
      await parkEvents(t, parkedAs(slice), setAside);
      count += setAside.length;
    }
    return count;
  };
  const retired = `retired_${stamp}`;
  const admin = open();
  let db: Kysely<any> | undefined;
  let before: string[] = [];
  try {
    const count = options.slices ?? (projection.sliceable ? await sliceCount(admin, projection.name) : 1);
    if (count > 1 && !projection.sliceable) throw new Error(`${projection.name} cannot be split into slices`);
    if (count > 1) slices = slicesOf(count);
    const consumers = slices.map((slice) => sliceConsumer(projection.name, slice));
    before = await projectionConsumers(admin, projection.name);
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
          // The checkpoint rows first, as the live projector's batches take theirs (claimCheckpoint):
          // the switch waits for the batches in flight and the next ones wait for the switch,
          // holding no table. A projection (or slice) that never ran gets its row here, to be
          // locked too; the old slices' rows, when their number changes, are locked and then
          // dropped, and their runners, finding none, refuse to start again (checkSliceLayout).
          const locked = [...new Set([...before, ...consumers])].sort();
          for (const consumer of consumers) {
            await sql`
              insert into public.checkpoints (consumer, transaction_id, global_position)
              values (${consumer}, ${START.transactionId}::xid8, ${START.globalPosition})
              on conflict (consumer) do nothing`.execute(tx);
          }
          await sql`select 1 from public.checkpoints where consumer = any(${locked}::text[]) order by consumer for update`.execute(tx);
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
          for (const slice of slices) {
            const consumer = sliceConsumer(projection.name, slice);
            await replaceParked(tx as Transaction<EventStoreTables>, consumer, parkedAs(slice));
            await sql`
              insert into public.checkpoints (consumer, transaction_id, global_position)
              values (${consumer}, ${checkpoint.transactionId}::xid8, ${checkpoint.globalPosition})
              on conflict (consumer) do update
                set transaction_id = excluded.transaction_id, global_position = excluded.global_position, updated_at = now()`.execute(tx);
          }
          const gone = before.filter((c) => !consumers.includes(c));
          if (gone.length > 0) {
            await sql`delete from public.parked_events where consumer = any(${gone}::text[])`.execute(tx);
            await sql`delete from public.checkpoints where consumer = any(${gone}::text[])`.execute(tx);
          }
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
    for (const slice of slices) await dropParked(admin, parkedAs(slice)).catch(() => {});
    await db?.destroy();
    await admin.destroy();
  }
}

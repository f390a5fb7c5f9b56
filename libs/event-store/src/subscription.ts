import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely, Transaction } from 'kysely';
import { claimCheckpoint, loadCheckpoint, storeCheckpoint } from './checkpoints.js';
import { applyIsolating, isTransientError, type SetAside } from './isolate.js';
import { AppendListener } from './notifications.js';
import { parkEvents, pendingRetries, settleRetry, takeForRetry } from './parked-events.js';
import { type LogWindow, logWindowOf } from './log-window.js';
import { logEnd, type ReadAllResult, wholeTransactions } from './read.js';
import type { EventStoreTables } from './tables.js';
import type { Checkpoint, RecordedEvent } from './types.js';
import type { Upcast } from './upcasting.js';

export interface SubscriptionOptions {
  /** Names the checkpoint row; one name per consumer. */
  readonly consumer: string;
  /**
   * Applies a batch inside the transaction that also moves the checkpoint: whatever it writes
   * through `tx` commits with the checkpoint or not at all.
   */
  readonly handle: (events: readonly RecordedEvent[], tx: Transaction<EventStoreTables>) => Promise<void>;
  /** For LISTEN; without it the subscription only polls. */
  readonly connectionString?: string;
  readonly batchSize?: number;
  /** How long to wait for a notification before looking anyway. */
  readonly pollIntervalMs?: number;
  /**
   * The least time between the starts of two batches (default 0). Under a steady stream of
   * writes each batch would otherwise carry the one or two events committed since the last and
   * pay its fixed cost (its queries and its commit) for each of them; pausing a few milliseconds
   * lets a batch carry what arrived meanwhile. Catching up, batches are full and this costs
   * nothing; a reader waiting for its write (`minPosition`) waits this much longer at most.
   */
  readonly gatherMs?: number;
  /**
   * The least time between two batches after one that carried `bulkEvents` events or more
   * without filling up (default: gatherMs): writes coming in bulk (an import, many writers at
   * once) are then applied in fewer, larger batches, each costing less per event, at the price
   * of this much more waiting for a reader of its own write while the bulk lasts.
   */
  readonly bulkGatherMs?: number;
  /** How many events in a batch mean writes in bulk (default 200). */
  readonly bulkEvents?: number;
  readonly upcast?: Upcast;
  /**
   * Whether the consumer wants events at all at the moment (default: always), asked before each
   * batch. While it answers false the subscription moves the checkpoint to the end of the log
   * without reading the events and hands nothing to `handle`: a consumer with nobody to serve
   * (webhooks without a subscriber) then costs a probe of the log's end per batch, not the
   * reading of every event. Before passing over, it is asked again in the transaction that
   * moves the checkpoint, after the end was found, so a consumer that starts wanting events is
   * passed over only events committed before it did.
   */
  readonly wanted?: (db: Kysely<EventStoreTables>) => Promise<boolean>;
  readonly onError?: (error: unknown) => void;
  /** Told of events set aside, as they are parked (in the batch's transaction) or parked again by a retry. */
  readonly onParked?: (events: readonly SetAside[]) => void;
  /** Told of parked events a retry applied at last. */
  readonly onRetried?: (events: readonly RecordedEvent[]) => void;
  /** Errors that fail the batch, to be tried again, rather than park an event; see isTransientError. */
  readonly isTransient?: (error: unknown) => boolean;
  /**
   * Server settings local to each batch's transaction, e.g. `{ synchronous_commit: 'off' }` for
   * a read model that can always be derived again (set per transaction rather than per session,
   * which a connection pooler may not pass on).
   */
  readonly settings?: Readonly<Record<string, string>>;
}

/** A batch's events failed to apply together; which of them is at fault is for applyIsolating to find. */
class BatchFailed extends Error {
  constructor(cause?: unknown) {
    super('the batch failed as a whole', { cause });
  }
}

/**
 * Follows the log from a stored checkpoint: reads a batch, hands it over, stores the checkpoint
 * in the same transaction, and when there is nothing left waits for NOTIFY or the poll interval,
 * whichever comes first.
 *
 * While a full batch is being applied the next one is already being read, on another of the
 * pool's connections: catching up, the server reads while the handler works, instead of each
 * waiting for the other. A read ahead is only used if its batch applies where it starts.
 *
 * The subscriptions of one pool read through one LogWindow: several consumers following the
 * log close behind one another read each event from the server once between them.
 */
export class Subscription {
  #running: Promise<void> | undefined;
  #stopped = false;
  #wake = new Wake();
  #stop!: () => void;
  readonly #stopping = new Promise<void>((resolve) => (this.#stop = resolve));
  #listener: AppendListener | undefined;
  #checkpoint: Checkpoint | undefined;
  #ahead: { from: Checkpoint; read: Promise<ReadAllResult> } | undefined;
  /** Whether to look for parked events to retry: at the start, and once a batch saw a retry asked for. */
  #retryWanted = true;
  #retryCheckedAt = -Infinity;
  /** How many events the last batch that read any read: many mean writes in bulk (see bulkGatherMs). */
  #lastBatch = 0;
  readonly #log: LogWindow;

  constructor(
    private readonly db: Kysely<EventStoreTables>,
    private readonly options: SubscriptionOptions,
  ) {
    this.#log = logWindowOf(db);
  }

  get checkpoint(): Checkpoint | undefined {
    return this.#checkpoint;
  }

  async start(): Promise<void> {
    if (this.#running) return;
    const { connectionString, onError } = this.options;
    if (connectionString) {
      this.#listener = new AppendListener(connectionString, () => this.#wake.signal(), onError);
      await this.#listener.start();
    }
    this.#running = this.#loop();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#stop();
    this.#wake.signal();
    await this.#listener?.stop();
    await this.#running;
    // A read ahead still running holds one of the pool's connections: it is given back first.
    await this.#ahead?.read.catch(() => {});
    this.#ahead = undefined;
  }

  async #loop(): Promise<void> {
    const { consumer, batchSize = 500, pollIntervalMs = 1000, onError = () => {} } = this.options;
    let started = -Infinity;
    while (!this.#stopped) {
      try {
        // A pause, not a wait for NOTIFY: the appends it lets in are what it waits for.
        const since = performance.now() - started;
        const gather = gatherAfter(this.#lastBatch, batchSize, this.options);
        if (since < gather) await Promise.race([sleep(gather - since), this.#stopping]);
        started = performance.now();
        this.#checkpoint ??= await loadCheckpoint(this.db, consumer);
        if (this.#retryWanted) {
          this.#retryWanted = false;
          await this.#retryParked(this.#checkpoint, batchSize);
        }
        const full = await this.#processBatch(this.#checkpoint, batchSize);
        if (full) continue;
      } catch (error) {
        onError(error);
        // Start again from what is stored: another instance may have moved it.
        this.#checkpoint = undefined;
        this.#ahead = undefined;
        this.#retryWanted = true;
      }
      await this.#wake.wait(pollIntervalMs);
    }
  }

  /**
   * Returns true when the batch was full, so there may be more to read at once.
   *
   * A batch is applied whole, in one statement after another: the usual case costs no savepoint.
   * Should it fail, or should one of its streams have a parked event, it is applied again in a
   * transaction of its own by applyIsolating, which sets aside what cannot be applied.
   */
  async #processBatch(from: Checkpoint, limit: number): Promise<boolean> {
    const { consumer, settings, isTransient = isTransientError } = this.options;
    // A consumer that wants the events reads them at once; only one that wants none pays for
    // the look at the log's end and the transaction that passes over.
    if (this.options.wanted && !(await this.options.wanted(this.db))) {
      const passed = await this.#passOver(from);
      if (passed === 'idle') return this.#idle();
      if (passed) {
        this.#ahead = undefined;
        this.#checkpoint = passed;
        return false;
      }
    }
    const ahead = this.#ahead;
    this.#ahead = undefined;
    const got = ahead && sameCheckpoint(ahead.from, from) ? await ahead.read : await this.#log.read(from, limit);
    if (got.events.length === 0) return this.#idle();
    const full = got.events.length === limit;
    // An empty read, which follows most batches under load, leaves the last batch's count be.
    this.#lastBatch = got.events.length;
    const batch = full ? wholeTransactions(got) : got;
    if (full) {
      const read = this.#log.read(batch.checkpoint, limit);
      read.catch(() => {}); // a failed read ahead fails the batch that uses it, which starts again
      this.#ahead = { from: batch.checkpoint, read };
    }
    const streamIds = batch.events.map((e) => e.streamId);
    let parked: readonly SetAside[] = [];
    try {
      await this.db.transaction().execute(async (tx) => {
        const claimed = await claimCheckpoint(tx, consumer, from, { streamIds, settings });
        this.#retryWanted ||= claimed.retryRequested;
        if (claimed.blocked.size > 0) throw new BatchFailed();
        await this.#apply(batch.events, tx).catch((error: unknown) => {
          throw isTransient(error) ? error : new BatchFailed(error);
        });
        await storeCheckpoint(tx, consumer, from, batch.checkpoint);
      });
    } catch (error) {
      if (!(error instanceof BatchFailed)) throw error;
      parked = await this.db.transaction().execute(async (tx) => {
        const { blocked } = await claimCheckpoint(tx, consumer, from, { streamIds, settings });
        const { setAside } = await applyIsolating(tx, batch.events, this.#apply, { blocked, isTransient });
        await parkEvents(tx, consumer, setAside);
        await storeCheckpoint(tx, consumer, from, batch.checkpoint);
        return setAside;
      });
    }
    this.#checkpoint = batch.checkpoint;
    if (parked.length > 0) this.options.onParked?.(parked);
    return full;
  }

  /**
   * Idle, no batch learns of a retry asked for meanwhile: it is looked for here, at most once per
   * poll interval (an empty read follows most batches under load).
   */
  async #idle(): Promise<false> {
    if (performance.now() - this.#retryCheckedAt >= (this.options.pollIntervalMs ?? 1000)) {
      this.#retryCheckedAt = performance.now();
      this.#retryWanted = (await pendingRetries(this.db, this.options.consumer)) > 0;
    }
    return false;
  }

  /**
   * Moves the checkpoint to the end of the log, events unread, if the consumer still wants none
   * (see `wanted`): where it stands after; 'idle' when there is nothing past the checkpoint to
   * read or pass over (a read now would find none either); undefined when the consumer wants
   * the events after all, to be read as usual.
   */
  async #passOver(from: Checkpoint): Promise<Checkpoint | 'idle' | undefined> {
    const { consumer, settings, wanted } = this.options;
    const end = await logEnd(this.db, from);
    if (sameCheckpoint(end, from)) return 'idle';
    return this.db.transaction().execute(async (tx) => {
      const claimed = await claimCheckpoint(tx, consumer, from, { settings });
      this.#retryWanted ||= claimed.retryRequested;
      if (await wanted!(tx)) return undefined;
      await storeCheckpoint(tx, consumer, from, end);
      return end;
    });
  }

  /** Upcasting is part of applying: an event no upcaster can read is parked like any other failure. */
  #apply = async (events: readonly RecordedEvent[], tx: Transaction<EventStoreTables>) => {
    const { handle, upcast } = this.options;
    await handle(upcast ? events.map(upcast) : events, tx);
  };

  /**
   * Applies again the parked events a retry was asked for, a batch of streams at a time, each
   * stream's in order. Holds the checkpoint row meanwhile without moving it, as a batch does.
   */
  async #retryParked(from: Checkpoint, limit: number): Promise<void> {
    const { consumer } = this.options;
    while (!this.#stopped && (await pendingRetries(this.db, consumer)) > 0) {
      const outcome = await this.db.transaction().execute(async (tx) => {
        await claimCheckpoint(tx, consumer, from, { settings: this.options.settings });
        const events = await takeForRetry(tx, consumer, limit);
        if (events.length === 0) return undefined;
        const result = await applyIsolating(tx, events, this.#apply, { isTransient: this.options.isTransient });
        await settleRetry(tx, consumer, result.applied, result.setAside);
        return result;
      });
      if (!outcome) return;
      if (outcome.applied.length > 0) this.options.onRetried?.(outcome.applied);
      if (outcome.setAside.length > 0) this.options.onParked?.(outcome.setAside);
    }
  }
}

function sameCheckpoint(a: Checkpoint, b: Checkpoint): boolean {
  return a.transactionId === b.transactionId && a.globalPosition === b.globalPosition;
}

/** A wake-up that is never lost: a signal given while nobody waits is kept for the next wait. */
export class Wake {
  #pending = false;
  #resolve: (() => void) | undefined;

  signal(): void {
    if (this.#resolve) this.#resolve();
    else this.#pending = true;
  }

  wait(timeoutMs: number): Promise<void> {
    if (this.#pending) {
      this.#pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      // eslint-disable-next-line @typescript-eslint/no-this-alias -- done is declared below the timer that calls it
      const self = this;
      function done() {
        clearTimeout(timer);
        self.#resolve = undefined;
        resolve();
      }
      this.#resolve = done;
    });
  }
}

/**
 * The least time between the start of a batch and the next, after one that read `events`: none
 * after a full batch (catching up), bulkGatherMs after one of bulkEvents or more, else gatherMs.
 */
export function gatherAfter(
  events: number,
  batchSize: number,
  { gatherMs = 0, bulkGatherMs = gatherMs, bulkEvents = 200 }: Pick<SubscriptionOptions, 'gatherMs' | 'bulkGatherMs' | 'bulkEvents'>,
): number {
  if (events >= batchSize) return 0;
  return events >= bulkEvents ? bulkGatherMs : gatherMs;
}

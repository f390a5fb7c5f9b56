import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import {
  type EventStore,
  type EventStoreTables,
  Exclusive,
  type ExclusiveTurn,
  isTransientError,
  LockShare,
  type RecordedEvent,
  type SetAside,
  START,
  Subscription,
} from '#event-store';
import type { Projection } from './projection.js';
import { checkSliceLayout, type Slice, SliceLayoutError, sliceConsumer, slicesOf } from './slices.js';

/**
 * Up to this many events per transaction: a projector catching up spends less of each batch on
 * round trips and commits, and one that is up to date reads what there is.
 */
export const DEFAULT_BATCH_SIZE = 5000;

/**
 * The least time between two batches: a projector kept busy by a stream of writes applies them
 * some at a time rather than one or two per transaction (see the event store's Subscription).
 */
export const DEFAULT_GATHER_MS = 50;

/**
 * The least time between two batches while writes come in bulk (a batch of 200 events or more
 * that did not fill up): an import's events are projected in fewer, larger batches, each paying
 * its queries, its commit and its facts' rewrites once, while a reader of its own write waits up
 * to this long meanwhile. Against 50 ms, 250 ms took about 8% off the CPU of an import and its
 * projections, and 500 ms ran about 8% more rows a second than 250 (README, "Benchmarks").
 */
export const DEFAULT_BULK_GATHER_MS = 500;

export interface RunnerOptions {
  readonly connectionString: string;
  readonly batchSize?: number;
  readonly pollIntervalMs?: number;
  /** The least time between two batches, in bulk too (in place of DEFAULT_BULK_GATHER_MS); see the event store's Subscription. */
  readonly gatherMs?: number;
  /** How often a standby asks for the lock. */
  readonly standbyRetryMs?: number;
  /** The slice to apply, of a projection split by fact; the whole projection when absent. */
  readonly slice?: Slice;
  /** Shared by the runners of one projection's slices in a process, so that processes share the slices out. */
  readonly share?: LockShare;
  readonly onError?: (error: unknown) => void;
  /** Told of events the projection could not apply, as they are parked (see the event store's Subscription). */
  readonly onParked?: (events: readonly SetAside[]) => void;
  /** Told of parked events a retry applied. */
  readonly onRetried?: (events: readonly RecordedEvent[]) => void;
}

/** Where a runner's reports go: a Nest logger is one. */
export interface RunnerLog {
  error(message: string): void;
  warn(message: string): void;
  log(message: string): void;
}

/** A runner's errors, the events it parks and those a retry applies, as log lines naming its consumer. */
export function reportTo(log: RunnerLog, consumer: string): Pick<RunnerOptions, 'onError' | 'onParked' | 'onRetried'> {
  return {
    onError: (error) => log.error(`projection ${consumer}: ${error instanceof Error ? error.message : String(error)}`),
    onParked: (events) => {
      for (const { event, error } of events)
        log.warn(`projection ${consumer}: parked ${event.type} at position ${event.globalPosition} (stream ${event.streamId}): ${error}`);
    },
    onRetried: (events) => log.log(`projection ${consumer}: a retry applied ${events.length} parked event(s)`),
  };
}

/**
 * Runs one projection, or one slice of one, in at most one process at a time: the active instance
 * holds a session advisory lock (one per slice) on a connection of its own; the others wait as
 * standbys and take over when that connection goes away (the process died, or was stopped). The
 * checkpoint's compare-and-set makes a double run harmless even in the moment between.
 */
export class ProjectionRunner {
  readonly #exclusive: Exclusive;
  /** The checkpoint's name: the projection's, or its slice's. */
  readonly consumer: string;

  constructor(
    private readonly db: Kysely<any>,
    private readonly store: EventStore,
    private readonly projection: Projection,
    private readonly options: RunnerOptions,
  ) {
    const { slice } = options;
    if (slice && slice.count > 1 && !projection.sliceable) throw new Error(`${projection.name} cannot be split into slices`);
    this.consumer = sliceConsumer(projection.name, slice);
    this.#exclusive = new Exclusive(
      {
        connectionString: options.connectionString,
        lock: `factlog-projection:${this.consumer}`,
        applicationName: `factlog-projector:${this.consumer}`,
        ...(options.standbyRetryMs !== undefined ? { standbyRetryMs: options.standbyRetryMs } : {}),
        ...(options.onError ? { onError: options.onError } : {}),
        ...(options.share ? { share: options.share } : {}),
      },
      (turn) => this.#whileActive(turn),
    );
  }

  get active(): boolean {
    return this.#exclusive.active;
  }

  start(): void {
    this.#exclusive.start();
  }

  async stop(): Promise<void> {
    await this.#exclusive.stop();
  }

  async #whileActive(turn: ExclusiveTurn): Promise<void> {
    const { slice, onError = () => {} } = this.options;
    let refused: SliceLayoutError | undefined;
    let checked = false;
    const subscription = new Subscription(this.db as Kysely<EventStoreTables>, {
      consumer: this.consumer,
      connectionString: this.options.connectionString,
      batchSize: this.options.batchSize ?? DEFAULT_BATCH_SIZE,
      pollIntervalMs: this.options.pollIntervalMs ?? 1000,
      gatherMs: this.options.gatherMs ?? DEFAULT_GATHER_MS,
      bulkGatherMs: this.options.gatherMs ?? DEFAULT_BULK_GATHER_MS,
      upcast: this.store.upcast,
      // A refusal is reported once, below, rather than at every poll.
      onError: (error) => (error instanceof SliceLayoutError ? (refused = error) : onError(error)),
      onParked: this.options.onParked,
      onRetried: this.options.onRetried,
      // A read model can always be derived again from the log, and its checkpoint commits with
      // it: if the server crashes before a batch reaches the disk, the batch and its checkpoint
      // are lost together and applied again. So a batch does not wait for its commit to be
      // flushed; the log's own appends still do.
      // And its statements run without JIT: a batch joins thousands of valid-time ranges, whose
      // estimated cost passes the JIT thresholds, and a server built with LLVM then spends about
      // a second compiling each such statement to save milliseconds running it.
      settings: { synchronous_commit: 'off', jit: 'off' },
      // A read model built in another number of slices fails the batch, parking nothing.
      isTransient: (error) => error instanceof SliceLayoutError || isTransientError(error),
      handle: async (events, tx) => {
        // Checked at the first batch of each turn and whenever the checkpoint is new: a read model
        // rebuilt in another number of slices meanwhile drops this slice's checkpoint, which sends
        // the subscription back to the start of the log, and so here again before it applies a thing.
        if (!checked || subscription.checkpoint?.globalPosition === START.globalPosition) {
          await checkSliceLayout(tx, this.projection.name, slice);
          checked = true;
        }
        await this.projection.apply(events, tx, slice);
      },
    });
    await subscription.start();
    while (!turn.stopping && !refused) await sleep(100);
    await subscription.stop();
    // Given up, to look again after the standby's wait: the read model may have been rebuilt.
    if (refused) onError(refused);
  }
}

/**
 * The runners of a process for these projections: one per slice of each that can be split into
 * `slices` (the others run whole). A process's runners of one projection share a LockShare, so
 * that several processes share its slices out; each process starts looking at a slice of its
 * own choosing, so that processes starting together do not all reach for the same one first.
 */
export function projectionRunners(
  db: Kysely<any>,
  store: EventStore,
  projections: readonly Projection[],
  slices: number,
  /** The options of a runner, given its projection and its consumer name (the slice's, when split). */
  options: (projection: Projection, consumer: string) => Omit<RunnerOptions, 'slice' | 'share'>,
): ProjectionRunner[] {
  return projections.flatMap((projection) => {
    const count = projection.sliceable ? slices : 1;
    // One lock, nothing to share out: no connection spent showing the process to the others.
    const share = count > 1 ? new LockShare(`${projection.name}/${count}`) : undefined;
    const first = Math.floor(Math.random() * count);
    return slicesOf(count).map((_, i) => {
      const slice = { index: (first + i) % count, count };
      return new ProjectionRunner(db, store, projection, { ...options(projection, sliceConsumer(projection.name, slice)), slice, ...(share ? { share } : {}) });
    });
  });
}

import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { type EventStore, type EventStoreTables, type RecordedEvent, type SetAside, Subscription } from '#event-store';
import type { Projection } from './projection.js';

/**
 * Up to this many events per transaction: a projector catching up spends less of each batch on
 * round trips and commits, and one that is up to date reads what there is.
 */
export const DEFAULT_BATCH_SIZE = 5000;

/**
 * The least time between two batches: a projector kept busy by a stream of writes applies them
 * some at a time rather than one or two per transaction (see the event store's Subscription).
 */
export const DEFAULT_GATHER_MS = 20;

export interface RunnerOptions {
  readonly connectionString: string;
  readonly batchSize?: number;
  readonly pollIntervalMs?: number;
  /** The least time between two batches; see the event store's Subscription. */
  readonly gatherMs?: number;
  /** How often a standby asks for the lock. */
  readonly standbyRetryMs?: number;
  readonly onError?: (error: unknown) => void;
  /** Told of events the projection could not apply, as they are parked (see the event store's Subscription). */
  readonly onParked?: (events: readonly SetAside[]) => void;
  /** Told of parked events a retry applied. */
  readonly onRetried?: (events: readonly RecordedEvent[]) => void;
}

/**
 * Runs one projection, in at most one process at a time: the active instance holds a session
 * advisory lock on a connection of its own; the others wait as standbys and take over when that
 * connection goes away (the process died, or was stopped). The checkpoint's compare-and-set
 * makes a double run harmless even in the moment between.
 */
export class ProjectionRunner {
  #stopped = false;
  #loop: Promise<void> | undefined;
  #active = false;

  constructor(
    private readonly db: Kysely<any>,
    private readonly store: EventStore,
    private readonly projection: Projection,
    private readonly options: RunnerOptions,
  ) {}

  get active(): boolean {
    return this.#active;
  }

  start(): void {
    this.#loop ??= this.#run();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    await this.#loop;
  }

  async #run(): Promise<void> {
    const { onError = () => {}, standbyRetryMs = 2000 } = this.options;
    while (!this.#stopped) {
      // Like the pool's connections, the lock's gives up on a server that does not answer, and
      // keepalives tell a connection gone silent, so a lost server is noticed and retried.
      const lock = new pg.Client({
        connectionString: this.options.connectionString,
        application_name: `factlog-projector:${this.projection.name}`,
        connectionTimeoutMillis: 5000,
        keepAlive: true,
      });
      let lost = false;
      lock.on('error', () => (lost = true));
      lock.on('end', () => (lost = true));
      try {
        await lock.connect();
        const { rows } = await lock.query<{ ok: boolean }>('select pg_try_advisory_lock(hashtextextended($1, 0)) as ok', [
          `factlog-projection:${this.projection.name}`,
        ]);
        if (rows[0]?.ok) await this.#whileActive(() => lost || this.#stopped);
      } catch (error) {
        onError(error);
      } finally {
        this.#active = false;
        await lock.end().catch(() => {});
      }
      if (!this.#stopped) await sleep(standbyRetryMs);
    }
  }

  async #whileActive(shouldStop: () => boolean): Promise<void> {
    this.#active = true;
    const subscription = new Subscription(this.db as Kysely<EventStoreTables>, {
      consumer: this.projection.name,
      connectionString: this.options.connectionString,
      batchSize: this.options.batchSize ?? DEFAULT_BATCH_SIZE,
      pollIntervalMs: this.options.pollIntervalMs ?? 1000,
      gatherMs: this.options.gatherMs ?? DEFAULT_GATHER_MS,
      upcast: this.store.upcast,
      onError: this.options.onError,
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
      handle: (events, tx) => this.projection.apply(events, tx),
    });
    await subscription.start();
    while (!shouldStop()) await sleep(100);
    await subscription.stop();
  }
}

import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { Subscription, type Upcast, Wake } from '#event-store';
import { dispatch, WEBHOOK_DISPATCHER } from './dispatcher.js';
import { pruneDelivered } from './retention.js';
import { type DeliveryDb, type DeliverySettings, WebhookSender } from './sender.js';

export interface DeliveryRunnerOptions {
  readonly connectionString: string;
  readonly settings: DeliverySettings;
  readonly upcast?: Upcast;
  /** How often a standby asks for the lock. */
  readonly standbyRetryMs?: number;
  readonly onError?: (error: unknown) => void;
}

/** How often the active process deletes delivered messages past their retention. */
const PRUNE_EVERY_MS = 3_600_000;

/** The advisory lock that makes one process, of all the APIs and projectors, the one that delivers. */
const LOCK = 'factlog-webhooks';

/**
 * Delivers webhooks in at most one process at a time, as the projection runner applies
 * projections: the active process holds a session advisory lock on a connection of its own, the
 * others stand by and take over when it goes. The active one runs the dispatcher (a consumer of
 * the log with its own checkpoint) and the sender. What a process was sending when it died is
 * still pending, and is sent by the next one: delivery is at least once.
 */
export class DeliveryRunner {
  #stopped = false;
  #loop: Promise<void> | undefined;
  #active = false;
  /** Wakes the loop at once: a message settled or queued. */
  readonly #wakeUp = new Wake();
  readonly #wake = () => this.#wakeUp.signal();

  constructor(
    private readonly db: DeliveryDb,
    private readonly options: DeliveryRunnerOptions,
  ) {}

  get active(): boolean {
    return this.#active;
  }

  start(): void {
    this.#loop ??= this.#run();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#wake();
    await this.#loop;
  }

  async #run(): Promise<void> {
    const { onError = () => {}, standbyRetryMs = 2000 } = this.options;
    while (!this.#stopped) {
      const lock = new pg.Client({
        connectionString: this.options.connectionString,
        application_name: 'factlog-webhooks',
        connectionTimeoutMillis: 5000,
        keepAlive: true,
      });
      let lost = false;
      lock.on('error', () => (lost = true));
      lock.on('end', () => (lost = true));
      try {
        await lock.connect();
        const { rows } = await lock.query<{ ok: boolean }>('select pg_try_advisory_lock(hashtextextended($1, 0)) as ok', [LOCK]);
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
    const { settings, onError = () => {} } = this.options;
    // A deferred message looks again shortly: the fact views are usually a few milliseconds behind.
    const sender = new WebhookSender(this.db, settings, onError, (outcome) => (outcome === 'settled' ? this.#wake() : setTimeout(this.#wake, 25)));
    const dispatcher = new Subscription(this.db, {
      consumer: WEBHOOK_DISPATCHER,
      connectionString: this.options.connectionString,
      batchSize: 500,
      pollIntervalMs: 1000,
      // Under a stream of writes every append would wake it for a batch of its own, each paying
      // its reads and its commit beside the writers; a receiver can wait a tenth of a second.
      gatherMs: 100,
      ...(this.options.upcast ? { upcast: this.options.upcast } : {}),
      onError,
      handle: async (events, tx) => {
        // The batch commits just after this returns: the sender looks a moment later, and again
        // a little after in case the commit took longer.
        if ((await dispatch(events, tx)) > 0) for (const ms of [10, 60]) setTimeout(this.#wake, ms);
      },
    });
    await dispatcher.start();
    let prunedAt = -Infinity;
    try {
      while (!shouldStop()) {
        if (performance.now() - prunedAt >= PRUNE_EVERY_MS) {
          prunedAt = performance.now();
          await pruneDelivered(this.db, settings.retentionDays).catch(onError);
        }
        await sender.tick().catch(onError);
        await this.#wakeUp.wait(settings.pollIntervalMs);
      }
    } finally {
      await sender.stop();
      await dispatcher.stop();
    }
  }
}

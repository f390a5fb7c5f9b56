import { Exclusive, type ExclusiveTurn, Subscription, type Upcast, Wake } from '#event-store';
import { dispatch, hasSubscriptions, WEBHOOK_DISPATCHER } from './dispatcher.js';
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
  readonly #exclusive: Exclusive;
  /** Wakes the loop at once: a message settled or queued. */
  readonly #wakeUp = new Wake();
  readonly #wake = () => this.#wakeUp.signal();

  constructor(
    private readonly db: DeliveryDb,
    private readonly options: DeliveryRunnerOptions,
  ) {
    this.#exclusive = new Exclusive(
      {
        connectionString: options.connectionString,
        lock: LOCK,
        applicationName: 'factlog-webhooks',
        ...(options.standbyRetryMs !== undefined ? { standbyRetryMs: options.standbyRetryMs } : {}),
        ...(options.onError ? { onError: options.onError } : {}),
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
    const stopped = this.#exclusive.stop();
    this.#wake();
    await stopped;
  }

  async #whileActive(turn: ExclusiveTurn): Promise<void> {
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
      // With no subscription there is nobody to queue an event for: the log is passed over
      // unread (a subscription created later gets what comes after it, as it would anyway).
      wanted: hasSubscriptions,
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
      while (!turn.stopping) {
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

import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import pg from 'pg';

/** The channel on which appends are announced. The payload carries nothing: readers re-read. */
export const EVENTS_CHANNEL = 'factlog_events';

/**
 * Announces standalone appends after they commit. The first append after a quiet spell is
 * announced at once; during a burst, at most one notification goes out per `intervalMs`, so a
 * burst of writes costs a few round trips, not one each, and readers wake at most that much
 * later. A notification that is lost (the process dies first) only delays readers until their
 * next poll.
 */
export class AppendNotifier {
  #inFlight: Promise<void> | undefined;
  #pending = false;

  constructor(
    private readonly db: Kysely<any>,
    private readonly onError: (error: unknown) => void = () => {},
    // No more often than the log's readers start batches under load (the projector's at least
    // 50 ms apart, webhook delivery's 100): woken more often they would only find less to read.
    private readonly intervalMs = 20,
  ) {}

  appended(): void {
    if (this.#inFlight) {
      this.#pending = true;
      return;
    }
    this.#inFlight = this.#send();
  }

  /** Resolves when no notification is on its way. */
  async flush(): Promise<void> {
    while (this.#inFlight) await this.#inFlight;
  }

  async #send(): Promise<void> {
    try {
      do {
        this.#pending = false;
        await sql`select pg_notify(${EVENTS_CHANNEL}, '')`.execute(this.db);
        await sleep(this.intervalMs);
      } while (this.#pending);
    } catch (error) {
      this.onError(error);
    } finally {
      this.#inFlight = undefined;
    }
  }
}

/**
 * A dedicated connection that LISTENs for appends (LISTEN cannot share a pooled connection).
 * It reconnects by itself after a failure; while it is down, consumers rely on polling.
 */
export class AppendListener {
  #client: pg.Client | undefined;
  #closed = false;
  #retry: NodeJS.Timeout | undefined;

  constructor(
    private readonly connectionString: string,
    private readonly onNotify: () => void,
    private readonly onError: (error: unknown) => void = () => {},
    private readonly reconnectDelayMs = 1000,
  ) {}

  async start(): Promise<void> {
    // A server that never answers (a host gone without a word) must not hold the listener
    // forever: the connection attempt gives up, and keepalives find a connection gone silent.
    const client = new pg.Client({ connectionString: this.connectionString, connectionTimeoutMillis: 5000, keepAlive: true });
    client.on('notification', (msg) => {
      if (msg.channel === EVENTS_CHANNEL) this.onNotify();
    });
    client.on('error', (error) => this.#lost(client, error));
    client.on('end', () => this.#lost(client, undefined));
    try {
      await client.connect();
      await client.query(`listen ${EVENTS_CHANNEL}`);
      this.#client = client;
      // Anything appended while we were not listening would otherwise wait for a poll.
      this.onNotify();
    } catch (error) {
      this.#lost(client, error);
    }
  }

  async stop(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#retry);
    const client = this.#client;
    this.#client = undefined;
    await client?.end().catch(() => {});
  }

  #lost(client: pg.Client, error: unknown): void {
    const wasListening = this.#client === client;
    if (wasListening) this.#client = undefined;
    if (this.#closed || this.#retry) return;
    // Whoever waits for an append looks at the database now, rather than at its next poll: a
    // connection lost to a restart is as good as a missed notification, and a reader whose
    // database has gone away learns it at once (an open change-feed stream then ends, and its
    // client reconnects from its last event).
    if (wasListening) this.onNotify();
    if (error) this.onError(error);
    client.removeAllListeners();
    client.on('error', () => {});
    void client.end().catch(() => {});
    this.#retry = setTimeout(() => {
      this.#retry = undefined;
      if (!this.#closed) void this.start();
    }, this.reconnectDelayMs);
  }
}

import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

/**
 * Locks a process holds of one kind (the slices of one projection, say), so that a process
 * already holding some lets one holding fewer take a free lock first; see ExclusiveOptions.share.
 */
export class LockShare {
  held = 0;
}

export interface ExclusiveOptions {
  readonly connectionString: string;
  /** The lock's name; hashed to the session advisory lock's key. */
  readonly lock: string;
  /** Names the lock's connection in pg_stat_activity. */
  readonly applicationName: string;
  /** How often a standby looks at the lock again. */
  readonly standbyRetryMs?: number;
  readonly onError?: (error: unknown) => void;
  /**
   * Shared by the locks of one kind in this process: holding h of them, the process takes a free
   * one only after seeing it free at h + 1 looks in a row (one look at once when it holds none),
   * so that of several processes the one holding fewest takes it and the locks spread evenly.
   */
  readonly share?: LockShare;
}

/** What the work is told: whether it should return (the lock was lost, or stop was called). */
export interface ExclusiveTurn {
  readonly stopping: boolean;
}

/**
 * Runs `work` in at most one process at a time: while it holds a session advisory lock on a
 * connection of its own. The others stand by, looking again every `standbyRetryMs`, and take
 * over when that connection goes away (the process died, was stopped, or lost its server). The
 * work must return soon after `turn.stopping` turns true; whatever it does must stay harmless
 * if done twice in the moment between (a checkpoint's compare-and-set, say).
 */
export class Exclusive {
  #stopped = false;
  #loop: Promise<void> | undefined;
  #active = false;

  constructor(
    private readonly options: ExclusiveOptions,
    private readonly work: (turn: ExclusiveTurn) => Promise<void>,
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
    const { onError = () => {}, standbyRetryMs = 2000, share } = this.options;
    let freeLooks = 0;
    while (!this.#stopped) {
      // Like the pool's connections, the lock's gives up on a server that does not answer, and
      // keepalives tell a connection gone silent, so a lost server is noticed and retried.
      const lock = new pg.Client({
        connectionString: this.options.connectionString,
        application_name: this.options.applicationName,
        connectionTimeoutMillis: 5000,
        keepAlive: true,
      });
      let lost = false;
      lock.on('error', () => (lost = true));
      lock.on('end', () => (lost = true));
      let reserved = false;
      try {
        await lock.connect();
        if ((share?.held ?? 0) > 0) {
          const { rows } = await lock.query<{ free: boolean }>(FREE, [this.options.lock]);
          freeLooks = rows[0]?.free ? freeLooks + 1 : 0;
        }
        // Read again after the look: the process's other locks may have been taken meanwhile.
        const held = share?.held ?? 0;
        if (held === 0 || freeLooks > held) {
          // Counted before the answer, so that the process's other locks looking meanwhile wait.
          if (share) share.held++;
          reserved = true;
          const { rows } = await lock.query<{ ok: boolean }>('select pg_try_advisory_lock(hashtextextended($1, 0)) as ok', [this.options.lock]);
          freeLooks = 0;
          if (rows[0]?.ok) {
            this.#active = true;
            const isStopping = () => lost || this.#stopped;
            await this.work({
              get stopping() {
                return isStopping();
              },
            });
          }
        }
      } catch (error) {
        onError(error);
      } finally {
        this.#active = false;
        if (reserved && share) share.held--;
        await lock.end().catch(() => {});
      }
      if (!this.#stopped) await sleep(standbyRetryMs);
    }
  }
}

/** Whether nobody holds the advisory lock of this name (a bigint key shows as two oids, objsubid 1). */
const FREE = `
  select not exists (
    select 1 from pg_locks, (select hashtextextended($1, 0) as key) k
    where locktype = 'advisory' and objsubid = 1 and granted
      and classid = ((k.key >> 32) & 4294967295)::oid and objid = (k.key & 4294967295)::oid
  ) as free`;

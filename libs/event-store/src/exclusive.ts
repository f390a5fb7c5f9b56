import { randomInt } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

/**
 * The locks of one kind (the slices of one projection, say) that one process runs, so that the
 * processes running them share them out evenly. Each process shows itself to the others while
 * any of its locks runs: a connection of its own (and each of its lock connections) holds a
 * shared advisory lock named by the kind and the process's token. From those, every process
 * sees how many locks of the kind each process holds, none included: it takes a free lock only
 * while no other process holds fewer, and gives one up while it holds two more than the process
 * holding fewest. See ExclusiveOptions.share.
 */
export class LockShare {
  /** Locks of the kind this process holds, or is about to. */
  held = 0;
  /** The names of the kind's locks, as the Exclusives sharing this give them. */
  readonly names = new Set<string>();
  /** This process among those sharing the kind's locks. */
  readonly token = randomInt(1, 2 ** 31 - 1);
  /** One lock of this process is being given up: the others wait for it before giving up another. */
  releasing = false;
  #running = 0;
  #presence: pg.Client | undefined;
  #opening: Promise<void> | undefined;

  /** `kind` names the locks on the server: every process sharing them out gives the same. */
  constructor(readonly kind: string) {}

  /** An Exclusive sharing this starts: the process shows itself from now on. */
  joined(): void {
    this.#running++;
  }

  /** An Exclusive sharing this has ended: with the last, the process stops showing itself. */
  async left(): Promise<void> {
    if (--this.#running > 0) return;
    await this.#opening;
    const presence = this.#presence;
    this.#presence = undefined;
    await presence?.end().catch(() => {});
  }

  /** Shows this process to the others, on a connection of its own, unless it already does. */
  async show(connectionString: string): Promise<void> {
    if (this.#running === 0 || this.#presence) return;
    this.#opening ??= (async () => {
      const client = new pg.Client({ connectionString, application_name: `factlog-share:${this.kind}`, connectionTimeoutMillis: 5000, keepAlive: true });
      // A connection lost is opened again at the next look of any of the process's locks.
      const gone = () => {
        if (this.#presence === client) this.#presence = undefined;
      };
      client.on('error', gone);
      client.on('end', gone);
      try {
        await client.connect();
        await client.query(JOIN, [this.kind, this.token]);
        if (this.#running > 0) this.#presence = client;
        else await client.end();
      } catch {
        await client.end().catch(() => {});
      }
    })().finally(() => (this.#opening = undefined));
    await this.#opening;
  }
}

export interface ExclusiveOptions {
  readonly connectionString: string;
  /** The lock's name; hashed to the session advisory lock's key. */
  readonly lock: string;
  /** Names the lock's connection in pg_stat_activity. */
  readonly applicationName: string;
  /** How often a standby looks at the lock again, and a holder at how the locks are shared. */
  readonly standbyRetryMs?: number;
  readonly onError?: (error: unknown) => void;
  /**
   * Shared by the locks of one kind in this process. Holding h of them, the process takes a
   * free one only after seeing it free at h + 1 looks in a row (one look at once when it holds
   * none), and only while no other process holds fewer; it gives one up while it holds two more
   * than the process holding fewest (a process holding none included). So the locks spread
   * evenly, a process that joins gets its share, and when one goes, the one holding fewest
   * takes its locks first.
   */
  readonly share?: LockShare;
}

/** What the work is told: whether it should return (the lock was lost, stop was called, or it is given up). */
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
  ) {
    options.share?.names.add(options.lock);
  }

  get active(): boolean {
    return this.#active;
  }

  start(): void {
    if (this.#loop) return;
    const { share } = this.options;
    share?.joined();
    this.#loop = this.#run().finally(() => share?.left());
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
      let givingUp = false;
      lock.on('error', () => (lost = true));
      lock.on('end', () => (lost = true));
      let reserved = false;
      try {
        await lock.connect();
        let fewestOthers = Infinity;
        if (share) {
          await share.show(this.options.connectionString);
          if (share.held > 0) {
            const { rows } = await lock.query<{ free: boolean }>(FREE, [this.options.lock]);
            freeLooks = rows[0]?.free ? freeLooks + 1 : 0;
            if (freeLooks > 0) fewestOthers = Math.min(...(await holdings(lock, share)).filter((h) => h.process !== share.token).map((h) => h.held));
          }
        }
        // Read again after the look: the process's other locks may have been taken meanwhile.
        const held = share?.held ?? 0;
        if (held === 0 || (freeLooks > held && fewestOthers >= held)) {
          // Counted before the answer, so that the process's other locks looking meanwhile wait.
          if (share) share.held++;
          reserved = true;
          // A lock this connection takes counts as this process's: it shows itself here too.
          if (share) await lock.query(JOIN, [share.kind, share.token]);
          const { rows } = await lock.query<{ ok: boolean }>('select pg_try_advisory_lock(hashtextextended($1, 0)) as ok', [this.options.lock]);
          freeLooks = 0;
          if (rows[0]?.ok) {
            this.#active = true;
            const isStopping = () => lost || givingUp || this.#stopped;
            const done = new AbortController();
            const watching = share ? this.#watch(lock, share, done.signal, () => (givingUp = true)) : undefined;
            try {
              await this.work({
                get stopping() {
                  return isStopping();
                },
              });
            } finally {
              done.abort();
              await watching;
            }
          }
        }
      } catch (error) {
        onError(error);
      } finally {
        this.#active = false;
        if (reserved && share) share.held--;
        await lock.end().catch(() => {});
        if (givingUp && share) share.releasing = false;
      }
      if (!this.#stopped) await sleep(standbyRetryMs);
    }
  }

  /** While the work runs: gives the lock up once this process holds two more than the process holding fewest. */
  async #watch(lock: pg.Client, share: LockShare, done: AbortSignal, giveUp: () => void): Promise<void> {
    const { standbyRetryMs = 2000 } = this.options;
    while (!done.aborted) {
      await sleep(standbyRetryMs, undefined, { signal: done }).catch(() => {});
      if (done.aborted || share.releasing) continue;
      const counts = await holdings(lock, share).catch(() => undefined);
      if (!counts || done.aborted || share.releasing) continue;
      const mine = counts.find((h) => h.process === share.token)?.held ?? share.held;
      if (mine >= Math.min(...counts.map((h) => h.held)) + 2) {
        share.releasing = true;
        giveUp();
        return;
      }
    }
  }
}

/** How many of the kind's locks each process showing itself holds (none included). */
async function holdings(lock: pg.Client, share: LockShare): Promise<Array<{ process: number; held: number }>> {
  const { rows } = await lock.query<{ process: string; held: number }>(HOLDINGS, [share.kind, [...share.names]]);
  return rows.map((r) => ({ process: Number(r.process), held: r.held }));
}

/** A process shows itself by this shared lock: two int4 keys, the kind's hash and the process's token (objsubid 2). */
const JOIN = 'select pg_advisory_lock_shared(hashtext($1), $2::int)';

/** The processes showing themselves for a kind, each with how many of its locks (by name) their connections hold. */
const HOLDINGS = `
  with member as (
    select distinct l.pid, l.objid::bigint as process from pg_locks l
    where l.locktype = 'advisory' and l.objsubid = 2 and l.granted and l.mode = 'ShareLock'
      and l.classid = (hashtext($1)::bigint & 4294967295)::oid
  ), holder as (
    select l.pid from pg_locks l, (select hashtextextended(n, 0) as key from unnest($2::text[]) as n) k
    where l.locktype = 'advisory' and l.objsubid = 1 and l.granted and l.mode = 'ExclusiveLock'
      and l.classid = ((k.key >> 32) & 4294967295)::oid and l.objid = (k.key & 4294967295)::oid
  )
  select m.process, count(h.pid)::int as held from member m left join holder h on h.pid = m.pid group by m.process`;

/** Whether nobody holds the advisory lock of this name (a bigint key shows as two oids, objsubid 1). */
const FREE = `
  select not exists (
    select 1 from pg_locks, (select hashtextextended($1, 0) as key) k
    where locktype = 'advisory' and objsubid = 1 and granted
      and classid = ((k.key >> 32) & 4294967295)::oid and objid = (k.key & 4294967295)::oid
  ) as free`;

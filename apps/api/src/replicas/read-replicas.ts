import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { type Kysely, sql } from 'kysely';
import { Counter } from 'prom-client';
import { connect, DATABASE, isDatabaseUnavailable } from '#database';
import { headPosition } from '#event-store';
import type { AppDb, Database } from '../schema.js';

/** Injection token of the replicas' connection strings (DATABASE_READ_URLS); empty without replicas. */
export const READ_URLS = Symbol('READ_URLS');

/** How often every replica is asked whether it answers: one out of rotation is back within this of answering. */
const PROBE_EVERY_MS = 2000;
/** A probe or a lag query that takes longer than this counts as no answer. */
const ANSWER_WITHIN_MS = 1500;

/** Errors of a replica that the primary would not give: serialization failure (a recovery conflict), undefined table, column, function. */
const PASSING = new Set(['40001', '42P01', '42703', '42883']);

export interface Replica {
  /** host:port of its URL (never the credentials): how /v1/projections and /metrics name it. */
  readonly name: string;
  readonly db: Kysely<Database>;
  /** In rotation: it answered its last probe and its last query. */
  healthy: boolean;
  downSince: Date | null;
}

/** How far a replica is behind the primary, as /v1/projections and /metrics show it. */
export interface ReplicaLag {
  readonly name: string;
  readonly healthy: boolean;
  readonly downSince: string | null;
  /** The highest position of the log the replica holds. */
  readonly headPosition: number | null;
  /** The primary's head of the log less the replica's. */
  readonly positionsBehind: number | null;
  /** WAL the primary has written that the replica has not replayed yet. */
  readonly replayLagBytes: number | null;
  /** 0 when the replica has replayed all it received; else the age of the last transaction it replayed. */
  readonly replayLagSeconds: number | null;
  /** The replica's copy of each projection: its checkpoint's position, and how far that is behind the primary's. */
  readonly projections: readonly { readonly name: string; readonly position: number | null; readonly positionsBehind: number | null }[];
}

/**
 * The API's read replicas (DATABASE_READ_URLS): a read pool per replica, handed out round-robin
 * among those in rotation. A replica leaves the rotation when a query or a probe finds it gone,
 * and comes back when a probe (every 2 s) gets an answer again. Its pools are read-only: writes
 * only ever go through DATABASE, the primary.
 */
@Injectable()
export class ReadReplicas implements OnModuleInit, OnApplicationShutdown {
  readonly #log = new Logger('ReadReplicas');
  readonly #replicas: Replica[];
  #next = 0;
  #timer: NodeJS.Timeout | undefined;
  #probing = false;
  /** Shut down: a probe still on its way says nothing of the replicas. */
  #closed = false;
  /** Reads routed through ReadSupport.reading, by where they were served ('primary' or a replica's name). */
  readonly reads = new Counter({
    name: 'factlog_read_requests_total',
    help: 'Reads of the read models, by the database that served them (primary, or a replica by host:port)',
    labelNames: ['served_by'],
    registers: [],
  });

  constructor(
    @Inject(DATABASE) private readonly primary: AppDb,
    @Inject(READ_URLS) urls: readonly string[],
  ) {
    const names = urls.map((url) => new URL(url).host || url);
    this.#replicas = urls.map((url, i) => ({
      // Two replicas on one host:port (different databases) keep apart by their place in the list.
      name: names.indexOf(names[i]!) === i ? names[i]! : `${names[i]}#${i + 1}`,
      db: connect<Database>(url, { applicationName: 'factlog-api-read', acquireTimeoutMs: 5000, connectTimeoutMs: 2000, readOnly: true }),
      healthy: true,
      downSince: null,
    }));
  }

  get configured(): boolean {
    return this.#replicas.length > 0;
  }

  onModuleInit(): void {
    if (!this.configured) return;
    this.#timer = setInterval(() => void this.#probe(), PROBE_EVERY_MS);
    this.#timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.#closed = true;
    clearInterval(this.#timer);
    await Promise.all(this.#replicas.map((r) => r.db.destroy()));
  }

  /** The next replica in rotation, or undefined when none is (the primary serves then). */
  pick(): Replica | undefined {
    const n = this.#replicas.length;
    for (let i = 0; i < n; i++) {
      const replica = this.#replicas[(this.#next + i) % n]!;
      if (replica.healthy) {
        this.#next = (this.#next + i + 1) % n;
        return replica;
      }
    }
    return undefined;
  }

  /**
   * Whether a read that failed on a replica should be served by the primary instead. The replica
   * leaves the rotation when it cannot be reached or will not let us in (a wrong password or
   * database name in DATABASE_READ_URLS). It stays when recovery cancelled the query (a conflict
   * with the WAL it replays, SQLSTATE 40001) or has not replayed a migration the primary has (a
   * table, column or function missing during an upgrade): those pass, and say nothing of its health.
   */
  failedOver(replica: Replica, error: unknown): boolean {
    const code = (error as { code?: unknown } | null)?.code;
    if (isDatabaseUnavailable(error) || (typeof code === 'string' && (code.startsWith('28') || code === '3D000'))) {
      this.#down(replica, error);
      return true;
    }
    return typeof code === 'string' && PASSING.has(code);
  }

  /** How far each replica, and its copy of each of the `projections`, is behind the primary; a replica out of rotation is not asked. */
  async lag(projections: readonly string[]): Promise<ReplicaLag[]> {
    if (!this.configured) return [];
    const [{ rows }, primaryHead, primaryCheckpoints] = await Promise.all([
      sql<{ lsn: string }>`select pg_current_wal_lsn()::text as lsn`.execute(this.primary),
      headPosition(this.primary),
      checkpointPositions(this.primary, projections),
    ]);
    const primaryLsn = rows[0]!.lsn;
    return Promise.all(
      this.#replicas.map(async (replica): Promise<ReplicaLag> => {
        const unknown = {
          headPosition: null,
          positionsBehind: null,
          replayLagBytes: null,
          replayLagSeconds: null,
          projections: projections.map((name) => ({ name, position: null, positionsBehind: null })),
        };
        if (replica.healthy) {
          try {
            const [row, head, checkpoints] = await within(
              Promise.all([
                sql<{ bytes: number | null; seconds: number | null }>`
                  select pg_wal_lsn_diff(${primaryLsn}::pg_lsn, pg_last_wal_replay_lsn())::float8 as bytes,
                         case when pg_last_wal_receive_lsn() is not distinct from pg_last_wal_replay_lsn() then 0
                              else extract(epoch from now() - pg_last_xact_replay_timestamp())::float8 end as seconds`.execute(replica.db),
                headPosition(replica.db),
                checkpointPositions(replica.db, projections),
              ]),
            );
            const lagged = row.rows[0]!;
            return {
              ...this.#state(replica),
              headPosition: head,
              positionsBehind: Math.max(0, primaryHead - head),
              // The replica may have replayed past the primary's position read a moment before.
              replayLagBytes: lagged.bytes === null ? null : Math.max(0, lagged.bytes),
              replayLagSeconds: lagged.seconds === null ? null : Math.max(0, lagged.seconds),
              projections: projections.map((name) => {
                const position = checkpoints.get(name) ?? null;
                const primaryPosition = primaryCheckpoints.get(name);
                return { name, position, positionsBehind: position === null || primaryPosition === undefined ? null : Math.max(0, primaryPosition - position) };
              }),
            };
          } catch (error) {
            if (isDatabaseUnavailable(error)) this.#down(replica, error);
          }
        }
        return { ...this.#state(replica), ...unknown };
      }),
    );
  }

  #state(replica: Replica) {
    return { name: replica.name, healthy: replica.healthy, downSince: replica.downSince?.toISOString() ?? null };
  }

  /** Asks every replica for an answer; puts back those that give one, takes out those that do not. */
  async #probe(): Promise<void> {
    if (this.#probing) return;
    this.#probing = true;
    try {
      await Promise.all(
        this.#replicas.map(async (replica) => {
          try {
            await within(sql`select 1`.execute(replica.db));
            if (!replica.healthy) {
              this.#log.log(`read replica ${replica.name} answers again: back in rotation`);
              replica.healthy = true;
              replica.downSince = null;
            }
          } catch (error) {
            this.#down(replica, error);
          }
        }),
      );
    } finally {
      this.#probing = false;
    }
  }

  #down(replica: Replica, error: unknown): void {
    if (!replica.healthy || this.#closed) return;
    replica.healthy = false;
    replica.downSince = new Date();
    const others = this.#replicas.some((r) => r.healthy) ? 'the other replicas serve its reads' : 'the primary serves the reads';
    this.#log.warn(`read replica ${replica.name} is out of rotation (${error instanceof Error ? error.message : String(error)}): ${others}`);
  }
}

/** Where each projection's checkpoint stands (by position), on one database. */
async function checkpointPositions(db: Kysely<Database>, projections: readonly string[]): Promise<Map<string, number>> {
  if (projections.length === 0) return new Map();
  const rows = await db
    .selectFrom('checkpoints')
    .select(['consumer', 'global_position'])
    .where('consumer', 'in', [...projections])
    .execute();
  return new Map(rows.map((r) => [r.consumer, Number(r.global_position)]));
}

/** The query's answer, or a failure once ANSWER_WITHIN_MS has passed (the query itself is left to end). */
function within<T>(query: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ANSWER_WITHIN_MS} ms`)), ANSWER_WITHIN_MS);
  });
  query.catch(() => {}); // a query that fails after the timeout is not an unhandled rejection
  return Promise.race([query, late]).finally(() => clearTimeout(timer));
}

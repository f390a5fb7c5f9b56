import type { Kysely } from 'kysely';
import { type AppendRow, appendPrepared, appendResult, type PreparedAppend } from './append.js';
import { appendBatch } from './append-many.js';
import type { EventStoreTables } from './tables.js';
import type { AppendResult } from './types.js';

interface Waiting {
  readonly append: PreparedAppend;
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (error: unknown) => void;
}

/** Appends sent in one group at most: a statement of bounded size, and a bounded wait. */
const GROUP_MAX = 64;

/**
 * Group commit of standalone appends. An append that finds no other on its way goes to the
 * server at once, alone; the appends that arrive while one is on its way wait for it and then go
 * together, in one statement (`factlog_append_batch`) and one transaction. Under load a burst of
 * writes then costs a round trip and a WAL flush per group rather than per append; when quiet,
 * nothing waits. Each append keeps its own outcome (a version conflict is that append's alone);
 * should the group fail as a whole (one append's error aborts the transaction), each of its
 * appends is sent again alone, so that each gets its own answer.
 */
export class GroupCommit {
  #waiting: Waiting[] = [];
  #sending = 0;

  constructor(
    private readonly db: Kysely<EventStoreTables>,
    /** Called after a group or a lone append committed at least one new event. */
    private readonly committed: () => void,
    /**
     * Groups on their way at once. One gives the largest groups, the least work per append for
     * a server short of CPU; more let a server with CPU to spare flush one group while it runs
     * the next.
     */
    private readonly inFlight = 1,
  ) {}

  append(append: PreparedAppend): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ append, resolve, reject });
      if (this.#sending < this.inFlight) void this.#send();
    });
  }

  async #send(): Promise<void> {
    this.#sending++;
    try {
      while (this.#waiting.length > 0) {
        const group = this.#waiting.splice(0, GROUP_MAX);
        if (group.length === 1) await this.#alone(group[0]!);
        else await this.#together(group);
      }
    } finally {
      this.#sending--;
    }
  }

  async #alone({ append, resolve, reject }: Waiting): Promise<void> {
    try {
      const result = await appendPrepared(this.db, append);
      if (!result.duplicate) this.committed();
      resolve(result);
    } catch (error) {
      reject(error);
    }
  }

  async #together(group: Waiting[]): Promise<void> {
    let rows: AppendRow[];
    try {
      // In the order they arrived; the function takes the streams' locks in stream order.
      rows = await appendBatch(
        this.db,
        group.map((w) => w.append),
      );
    } catch {
      // Which append failed, and how, is for each to learn alone (a retry of a stored append,
      // a deadlock with another writer, a lost connection: each gets its own answer), one after
      // the other in the order they arrived. Should the group have committed after all (its
      // answer lost with the connection), each is answered as a duplicate: the readers are
      // told of the group's events all the same.
      for (const waiting of group) await this.#alone(waiting);
      this.committed();
      return;
    }
    let stored = false;
    group.forEach((waiting, i) => {
      try {
        const result = appendResult(waiting.append, rows[i]!);
        stored ||= !result.duplicate;
        waiting.resolve(result);
      } catch (error) {
        waiting.reject(error);
      }
    });
    if (stored) this.committed();
  }
}

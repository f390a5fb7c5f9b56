import type { Kysely } from 'kysely';
import { readAll, type ReadAllResult } from './read.js';
import type { EventStoreTables } from './tables.js';
import type { Checkpoint, RecordedEvent } from './types.js';

/** Events kept by default: a few batches of each of a process's consumers. */
const DEFAULT_CAPACITY = 10_000;

/**
 * The part of the log that the consumers of one process have just read, kept so that each event
 * is read and parsed once rather than once per consumer: a process's projections follow the log
 * a few batches apart, and without it every one of them reads (and the server sends) every event.
 *
 * It holds a contiguous run of the log in commit-safe order, from a checkpoint (exclusive) to the
 * last event it holds. Such a run never changes once read: `readAll` returns only events of
 * transactions older than every running one, so nothing can ever appear before its last event.
 * A read within the run takes what the run holds after its checkpoint and, when that is less than
 * asked for, reads the rest from the end of the run, which the run then keeps: the answer is the
 * one `readAll` would give at that moment. A read outside the run goes to the database; one
 * ahead of the run starts a new run there, one behind it (a consumer catching up from afar) leaves
 * the run to the others.
 *
 * The events are handed to every consumer as they are, shared: consumers must not change them
 * (the subscription upcasts into new objects).
 */
export class LogWindow {
  #events: RecordedEvent[] = [];
  /** The checkpoint just before the first event held; undefined before the first read. */
  #from: Checkpoint | undefined;
  /** Reads of the database under way, by the checkpoint they read after: consumers at the same place share one. */
  readonly #reading = new Map<string, Promise<ReadAllResult>>();

  constructor(
    private readonly db: Kysely<EventStoreTables>,
    private readonly capacity = DEFAULT_CAPACITY,
  ) {}

  /** What `readAll(db, { after, limit })` returns now. */
  async read(after: Checkpoint, limit: number): Promise<ReadAllResult> {
    const held = this.#after(after);
    if (held === undefined) {
      const got = await this.#read(after, limit);
      // Ahead of the run (or with none yet), a new run starts here; behind it, the run is left as it is.
      if (this.#from === undefined || compare(after, this.#end()) > 0) this.#startAt(after, got.events);
      return got;
    }
    if (held.length >= limit) return result(held.slice(0, limit), after);
    const end = this.#end();
    const rest = await this.#read(end, limit - held.length);
    this.#extend(end, rest.events);
    return result([...held, ...rest.events], after);
  }

  /** The events held after `after`, or undefined when `after` is outside the run. */
  #after(after: Checkpoint): RecordedEvent[] | undefined {
    if (this.#from === undefined || compare(after, this.#from) < 0 || compare(after, this.#end()) > 0) return undefined;
    // The first event past `after`: binary search, the run being in (transaction, position) order.
    let lo = 0;
    let hi = this.#events.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(this.#events[mid]!, after) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return this.#events.slice(lo);
  }

  #end(): Checkpoint {
    const last = this.#events.at(-1);
    return last ? { transactionId: last.transactionId, globalPosition: last.globalPosition } : this.#from!;
  }

  #startAt(after: Checkpoint, events: readonly RecordedEvent[]) {
    this.#from = after;
    this.#events = [...events];
    this.#trim();
  }

  /** Adds what was read after the run's end; a read that started elsewhere (the run moved meanwhile) is not kept. */
  #extend(after: Checkpoint, events: readonly RecordedEvent[]) {
    if (this.#from === undefined || compare(after, this.#end()) !== 0) return;
    this.#events.push(...events);
    this.#trim();
  }

  #trim() {
    const excess = this.#events.length - this.capacity;
    if (excess <= 0) return;
    const dropped = this.#events[excess - 1]!;
    this.#events = this.#events.slice(excess);
    this.#from = { transactionId: dropped.transactionId, globalPosition: dropped.globalPosition };
  }

  #read(after: Checkpoint, limit: number): Promise<ReadAllResult> {
    const key = `${after.transactionId}/${after.globalPosition}/${limit}`;
    let reading = this.#reading.get(key);
    if (!reading) {
      reading = readAll(this.db, { after, limit }).finally(() => this.#reading.delete(key));
      this.#reading.set(key, reading);
    }
    return reading;
  }
}

const windows = new WeakMap<Kysely<EventStoreTables>, LogWindow>();

/** The window of the consumers that read through this pool. */
export function logWindowOf(db: Kysely<EventStoreTables>): LogWindow {
  let window = windows.get(db);
  if (!window) windows.set(db, (window = new LogWindow(db)));
  return window;
}

function result(events: RecordedEvent[], after: Checkpoint): ReadAllResult {
  const last = events.at(-1);
  return { events, checkpoint: last ? { transactionId: last.transactionId, globalPosition: last.globalPosition } : after };
}

/** Orders checkpoints (and events) as the log is read: by transaction, then position. */
function compare(a: Checkpoint, b: Checkpoint): number {
  const ta = BigInt(a.transactionId);
  const tb = BigInt(b.transactionId);
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.globalPosition - b.globalPosition;
}

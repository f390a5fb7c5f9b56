import type { Kysely } from 'kysely';
import { type AppendOptions, appendToStream, createStream, prepareAppend } from './append.js';
import { type AppendOutcome, appendMany, appendToNewStreams } from './append-many.js';
import { GroupCommit } from './group-commit.js';
import { AppendNotifier } from './notifications.js';
import { currentSnapshot, headPosition, type ReadAllOptions, type ReadAllResult, readAll, readStream, readStreams, type StreamRange } from './read.js';
import type { EventStoreTables } from './tables.js';
import type { AppendResult, NewEvent, RecordedEvent } from './types.js';
import { composeUpcasters, type Upcast, type Upcaster } from './upcasting.js';

/** One stream's part of a multi-stream append. */
export interface StreamAppend {
  readonly streamId: string;
  readonly events: readonly NewEvent[];
  readonly options?: AppendOptions;
}

export interface EventStoreOptions {
  readonly upcasters?: readonly Upcaster[];
  readonly onError?: (error: unknown) => void;
  /** Groups of standalone appends on their way at once (default 1; see GroupCommit). */
  readonly groupsInFlight?: number;
}

/**
 * The event store as one object: the plain functions of this library bound to a database,
 * with upcasting on every read, group commit of standalone appends, and a NOTIFY after them.
 *
 * Every method takes an optional `db`: pass a Kysely Transaction to run inside it. An append in
 * a caller's transaction then notifies at that transaction's commit.
 */
// `db` arguments are typed loosely: Kysely's Transaction<Db> of an application whose Db extends
// EventStoreTables does not type-check as a Kysely<EventStoreTables>, though it is one.
type AnyDb = Kysely<any>;
const asStore = (db: AnyDb) => db as Kysely<EventStoreTables>;
export class EventStore {
  readonly upcast: Upcast;
  readonly #notifier: AppendNotifier;
  readonly #groups: GroupCommit;

  constructor(
    readonly db: Kysely<EventStoreTables>,
    options: EventStoreOptions = {},
  ) {
    this.upcast = composeUpcasters(options.upcasters ?? []);
    this.#notifier = new AppendNotifier(db, options.onError);
    this.#groups = new GroupCommit(db, () => this.#notifier.appended(), options.groupsInFlight);
  }

  async append(streamId: string, events: readonly NewEvent[], options: AppendOptions = {}, db: AnyDb = this.db): Promise<AppendResult> {
    // Standalone appends on the store's own database commit in groups (see GroupCommit).
    if (db === this.db) return this.#groups.append(prepareAppend(streamId, events, options));
    const result = await appendToStream(asStore(db), streamId, events, options);
    if (!db.isTransaction && !result.duplicate) this.#notifier.appended();
    return result;
  }

  /**
   * Appends to many streams in one round trip and one transaction (see append-many.ts): for bulk
   * writes, a few hundred appends at a time. Each append keeps its own outcome, in the order
   * given: its result, or its error (a ConcurrencyError, an IdempotencyConflictError). In a
   * caller's transaction, a failure of the batch as a whole is thrown, and no NOTIFY is sent
   * (readers find the events at their next poll).
   */
  async appendMany(appends: readonly StreamAppend[], db: AnyDb = this.db): Promise<AppendOutcome[]> {
    const prepared = appends.map((a) => prepareAppend(a.streamId, a.events, a.options));
    const { outcomes, stored } = await appendMany(asStore(db), prepared);
    if (stored && !db.isTransaction) this.#notifier.appended();
    return outcomes;
  }

  /**
   * Appends that each start a stream with one event, as one set in one round trip, for a bulk
   * write that expects new streams and would otherwise read each first: their results in the
   * order given, or undefined, having written nothing, when any of the streams exists already
   * (or an event id is taken). On undefined, read the streams and append as usual.
   */
  async appendToNewStreams(appends: readonly StreamAppend[]): Promise<AppendResult[] | undefined> {
    const results = await appendToNewStreams(
      this.db,
      appends.map((a) => prepareAppend(a.streamId, a.events, a.options)),
    );
    if (results?.length) this.#notifier.appended();
    return results;
  }

  createStream(streamId: string, streamType?: string, db: AnyDb = this.db): Promise<void> {
    return createStream(asStore(db), streamId, streamType);
  }

  async readStream(streamId: string, range?: StreamRange, db: AnyDb = this.db): Promise<RecordedEvent[]> {
    return (await readStream(asStore(db), streamId, range)).map(this.upcast);
  }

  /** Several whole streams in one query (a bulk write's streams); a stream with no events is left out. */
  async readStreams(streamIds: readonly string[], db: AnyDb = this.db): Promise<Map<string, RecordedEvent[]>> {
    const streams = await readStreams(asStore(db), streamIds);
    for (const [id, events] of streams) streams.set(id, events.map(this.upcast));
    return streams;
  }

  async readAll(options?: ReadAllOptions, db: AnyDb = this.db): Promise<ReadAllResult> {
    const result = await readAll(asStore(db), options);
    return { ...result, events: result.events.map(this.upcast) };
  }

  /** The transactions committed now: read the log as it stands now with `readAll({ visibleIn })`. */
  snapshot(db: AnyDb = this.db): Promise<string> {
    return currentSnapshot(asStore(db));
  }

  headPosition(db: AnyDb = this.db): Promise<number> {
    return headPosition(asStore(db));
  }

  /** Waits for pending notifications; call before closing the database. */
  close(): Promise<void> {
    return this.#notifier.flush();
  }
}

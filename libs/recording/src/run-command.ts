import { SCHEMA_VERSION, eventId } from '#claims';
import { type AppendResult, ConcurrencyError, type EventStore, type RecordedEvent } from '#event-store';
import type { RecordingDb } from './db.js';
import { eventMetadata, type RequestContext } from '#access';

/** A stream's decide/evolve pair, as the domain library gives it. */
export interface Decider<Command, Event extends { type: string; data: unknown }, State> {
  readonly decide: (command: Command, state: State) => Event[];
  readonly evolve: (state: State, event: Event) => State;
  readonly initial: State;
}

/** What a view of a stream needs of each of its events. */
export type StreamEvent = Pick<RecordedEvent, 'type' | 'data' | 'metadata' | 'streamVersion' | 'globalPosition' | 'recordedAt'>;

export interface LoadedStream<State, E extends StreamEvent = RecordedEvent> {
  readonly state: State;
  readonly version: number;
  readonly events: readonly E[];
}

/** The client's If-Match named a version the stream has moved past. Nothing was written. */
export class PreconditionFailedError extends Error {
  override readonly name = 'PreconditionFailedError';
  constructor(
    readonly expectedVersion: number,
    readonly actualVersion: number,
  ) {
    super(`the resource is at version ${actualVersion}, not ${expectedVersion}: reload it and try again`);
  }
}

export async function loadStream<Event extends { type: string; data: unknown }, State>(
  store: EventStore,
  streamId: string,
  decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initial'>,
  db?: RecordingDb,
): Promise<LoadedStream<State>> {
  const events = await store.readStream(streamId, {}, db);
  const state = events.reduce((s, e) => decider.evolve(s, { type: e.type, data: e.data } as Event), decider.initial);
  return { state, version: events.at(-1)?.streamVersion ?? 0, events };
}

/** Stream states this process has folded, per store: a later load reads only the events after them. */
const folded = new WeakMap<EventStore, Map<string, { state: unknown; version: number; readAt: number }>>();
const FOLDED_MAX = 50_000;

export interface FoldOptions<State> {
  /** The state is one no event can follow (a defined metric): it is never read again. */
  readonly final?: (state: State) => boolean;
  /**
   * How long, in ms, the state may be used as this process last read it without asking for
   * newer events: for a caller whose decision no later event of the stream can change.
   */
  readonly maxAge?: (state: State) => number;
}

/**
 * A stream's state, folded from what this process read of it before plus the events appended
 * since (one query, which usually returns none). Streams only grow and events never change, so
 * the result is what loading the whole stream gives, or, within `maxAge`, what it gave then.
 */
export async function loadStreamState<Event extends { type: string; data: unknown }, State>(
  store: EventStore,
  streamId: string,
  decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initial'>,
  options: FoldOptions<State> = {},
): Promise<{ readonly state: State; readonly version: number }> {
  let cache = folded.get(store);
  if (!cache) folded.set(store, (cache = new Map<string, { state: unknown; version: number; readAt: number }>()));
  const known = cache.get(streamId) as { state: State; version: number; readAt: number } | undefined;
  const now = performance.now();
  if (known && (options.final?.(known.state) || now - known.readAt < (options.maxAge?.(known.state) ?? 0))) return known;
  const events = await store.readStream(streamId, { fromVersion: (known?.version ?? 0) + 1 });
  const state = events.reduce((s, e) => decider.evolve(s, { type: e.type, data: e.data } as Event), known?.state ?? decider.initial);
  const loaded = { state, version: events.at(-1)?.streamVersion ?? known?.version ?? 0, readAt: now };
  if (cache.size >= FOLDED_MAX) cache.clear();
  // Two loads of one stream may finish out of order: the cache keeps the later state.
  const kept = cache.get(streamId);
  if (!kept || kept.version <= loaded.version) cache.set(streamId, loaded);
  return loaded;
}

export interface CommandResult<State> {
  readonly state: State;
  /** The stream's version after the command. */
  readonly version: number;
  /** Global position of the stream's last event: what a reader can wait for. */
  readonly position: number;
  /** How many events the command appended (0 when it changed nothing). */
  readonly appended: number;
  /**
   * Every event of the stream after the command, when the command saw them all (it started the
   * stream, or loaded it and appended): a reply can show the stream without reading it again.
   */
  readonly events?: readonly StreamEvent[];
}

const ATTEMPTS = 3;

/**
 * Load, decide, append with the version that was loaded. A concurrent writer makes the append
 * fail; then the command is decided again on the fresh state, a few times at most. With an
 * `expectedVersion` (the client's If-Match) there is no second try: the client decides again.
 */
export async function runCommand<Command, Event extends { type: string; data: unknown }, State>(
  store: EventStore,
  options: {
    readonly streamId: string;
    readonly decider: Decider<Command, Event, State>;
    readonly command: Command;
    readonly context: RequestContext;
    readonly expectedVersion?: number;
    readonly db?: RecordingDb;
    /**
     * The command usually starts its stream (a new claim): it is decided on the initial state and
     * appended as the stream's first events without reading the stream first. Should the stream
     * exist, or the append be a retry of a stored one, it is loaded and decided as usual.
     */
    readonly usuallyNew?: boolean;
  },
): Promise<CommandResult<State>> {
  const { streamId, decider, command, context, expectedVersion, db } = options;
  if (options.usuallyNew && expectedVersion === undefined) {
    let decided: Event[] = [];
    try {
      decided = decider.decide(command, decider.initial);
    } catch {
      // Refused as a new stream: the usual path below decides on the stream as it is.
    }
    if (decided.length > 0) {
      try {
        const events = toNewEvents(streamId, 0, decided, context);
        const result = await store.append(streamId, events, { expectedVersion: 'no_stream' }, db);
        // A retry answers with the stream as it is now, which the usual path reads.
        if (!result.duplicate) {
          return {
            state: decided.reduce(decider.evolve, decider.initial),
            version: result.nextVersion,
            position: result.positions.at(-1)!,
            appended: decided.length,
            events: stored(events, 0, result),
          };
        }
      } catch (error) {
        if (!(error instanceof ConcurrencyError)) throw error;
      }
    }
  }
  for (let attempt = 1; ; attempt++) {
    const loaded = await loadStream(store, streamId, decider, db);
    if (expectedVersion !== undefined && loaded.version !== expectedVersion) {
      throw new PreconditionFailedError(expectedVersion, loaded.version);
    }
    const decided = decider.decide(command, loaded.state);
    const lastPosition = loaded.events.at(-1)?.globalPosition ?? 0;
    if (decided.length === 0) return { state: loaded.state, version: loaded.version, position: lastPosition, appended: 0, events: loaded.events };

    try {
      const events = toNewEvents(streamId, loaded.version, decided, context);
      const result = await store.append(streamId, events, { expectedVersion: loaded.version }, db);
      const appended = stored(events, loaded.version, result);
      return {
        state: decided.reduce(decider.evolve, loaded.state),
        version: result.nextVersion,
        position: result.positions.at(-1)!,
        appended: result.duplicate ? 0 : decided.length,
        ...(appended ? { events: [...loaded.events, ...appended] } : {}),
      };
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
      if (expectedVersion !== undefined) throw new PreconditionFailedError(expectedVersion, error.actualVersion);
      if (attempt === ATTEMPTS) throw error;
    }
  }
}

/** Appended events as the store now holds them; none when the append was a retry of a stored one. */
function stored(events: ReturnType<typeof toNewEvents>, version: number, result: AppendResult): StreamEvent[] | undefined {
  const { recordedAt } = result;
  if (result.duplicate || !recordedAt) return undefined;
  return events.map((e, i) => ({
    type: e.type,
    data: e.data,
    metadata: e.metadata,
    streamVersion: version + i + 1,
    globalPosition: result.positions[i]!,
    recordedAt,
  }));
}

/** Decided events as the store takes them, their ids derived from the stream and version. */
export function toNewEvents(streamId: string, version: number, decided: ReadonlyArray<{ type: string; data: unknown }>, context: RequestContext) {
  const metadata = eventMetadata(context);
  return decided.map((e, i) => ({
    id: eventId(streamId, version + i + 1, e.type, e.data),
    type: e.type,
    schemaVersion: SCHEMA_VERSION,
    data: e.data,
    metadata,
  }));
}

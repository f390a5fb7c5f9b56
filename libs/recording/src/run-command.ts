import { SCHEMA_VERSION, eventId } from '#claims';
import { ConcurrencyError, type EventStore, type RecordedEvent } from '#event-store';
import type { RecordingDb } from './db.js';
import { eventMetadata, type RequestContext } from './roles.js';

/** A stream's decide/evolve pair, as the domain library gives it. */
export interface Decider<Command, Event extends { type: string; data: unknown }, State> {
  readonly decide: (command: Command, state: State) => Event[];
  readonly evolve: (state: State, event: Event) => State;
  readonly initial: State;
}

export interface LoadedStream<State> {
  readonly state: State;
  readonly version: number;
  readonly events: RecordedEvent[];
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

export interface CommandResult<State> {
  readonly state: State;
  /** The stream's version after the command. */
  readonly version: number;
  /** Global position of the stream's last event: what a reader can wait for. */
  readonly position: number;
  /** How many events the command appended (0 when it changed nothing). */
  readonly appended: number;
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
  },
): Promise<CommandResult<State>> {
  const { streamId, decider, command, context, expectedVersion, db } = options;
  for (let attempt = 1; ; attempt++) {
    const loaded = await loadStream(store, streamId, decider, db);
    if (expectedVersion !== undefined && loaded.version !== expectedVersion) {
      throw new PreconditionFailedError(expectedVersion, loaded.version);
    }
    const decided = decider.decide(command, loaded.state);
    const lastPosition = loaded.events.at(-1)?.globalPosition ?? 0;
    if (decided.length === 0) return { state: loaded.state, version: loaded.version, position: lastPosition, appended: 0 };

    const metadata = eventMetadata(context);
    const events = decided.map((e, i) => ({
      id: eventId(streamId, loaded.version + i + 1, e.type, e.data),
      type: e.type,
      schemaVersion: SCHEMA_VERSION,
      data: e.data,
      metadata,
    }));
    try {
      const result = await store.append(streamId, events, { expectedVersion: loaded.version }, db);
      return {
        state: decided.reduce(decider.evolve, loaded.state),
        version: result.nextVersion,
        position: result.positions.at(-1)!,
        appended: result.duplicate ? 0 : decided.length,
      };
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
      if (expectedVersion !== undefined) throw new PreconditionFailedError(expectedVersion, error.actualVersion);
      if (attempt === ATTEMPTS) throw error;
    }
  }
}

/** Who and what caused an event; stored beside it as jsonb. Extra keys are kept as they are. */
export interface EventMetadata {
  readonly actor?: string;
  readonly correlationId?: string;
  readonly causationId?: string;
  readonly requestId?: string;
  readonly [key: string]: unknown;
}

/** An event to append. Give it an `id` derived from the command where a retry must not duplicate. */
export interface NewEvent<Type extends string = string, Data = unknown> {
  readonly id?: string;
  readonly type: Type;
  readonly schemaVersion?: number;
  readonly data: Data;
  readonly metadata?: EventMetadata;
}

export interface RecordedEvent<Type extends string = string, Data = unknown> {
  readonly id: string;
  readonly type: Type;
  readonly schemaVersion: number;
  readonly data: Data;
  readonly metadata: EventMetadata;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly globalPosition: number;
  /** xid8 of the appending transaction, as text. */
  readonly transactionId: string;
  readonly recordedAt: Date;
}

/**
 * - `any`: no check;
 * - `no_stream`: the stream must not exist yet;
 * - `stream_exists`: the stream must exist (it may be empty);
 * - a number: the stream must be at exactly that version. A missing stream is at version 0.
 */
export type ExpectedVersion = 'any' | 'no_stream' | 'stream_exists' | number;

export interface AppendResult {
  /** The stream's version after the append: the version of its last event. */
  readonly nextVersion: number;
  /** Global positions of the appended events, in stream order. */
  readonly positions: readonly number[];
  /** True when every event id was already stored: a retry, answered with the original result. */
  readonly duplicate: boolean;
  /** When the events were recorded, as stored with them; only when this append stored them. */
  readonly recordedAt?: Date;
}

/**
 * Where a consumer of the whole log stands. Events are read in (transactionId, globalPosition)
 * order, so both parts are needed: a position alone can be passed by a later-committing event.
 */
export interface Checkpoint {
  readonly transactionId: string;
  readonly globalPosition: number;
}

export const START: Checkpoint = Object.freeze({ transactionId: '0', globalPosition: 0 });

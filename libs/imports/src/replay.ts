import type { RequestContext } from '#access';
import { conflict } from '#claims';
import type { StreamAppend } from '#event-store';
import { type Decider, toNewEvents } from '#recording';
import type { SeenEvent } from './unwritten.js';

// How a line of an export is decided again: on its stream as it stood before the line's
// version, so that the event the line was exported from is recognised where it is stored.

type DomainEventLike = { type: string; data: unknown };

/**
 * The append a line makes of a stream whose events are `events`: decided on the stream as it
 * stood before `version` (or as it is now). Undefined when the command changes nothing, or when
 * the stream already holds, at that version, the very events decided: the line was imported
 * before. A stream that holds other events there has a history that differs from the file's.
 */
export async function decideAt<C, E extends DomainEventLike, S>(
  streamId: string,
  events: readonly SeenEvent[],
  decider: Decider<C, E, S>,
  command: (state: S) => C | Promise<C>,
  context: RequestContext,
  version?: number,
): Promise<StreamAppend | undefined> {
  const before = version === undefined ? events.length : version - 1;
  if (before > events.length) {
    throw conflict(`${streamId} has ${events.length} event(s), and this line is its event ${version}: a line before it is missing`);
  }
  const state = fold(decider, events.slice(0, before));
  const decided = decider.decide(await command(state), state);
  if (decided.length === 0) return undefined;
  const newEvents = toNewEvents(streamId, before, decided, context);
  if (before < events.length) {
    // The same event, whatever the order of its keys (PostgreSQL's jsonb keeps its own order).
    if (newEvents.every((e, i) => events[before + i]?.type === e.type && canonical(events[before + i]!.data) === canonical(e.data))) return undefined;
    throw conflict(`${streamId} already holds another event ${before + 1}: its history differs from this file's`);
  }
  return { streamId, events: newEvents, options: { expectedVersion: before } };
}

/** A stream's state from its events, as stored (their types are the decider's). */
export const fold = <S, E extends DomainEventLike>(decider: Pick<Decider<unknown, E, S>, 'evolve' | 'initial'>, events: readonly DomainEventLike[]): S =>
  events.reduce((s, e) => decider.evolve(s, e as E), decider.initial);

/** JSON with every object's keys in order: two equal values give the same text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

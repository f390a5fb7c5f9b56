import type { Kysely } from 'kysely';
import { type EventStoreTables, readStreams, type RecordedEvent } from '#event-store';

/** The fact an event is about, as far as it names one: its subject (entity) and its metric. */
export interface Touched {
  readonly subject: string | null;
  readonly metric: string | null;
}

const str = (v: unknown) => (typeof v === 'string' ? v : null);

/** What an event's own data says; the later events of a claim name only the claim. */
function ownTouch(event: RecordedEvent): Touched & { claimId: string | null } {
  const data = (event.data ?? {}) as Record<string, unknown>;
  return { subject: str(data.entityId), metric: str(data.metricId), claimId: str(data.claimId) };
}

/**
 * The fact each event touches. An event that names only its claim (a correction, a review)
 * touches the fact its claim was recorded on, which the claim's first event names: that is read
 * from the log itself, so it holds whatever the projections have or have not applied.
 */
export async function touchedFacts(db: Kysely<EventStoreTables>, events: readonly RecordedEvent[]): Promise<Touched[]> {
  const own = events.map(ownTouch);
  const streams = [...new Set(events.filter((e, i) => own[i]!.claimId && !own[i]!.subject).map((e) => e.streamId))];
  const recorded = new Map<string, Touched>();
  // A claim's stream holds only its few events (see the claims' streamIds): read whole, cheaply.
  for (const [streamId, [first]] of await readStreams(db, streams)) {
    if (first)
      recorded.set(streamId, { subject: str((first.data as Record<string, unknown>).entityId), metric: str((first.data as Record<string, unknown>).metricId) });
  }
  // A claim recorded in this very batch is found by the query too: the batch reads committed events.
  return own.map((t, i) => (t.subject ? { subject: t.subject, metric: t.metric } : (recorded.get(events[i]!.streamId) ?? { subject: null, metric: t.metric })));
}

import type { Checkpoint, RecordedEvent } from '#event-store';

/** A cursor the change feed gives out: opaque to clients, the checkpoint after an event. */
export const feedCursor = (c: Checkpoint) => Buffer.from(JSON.stringify({ t: c.transactionId, p: c.globalPosition })).toString('base64url');

/**
 * An event as the change feed shows it (the FeedEvent schema of the API): its page, its stream
 * and webhooks all send this one shape.
 */
export const feedEvent = (e: RecordedEvent) => ({
  id: e.id,
  cursor: feedCursor(e),
  position: e.globalPosition,
  stream: e.streamId,
  version: e.streamVersion,
  schemaVersion: e.schemaVersion,
  recordedAt: e.recordedAt.toISOString(),
  actor: e.metadata.actor ?? null,
  requestId: e.metadata.requestId ?? null,
  type: e.type,
  data: e.data,
});

export type FeedEventJson = ReturnType<typeof feedEvent>;

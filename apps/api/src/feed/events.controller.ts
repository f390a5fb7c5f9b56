import { type BeforeApplicationShutdown, Controller, Get, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type Checkpoint, EventStore, type RecordedEvent, START } from '#event-store';
import { Endpoint, ValidQuery } from '../http/endpoint.js';
import { decodeCursor, encodeCursor } from '../facts/read-params.js';
import { LogWatcher } from './log-watcher.js';

const FeedQuery = z.object({
  after: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
const Cursor = z.object({ t: z.string().regex(/^\d+$/), p: z.number().int().min(0) });

const cursorOf = (c: Checkpoint) => encodeCursor({ t: c.transactionId, p: c.globalPosition });
const checkpointOf = (cursor: string | undefined): Checkpoint => {
  const c = decodeCursor(cursor, Cursor);
  return c ? { transactionId: c.t, globalPosition: c.p } : START;
};
const feedEvent = (e: RecordedEvent) => ({
  id: e.id,
  cursor: cursorOf(e),
  position: e.globalPosition,
  stream: e.streamId,
  version: e.streamVersion,
  type: e.type,
  schemaVersion: e.schemaVersion,
  recordedAt: e.recordedAt.toISOString(),
  actor: e.metadata.actor ?? null,
  requestId: e.metadata.requestId ?? null,
  data: e.data,
});

/**
 * The change feed for downstream apps: every event in commit-safe order (see the event store's
 * readAll), resumable from an opaque cursor. Nothing is skipped and nothing comes twice.
 */
@ApiTags('change feed')
@Controller('v1/events')
export class EventsController implements BeforeApplicationShutdown {
  /** Ends every open stream when the server stops, so that it does not wait on them. */
  readonly #shutdown = new AbortController();

  constructor(
    private readonly store: EventStore,
    private readonly watcher: LogWatcher,
  ) {}

  @Get()
  @Endpoint({ access: 'reader', summary: 'Events after a cursor, a page at a time' })
  async page(@ValidQuery(FeedQuery) q: z.infer<typeof FeedQuery>) {
    const batch = await this.store.readAll({ after: checkpointOf(q.after), limit: q.limit });
    return { items: batch.events.map(feedEvent), next: cursorOf(batch.checkpoint) };
  }

  @Get('stream')
  @Endpoint({ access: 'reader', summary: 'Events as Server-Sent Events; resume with Last-Event-ID' })
  async stream(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @ValidQuery(FeedQuery) q: z.infer<typeof FeedQuery>) {
    const lastEventId = request.headers['last-event-id'];
    let checkpoint = checkpointOf(typeof lastEventId === 'string' && lastEventId ? lastEventId : q.after);
    const closed = new AbortController();
    request.raw.on('close', () => closed.abort());
    this.#shutdown.signal.addEventListener('abort', () => closed.abort(), { once: true });
    reply.hijack();
    const out = reply.raw;
    out.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      'x-request-id': request.id,
    });
    out.write('retry: 1000\n\n');
    try {
      while (!closed.signal.aborted) {
        const batch = await this.store.readAll({ after: checkpoint, limit: q.limit });
        for (const event of batch.events) {
          const e = feedEvent(event);
          out.write(`id: ${e.cursor}\nevent: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`);
        }
        checkpoint = batch.checkpoint;
        if (batch.events.length < q.limit) {
          await this.watcher.next(15_000, closed.signal);
          if (!closed.signal.aborted) out.write(': keep-alive\n\n');
        }
      }
    } catch (error) {
      // The answer has begun, so no problem+json can follow: the stream ends, and the client
      // reconnects with the id of the last event it received (the `retry` above), getting 503
      // until the database is back.
      request.log.error({ err: error, requestId: request.id }, 'change feed stream ended by an error');
    } finally {
      out.end();
    }
  }

  beforeApplicationShutdown() {
    this.#shutdown.abort();
  }
}

import { once, setMaxListeners } from 'node:events';
import type { ServerResponse } from 'node:http';
import { type BeforeApplicationShutdown, Controller, Get, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { RequestContext } from '#access';
import { type Checkpoint, EventStore, type ReadAllResult, START } from '#event-store';
import { feedCursor, feedEvent as feedEventOf } from '#webhooks';
import { Endpoint, type Shape, ValidQuery } from '../http/endpoint.js';
import { type EventPayload, FeedPage } from './event-shapes.js';
import { decodeCursor } from '../facts/read-params.js';
import { responseShape } from '../http/contract.js';
import { Context } from '../http/request-context.js';
import { SETTINGS, type AppSettings } from '../settings.js';
import { LogWatcher } from './log-watcher.js';
import { StreamSlots } from './stream-slots.js';
import { STREAM_TOKEN_SECONDS, StreamTokens } from './stream-tokens.js';

/** A stream whose client takes nothing for this long is closed; it resumes from Last-Event-ID. */
const STALLED_AFTER_MS = 60_000;

/**
 * Writes with backpressure: when the socket's buffer is full, waits for it to drain before
 * anything more is read from the log. False when the client went away or read nothing for
 * STALLED_AFTER_MS; the stream then ends.
 */
async function send(out: ServerResponse, chunk: string, closed: AbortSignal): Promise<boolean> {
  if (out.write(chunk)) return true;
  try {
    await once(out, 'drain', { signal: AbortSignal.any([closed, AbortSignal.timeout(STALLED_AFTER_MS)]) });
    return true;
  } catch {
    return false;
  }
}

const FeedQuery = z.object({
  cursor: z.string().optional().describe("resume after the event this cursor names (an event's `cursor`, or a page's `next`)"),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
const StreamQuery = FeedQuery.extend({
  token: z
    .string()
    .max(2000)
    .optional()
    .describe('a stream token from POST /v1/events/stream-tokens, for clients that cannot send the Authorization header (EventSource)'),
});
const StreamToken = responseShape(
  'StreamToken',
  z.object({
    token: z.string().describe(`opens GET /v1/events/stream?token=... within ${STREAM_TOKEN_SECONDS} s, and nothing else`),
    expiresAt: z.string(),
    url: z.string().describe('the stream, with the token: under FACTLOG_BASE_URL when it is set, else relative to the API'),
  }),
);
const Cursor = z.object({ t: z.string().regex(/^\d+$/), p: z.number().int().min(0) });

const cursorOf = feedCursor;
const checkpointOf = (cursor: string | undefined): Checkpoint => {
  const c = decodeCursor(cursor, Cursor);
  return c ? { transactionId: c.t, globalPosition: c.p } : START;
};
// The feed shows events upcast to the current version; webhooks send the same shape (#webhooks).
const feedEvent = (e: Parameters<typeof feedEventOf>[0]) => feedEventOf(e) as ReturnType<typeof feedEventOf> & EventPayload;

/**
 * The change feed for downstream apps: every event in commit-safe order (see the event store's
 * readAll), resumable from an opaque cursor. Nothing is skipped and nothing comes twice.
 */
@ApiTags('change feed')
@Controller('v1/events')
export class EventsController implements BeforeApplicationShutdown {
  /** Ends every open stream when the server stops, so that it does not wait on them. */
  readonly #shutdown = new AbortController();
  readonly #slots: StreamSlots;
  readonly #baseUrl: string;
  readonly #reads = new Map<string, Promise<ReadAllResult>>();

  constructor(
    private readonly store: EventStore,
    private readonly watcher: LogWatcher,
    private readonly tokens: StreamTokens,
    @Inject(SETTINGS) settings: AppSettings,
  ) {
    this.#slots = new StreamSlots(settings.streams);
    this.#baseUrl = settings.baseUrl ?? '';
    setMaxListeners(settings.streams.total + 1, this.#shutdown.signal);
  }

  @Get()
  @Endpoint({ access: 'reader', summary: 'Events after a cursor, a page at a time', query: FeedQuery, response: FeedPage })
  async page(@ValidQuery(FeedQuery) q: z.infer<typeof FeedQuery>): Promise<Shape<typeof FeedPage>> {
    const batch = await this.store.readAll({ after: checkpointOf(q.cursor), limit: q.limit });
    return { items: batch.events.map(feedEvent), next: cursorOf(batch.checkpoint) };
  }

  /**
   * Replays from Last-Event-ID (or `cursor`) a page of `limit` events at a time, each page read
   * only once the client has taken the previous one, then follows the log. At most
   * FACTLOG_STREAMS_PER_KEY streams per key and FACTLOG_STREAMS_TOTAL in all are open at once.
   */
  @Get('stream')
  @Endpoint({
    access: 'reader',
    summary: 'Events as Server-Sent Events (each data line a FeedEvent, its id the cursor); resume with Last-Event-ID',
    query: StreamQuery,
    streamToken: true,
    headers: ['Last-Event-ID'],
    produces: 'text/event-stream',
    problems: { 429: 'too many open streams for this key or in all (Retry-After)' },
  })
  async stream(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @ValidQuery(StreamQuery) q: z.infer<typeof StreamQuery>) {
    const lastEventId = request.headers['last-event-id'];
    let checkpoint = checkpointOf(typeof lastEventId === 'string' && lastEventId ? lastEventId : q.cursor);
    const release = this.#slots.take(request.actor!.keyId);
    const closed = new AbortController();
    const out = reply.raw;
    out.on('close', () => {
      closed.abort();
      release();
    });
    this.#shutdown.signal.addEventListener('abort', () => closed.abort(), { once: true, signal: closed.signal });
    reply.hijack();
    try {
      // Headers set on the reply by the hooks (CORS, rate limits, the request id) are Fastify's
      // to send; a hijacked answer sends them itself.
      out.writeHead(200, {
        ...(reply.getHeaders() as Record<string, string | string[]>),
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
        'x-request-id': request.id,
      });
      let open = await send(out, 'retry: 1000\n\n', closed.signal);
      while (open && !closed.signal.aborted) {
        const batch = await this.#read(checkpoint, q.limit);
        for (const event of batch.events) {
          const e = feedEvent(event);
          open = await send(out, `id: ${e.cursor}\nevent: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`, closed.signal);
          if (!open) break;
        }
        if (!open) break;
        checkpoint = batch.checkpoint;
        if (batch.events.length < q.limit) {
          await this.watcher.next(15_000, closed.signal);
          if (!closed.signal.aborted) open = await send(out, ': keep-alive\n\n', closed.signal);
        }
      }
    } catch (error) {
      // The headers are gone: the client sees the stream end, and resumes from its last event.
      if (!closed.signal.aborted) request.log.error({ err: error, requestId: request.id }, 'change-feed stream failed');
    } finally {
      release();
      // A client that stopped reading leaves a full buffer that end() would keep waiting on.
      if (out.writableNeedDrain) out.destroy();
      else out.end();
    }
  }

  /** For browsers: EventSource cannot send the key, so it sends this instead, in the URL. */
  @Post('stream-tokens')
  @Endpoint({
    access: 'reader',
    summary: `A token that opens the event stream for ${STREAM_TOKEN_SECONDS} s (GET /v1/events/stream?token=...), for EventSource`,
    status: 201,
    response: StreamToken,
  })
  async streamToken(@Context() context: RequestContext): Promise<Shape<typeof StreamToken>> {
    const { token, expiresAt } = await this.tokens.issue(context.actor);
    // Behind a proxy that serves factlog under a path, the browser needs that path too.
    return { token, expiresAt: expiresAt.toISOString(), url: `${this.#baseUrl}/v1/events/stream?token=${token}` };
  }

  /**
   * Streams that follow the head of the log all wake on the same append and ask for the same
   * page: they share one read of it, so a hundred followers cost one query per wake, not a
   * hundred. Only reads in flight are shared; a later one reads afresh.
   */
  #read(after: Checkpoint, limit: number): Promise<ReadAllResult> {
    const key = `${after.transactionId}/${after.globalPosition}/${limit}`;
    let read = this.#reads.get(key);
    if (!read) {
      read = this.store.readAll({ after, limit }).finally(() => this.#reads.delete(key));
      this.#reads.set(key, read);
    }
    return read;
  }

  beforeApplicationShutdown() {
    this.#shutdown.abort();
  }
}

import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import type { Kysely } from 'kysely';
import { DATABASE } from '#database';
import { searchLog } from '#event-store';
import { Endpoint, type Shape, ValidQuery } from '../http/endpoint.js';
import { AuditPage, type EventPayload } from './event-shapes.js';
import { decodeCursor, encodeCursor, ReadSupport } from '../facts/read-params.js';
import type { Database } from '../schema.js';

const AuditQuery = z.object({
  actor: z.string().optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  subject: z.string().optional(),
  importId: z.uuid().optional().describe('the events an import wrote (its id, as POST /v1/imports answered it)'),
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** Who did what, when: every event with its actor, time and request id, newest first. */
@ApiTags('audit')
@Controller('v1/audit')
export class AuditController {
  constructor(
    @Inject(DATABASE) private readonly db: Kysely<Database>,
    private readonly read: ReadSupport,
  ) {}

  @Get()
  @Endpoint({
    access: 'reader',
    summary: 'Every event with its actor, time and request id (filter by actor, time, subject, import)',
    query: AuditQuery,
    response: AuditPage,
  })
  async list(@ValidQuery(AuditQuery) q: z.infer<typeof AuditQuery>): Promise<Shape<typeof AuditPage>> {
    const entityId = q.subject === undefined ? undefined : await this.read.subject(q.subject);
    const events = await searchLog(
      this.db,
      {
        ...(q.actor || q.importId ? { metadata: { ...(q.actor ? { actor: q.actor } : {}), ...(q.importId ? { importId: q.importId } : {}) } } : {}),
        ...(q.from ? { recordedFrom: new Date(q.from) } : {}),
        ...(q.to ? { recordedBefore: new Date(q.to) } : {}),
        ...(q.cursor === undefined ? {} : { beforePosition: decodeCursor(q.cursor, z.number().int()) }),
        // A claim's later events do not name its subject; its stream does, through the first one.
        ...(entityId === undefined
          ? {}
          : { about: { streamIds: [`entity-${entityId}`], data: { entityId }, streamsWith: { type: 'ClaimRecorded', data: { entityId } } } }),
      },
      q.limit + 1,
    );
    const items = events.slice(0, q.limit).map((e) => ({
      position: e.globalPosition,
      stream: e.streamId,
      version: e.streamVersion,
      recordedAt: e.recordedAt.toISOString(),
      actor: e.metadata.actor ?? null,
      requestId: e.metadata.requestId ?? null,
      correlationId: e.metadata.correlationId ?? null,
      // The log holds the domain's events only.
      ...({ type: e.type, data: e.data } as EventPayload),
    }));
    return { items, next: events.length > q.limit ? encodeCursor(items.at(-1)!.position) : null };
  }
}

import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Kysely } from 'kysely';
import { DATABASE } from '#database';
import { Endpoint, ValidQuery } from '../http/endpoint.js';
import { decodeCursor, encodeCursor, ReadSupport } from '../facts/read-params.js';
import type { Database } from '../schema.js';

const AuditQuery = z.object({
  actor: z.string().optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  subject: z.string().optional(),
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
  @Endpoint({ access: 'reader', summary: 'Every event with its actor, time and request id (filter by actor, time, subject)' })
  async list(@ValidQuery(AuditQuery) q: z.infer<typeof AuditQuery>) {
    let query = this.db
      .selectFrom('events')
      .select(['global_position', 'stream_id', 'stream_version', 'event_type', 'data', 'metadata', 'recorded_at']);
    if (q.actor) query = query.where(sql<string>`metadata ->> 'actor'`, '=', q.actor);
    if (q.from) query = query.where('recorded_at', '>=', new Date(q.from));
    if (q.to) query = query.where('recorded_at', '<', new Date(q.to));
    if (q.subject) {
      const entityId = await this.read.subject(q.subject);
      query = query.where((eb) =>
        eb.or([eb('stream_id', '=', `entity-${entityId}`), eb(sql<string>`data ->> 'entityId'`, '=', entityId), eb('stream_id', 'in', this.claimStreamsOf(entityId))]),
      );
    }
    const before = decodeCursor(q.cursor, z.number().int());
    if (before !== undefined) query = query.where('global_position', '<', before);
    const rows = await query.orderBy('global_position', 'desc').limit(q.limit + 1).execute();
    const items = rows.slice(0, q.limit).map((r) => ({
      position: r.global_position,
      stream: r.stream_id,
      version: r.stream_version,
      type: r.event_type,
      recordedAt: r.recorded_at.toISOString(),
      actor: r.metadata.actor ?? null,
      requestId: r.metadata.requestId ?? null,
      correlationId: r.metadata.correlationId ?? null,
      data: r.data,
    }));
    return { items, next: rows.length > q.limit ? encodeCursor(items.at(-1)!.position) : null };
  }

  /** A claim's later events do not name its subject; its stream does, through the first one. */
  private claimStreamsOf(entityId: string) {
    return this.db
      .selectFrom('events')
      .select('stream_id')
      .where('event_type', '=', 'ClaimRecorded')
      .where(sql<string>`data ->> 'entityId'`, '=', entityId);
  }
}

import { Controller, Get, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { notFound } from '#claims';
import { findContradiction, listContradictions } from '#projections';
import type { RequestContext } from '#access';
import { ResolveContradictionCommand } from '#recording';
import { requestShape } from '../http/contract.js';
import { Endpoint, type Shape, ValidBody, ValidQuery } from '../http/endpoint.js';
import { ContradictionPage, ContradictionResolved } from './fact-shapes.js';
import { Context } from '../http/request-context.js';
import { AsOfQuery, asOf, decodeCursor, encodeCursor, FRESHNESS, ReadSupport } from './read-params.js';

const ListQuery = AsOfQuery.extend({
  status: z.enum(['open', 'resolved']).optional(),
  subject: z.string().optional(),
  metric: z.string().optional(),
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
const Cursor = z.object({ id: z.uuid() });
export const Resolve = requestShape(
  'ResolveContradiction',
  z.strictObject({ preferred: z.array(z.uuid()).min(1), reason: z.string().trim().min(1).max(2000) }),
);

@ApiTags('contradictions')
@Controller('v1/contradictions')
export class ContradictionsController {
  constructor(
    private readonly read: ReadSupport,
    private readonly commands: CommandBus,
  ) {}

  @Get()
  @Endpoint({
    access: 'reader',
    summary: 'Claims on one fact that cannot all be true, severest first',
    query: ListQuery,
    response: ContradictionPage,
    problems: FRESHNESS,
  })
  async list(@ValidQuery(ListQuery) q: z.infer<typeof ListQuery>): Promise<Shape<typeof ContradictionPage>> {
    const all = await this.read.reading(q.minPosition, async (db) =>
      listContradictions(db, {
        ...asOf(q),
        ...(q.status ? { status: q.status } : {}),
        ...(q.subject ? { subject: await this.read.subject(q.subject, db) } : {}),
        ...(q.metric ? { metric: q.metric } : {}),
      }),
    );
    // The order is stable (severity, gap, id), so the last id seen marks the page.
    const after = decodeCursor(q.cursor, Cursor);
    const start = after ? all.items.findIndex((c) => c.id === after.id) + 1 : 0;
    const items = all.items.slice(start, start + q.limit);
    const more = start + q.limit < all.items.length;
    return { items, next: more ? encodeCursor({ id: items.at(-1)!.id }) : null, asOf: all.asOf };
  }

  @Post(':id/resolution')
  @Endpoint({
    access: 'reviewer',
    summary: 'Resolve a contradiction: the preferred claim(s) and why',
    body: Resolve,
    status: 201,
    response: ContradictionResolved,
    responseHeaders: ['ETag'],
    problems: { 404: 'no such contradiction', 409: 'the contradiction changed meanwhile' },
  })
  async resolve(
    @Param('id') id: string,
    @ValidBody(Resolve) body: z.infer<typeof Resolve>,
    @Context() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Shape<typeof ContradictionResolved>> {
    if (!z.uuid().safeParse(id).success) throw notFound(`contradiction ${id}`);
    const result = await this.commands.execute(new ResolveContradictionCommand(id, body.preferred, body.reason, context));
    const found = await findContradiction(this.read.db, id);
    void reply.header('etag', `"${result.version}"`);
    return { id, ...body, claimIds: found?.contradiction.claimIds ?? [], version: result.version, position: result.position };
  }
}

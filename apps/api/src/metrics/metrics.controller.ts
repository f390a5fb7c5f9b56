import { Controller, Get, Param, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { listMetrics } from '#projections';
import type { RequestContext } from '#access';
import { DefineMetricCommand, GetMetricQuery } from '#recording';
import { decodeCursor, encodeCursor, ReadSupport } from '../facts/read-params.js';
import { Endpoint, openApiSchema, ValidBody, ValidQuery } from '../http/endpoint.js';
import { Context, written } from '../http/request-context.js';
import { DefineMetric } from '../http/schemas.js';
import { MetricCursor, MetricListPage, MetricListQuery } from './metric-list.js';

@ApiTags('metrics')
@Controller('v1/metrics')
export class MetricsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly read: ReadSupport,
  ) {}

  @Get()
  @Endpoint({ access: 'reader', summary: 'Metrics by id, searched by the start of their id, filtered by unit and kind, a page at a time' })
  @ApiOkResponse({ description: 'a page of metrics', schema: openApiSchema(MetricListPage) })
  async list(@ValidQuery(MetricListQuery) q: z.infer<typeof MetricListQuery>): Promise<z.infer<typeof MetricListPage>> {
    await this.read.freshEnough(q.minPosition);
    const after = decodeCursor(q.cursor, MetricCursor);
    const page = await listMetrics(this.read.db, {
      ...(q.q ? { q: q.q } : {}),
      ...(q.unit ? { unit: q.unit } : {}),
      ...(q.kind ? { kind: q.kind } : {}),
      ...(after !== undefined ? { after } : {}),
      limit: q.limit,
    });
    return { items: page.items as z.infer<typeof MetricListPage>['items'], next: page.next !== undefined ? encodeCursor(page.next) : null };
  }

  @Post()
  @Endpoint({ access: 'editor', summary: 'Define a metric', body: DefineMetric })
  async define(
    @ValidBody(DefineMetric) body: z.infer<typeof DefineMetric>,
    @Context() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const result = await this.commands.execute(new DefineMetricCommand(body, context));
    return written(reply, result, `/v1/metrics/${result.resource.id}`);
  }

  @Get(':id')
  @Endpoint({ access: 'reader', summary: 'A metric' })
  async get(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const metric = await this.queries.execute(new GetMetricQuery(id));
    void reply.header('etag', `"${metric.version}"`);
    return metric;
  }
}

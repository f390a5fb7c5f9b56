import { Controller, Get, Param, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { listMetrics } from '#projections';
import type { RequestContext } from '#access';
import { DefineMetricCommand, GetMetricQuery } from '#recording';
import { decodeCursor, encodeCursor, FRESHNESS, ReadSupport } from '../facts/read-params.js';
import { Endpoint, type Shape, ValidBody, ValidQuery } from '../http/endpoint.js';
import { Metric, MetricWritten } from '../http/resource-shapes.js';
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
  @Endpoint({
    access: 'reader',
    summary: 'Metrics by id, searched by the start of their id, filtered by unit and kind, a page at a time',
    query: MetricListQuery,
    response: MetricListPage,
    problems: FRESHNESS,
  })
  async list(@ValidQuery(MetricListQuery) q: z.infer<typeof MetricListQuery>): Promise<Shape<typeof MetricListPage>> {
    const after = decodeCursor(q.cursor, MetricCursor);
    const page = await this.read.reading(q.minPosition, (db) =>
      listMetrics(db, {
        ...(q.q ? { q: q.q } : {}),
        ...(q.unit ? { unit: q.unit } : {}),
        ...(q.kind ? { kind: q.kind } : {}),
        ...(after !== undefined ? { after } : {}),
        limit: q.limit,
      }),
    );
    return { items: page.items as z.infer<typeof MetricListPage>['items'], next: page.next !== undefined ? encodeCursor(page.next) : null };
  }

  @Post()
  @Endpoint({
    access: 'editor',
    summary: 'Define a metric',
    body: DefineMetric,
    statuses: [201, 200],
    response: MetricWritten,
    responseHeaders: ['ETag', 'Location'],
    problems: { 409: 'the id is taken by a different metric' },
  })
  async define(
    @ValidBody(DefineMetric) body: z.infer<typeof DefineMetric>,
    @Context() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Shape<typeof MetricWritten>> {
    const result = await this.commands.execute(new DefineMetricCommand(body, context));
    return written(reply, result, `/v1/metrics/${result.resource.id}`);
  }

  @Get(':id')
  @Endpoint({ access: 'reader', summary: 'A metric', response: Metric, responseHeaders: ['ETag'], problems: { 404: 'no such metric' } })
  async get(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Shape<typeof Metric>> {
    const metric = await this.queries.execute(new GetMetricQuery(id));
    void reply.header('etag', `"${metric.version}"`);
    return metric;
  }
}

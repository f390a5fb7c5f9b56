import { Controller, Get, type OnModuleInit, Param, Patch, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { warmUp } from '#figures';
import { listSources, quotedSpans } from '#projections';
import type { RequestContext } from '#access';
import { GetSourceQuery, RegisterSourceCommand, UpdateSourceCommand } from '#recording';
import { decodeCursor, encodeCursor, FRESHNESS, ReadSupport } from '../facts/read-params.js';
import { Endpoint, type Shape, ValidBody, ValidQuery } from '../http/endpoint.js';
import { Source, SourceWritten } from '../http/resource-shapes.js';
import { Context, IfMatch, written } from '../http/request-context.js';
import { RegisterSource, UpdateSource } from '../http/schemas.js';
import { CandidateList, CandidateQuery, figuresOf, markRecorded } from './candidates.js';
import { SourceCursor, SourceListPage, SourceListQuery } from './source-list.js';

@ApiTags('sources')
@Controller('v1/sources')
export class SourcesController implements OnModuleInit {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly read: ReadSupport,
  ) {}

  /** The figure recogniser compiles its patterns on first use: done here, not in a reader's first request. */
  onModuleInit(): void {
    warmUp();
  }

  @Get()
  @Endpoint({
    access: 'reader',
    summary: 'Sources, newest first: searched by title or publisher, filtered by publisher, kind and date, a page at a time',
    query: SourceListQuery,
    response: SourceListPage,
    problems: FRESHNESS,
  })
  async list(@ValidQuery(SourceListQuery) q: z.infer<typeof SourceListQuery>): Promise<Shape<typeof SourceListPage>> {
    const after = decodeCursor(q.cursor, SourceCursor);
    const page = await this.read.reading(q.minPosition, (db) =>
      listSources(db, {
        ...(q.q ? { q: q.q } : {}),
        ...(q.publisher ? { publisher: q.publisher } : {}),
        ...(q.kind ? { kind: q.kind } : {}),
        ...(q.publishedFrom ? { publishedFrom: q.publishedFrom.start } : {}),
        ...(q.publishedTo ? { publishedTo: q.publishedTo.end } : {}),
        ...(after ? { after } : {}),
        limit: q.limit,
      }),
    );
    return { items: page.items as z.infer<typeof SourceListPage>['items'], next: page.next ? encodeCursor(page.next) : null };
  }

  @Post()
  @Endpoint({
    access: 'editor',
    summary: 'Register a source (the same URL is the same source)',
    body: RegisterSource,
    statuses: [201, 200],
    response: SourceWritten,
    responseHeaders: ['ETag', 'Location'],
    problems: { 409: 'the id is taken by a different source' },
  })
  async register(
    @ValidBody(RegisterSource) body: z.infer<typeof RegisterSource>,
    @Context() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Shape<typeof SourceWritten>> {
    const result = await this.commands.execute(new RegisterSourceCommand(body, context));
    return written(reply, result, `/v1/sources/${result.resource.id}`);
  }

  @Get(':id')
  @Endpoint({ access: 'reader', summary: 'A source', response: Source, responseHeaders: ['ETag'], problems: { 404: 'no such source' } })
  async get(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Shape<typeof Source>> {
    const source = await this.queries.execute(new GetSourceQuery(id));
    void reply.header('etag', `"${source.version}"`);
    return source;
  }

  @Get(':id/candidates')
  @Endpoint({
    access: 'reader',
    summary: "The figures in a source's text, in text order: each with its quote, parsed value and kind, and recordedAs when a claim already quotes it",
    query: CandidateQuery,
    response: CandidateList,
    problems: { 404: 'no such source', ...FRESHNESS },
  })
  async candidates(@Param('id') id: string, @ValidQuery(CandidateQuery) q: z.infer<typeof CandidateQuery>): Promise<Shape<typeof CandidateList>> {
    const source = await this.queries.execute(new GetSourceQuery(id));
    if (!source.text) return { items: [] };
    const quoted = await this.read.reading(q.minPosition, (db) => quotedSpans(db, id));
    return { items: markRecorded(figuresOf({ ...source, text: source.text }), quoted) };
  }

  @Patch(':id')
  @Endpoint({
    access: 'editor',
    summary: 'Update a source (If-Match for optimistic concurrency)',
    body: UpdateSource,
    headers: ['If-Match'],
    response: SourceWritten,
    responseHeaders: ['ETag', 'Location'],
    problems: { 404: 'no such source', 412: 'If-Match names a version the source has moved on from' },
  })
  async update(
    @Param('id') id: string,
    @ValidBody(UpdateSource) body: z.infer<typeof UpdateSource>,
    @IfMatch() expectedVersion: number | undefined,
    @Context() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Shape<typeof SourceWritten>> {
    const result = await this.commands.execute(new UpdateSourceCommand(id, body, context, expectedVersion));
    return written(reply, result, `/v1/sources/${id}`);
  }
}

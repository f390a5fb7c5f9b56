import { Controller, Get, Param, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { listEntities } from '#projections';
import type { RequestContext } from '#access';
import { AddEntityAliasCommand, DefineEntityCommand, GetEntityQuery } from '#recording';
import { decodeCursor, encodeCursor, FRESHNESS, ReadSupport } from '../facts/read-params.js';
import { Endpoint, type Shape, ValidBody, ValidQuery } from '../http/endpoint.js';
import { Entity, EntityWritten } from '../http/resource-shapes.js';
import { Context, written } from '../http/request-context.js';
import { AddAlias, DefineEntity } from '../http/schemas.js';
import { EntityCursor, EntityListPage, EntityListQuery } from './entity-list.js';

@ApiTags('entities')
@Controller('v1/entities')
export class EntitiesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly read: ReadSupport,
  ) {}

  @Get()
  @Endpoint({
    access: 'reader',
    summary: 'Entities by id, searched by the start of any of their names, a page at a time',
    query: EntityListQuery,
    response: EntityListPage,
    problems: FRESHNESS,
  })
  async list(@ValidQuery(EntityListQuery) q: z.infer<typeof EntityListQuery>): Promise<Shape<typeof EntityListPage>> {
    const after = decodeCursor(q.cursor, EntityCursor);
    const page = await this.read.reading(q.minPosition, (db) =>
      listEntities(db, { ...(q.q ? { q: q.q } : {}), ...(after !== undefined ? { after } : {}), limit: q.limit }),
    );
    return { items: page.items.map((e) => ({ ...e, aliases: [...e.aliases] })), next: page.next !== undefined ? encodeCursor(page.next) : null };
  }

  @Post()
  @Endpoint({
    access: 'editor',
    summary: 'Define an entity with its aliases',
    body: DefineEntity,
    statuses: [201, 200],
    response: EntityWritten,
    responseHeaders: ['ETag', 'Location'],
    problems: { 409: 'the id is taken by a different entity' },
  })
  async define(
    @ValidBody(DefineEntity) body: z.infer<typeof DefineEntity>,
    @Context() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Shape<typeof EntityWritten>> {
    const result = await this.commands.execute(new DefineEntityCommand(body, context));
    return written(reply, result, `/v1/entities/${result.resource.id}`);
  }

  @Post(':id/aliases')
  @Endpoint({
    access: 'editor',
    summary: 'Add an alias to an entity',
    body: AddAlias,
    response: EntityWritten,
    responseHeaders: ['ETag', 'Location'],
    problems: { 404: 'no such entity', 409: 'the alias names another entity' },
  })
  async addAlias(
    @Param('id') id: string,
    @ValidBody(AddAlias) body: z.infer<typeof AddAlias>,
    @Context() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Shape<typeof EntityWritten>> {
    const result = await this.commands.execute(new AddEntityAliasCommand(id, body.alias, context));
    return written(reply, result, `/v1/entities/${id}`);
  }

  @Get(':id')
  @Endpoint({ access: 'reader', summary: 'An entity', response: Entity, responseHeaders: ['ETag'], problems: { 404: 'no such entity' } })
  async get(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Shape<typeof Entity>> {
    const entity = await this.queries.execute(new GetEntityQuery(id));
    void reply.header('etag', `"${entity.version}"`);
    return entity;
  }
}

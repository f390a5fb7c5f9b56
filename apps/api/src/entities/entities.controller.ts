import { Controller, Get, Param, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { listEntities } from '#projections';
import type { RequestContext } from '#access';
import { AddEntityAliasCommand, DefineEntityCommand, GetEntityQuery } from '#recording';
import { decodeCursor, encodeCursor, ReadSupport } from '../facts/read-params.js';
import { Endpoint, openApiSchema, ValidBody, ValidQuery } from '../http/endpoint.js';
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
  @Endpoint({ access: 'reader', summary: 'Entities by id, searched by the start of any of their names, a page at a time' })
  @ApiOkResponse({ description: 'a page of entities', schema: openApiSchema(EntityListPage) })
  async list(@ValidQuery(EntityListQuery) q: z.infer<typeof EntityListQuery>): Promise<z.infer<typeof EntityListPage>> {
    await this.read.freshEnough(q.minPosition);
    const after = decodeCursor(q.cursor, EntityCursor);
    const page = await listEntities(this.read.db, { ...(q.q ? { q: q.q } : {}), ...(after !== undefined ? { after } : {}), limit: q.limit });
    return { items: page.items.map((e) => ({ ...e, aliases: [...e.aliases] })), next: page.next !== undefined ? encodeCursor(page.next) : null };
  }

  @Post()
  @Endpoint({ access: 'editor', summary: 'Define an entity with its aliases', body: DefineEntity })
  async define(
    @ValidBody(DefineEntity) body: z.infer<typeof DefineEntity>,
    @Context() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const result = await this.commands.execute(new DefineEntityCommand(body, context));
    return written(reply, result, `/v1/entities/${result.resource.id}`);
  }

  @Post(':id/aliases')
  @Endpoint({ access: 'editor', summary: 'Add an alias to an entity', body: AddAlias })
  async addAlias(
    @Param('id') id: string,
    @ValidBody(AddAlias) body: z.infer<typeof AddAlias>,
    @Context() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const result = await this.commands.execute(new AddEntityAliasCommand(id, body.alias, context));
    return written(reply, result, `/v1/entities/${id}`);
  }

  @Get(':id')
  @Endpoint({ access: 'reader', summary: 'An entity' })
  async get(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const entity = await this.queries.execute(new GetEntityQuery(id));
    void reply.header('etag', `"${entity.version}"`);
    return entity;
  }
}

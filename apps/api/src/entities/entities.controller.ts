import { Controller, Get, Param, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { AddEntityAliasCommand, DefineEntityCommand, GetEntityQuery, type RequestContext } from '#recording';
import { Endpoint, ValidBody } from '../http/endpoint.js';
import { Context, written } from '../http/request-context.js';
import { AddAlias, DefineEntity } from '../http/schemas.js';

@ApiTags('entities')
@Controller('v1/entities')
export class EntitiesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

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

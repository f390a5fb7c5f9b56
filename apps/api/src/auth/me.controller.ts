import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ROLES, type RequestContext } from '#access';
import { responseShape } from '../http/contract.js';
import { Endpoint } from '../http/endpoint.js';
import { Context } from '../http/request-context.js';

export const Me = responseShape('Me', z.object({ name: z.string(), role: z.enum(ROLES) }), 'The holder of the API key sent');

/** Who the presented key belongs to: clients learn which controls to offer from its role. */
@ApiTags('api keys')
@Controller('v1/me')
export class MeController {
  @Get()
  @Endpoint({ access: 'reader', summary: 'The name and role of the API key sent', response: Me })
  me(@Context() context: RequestContext): z.infer<typeof Me> {
    return Me.parse({ name: context.actor.name, role: context.actor.role });
  }
}

import { Controller, Delete, Get, Inject, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { createApiKey, listApiKeys, type RequestContext, revokeApiKey, ROLES } from '#access';
import { DATABASE } from '#database';
import { requestShape, responseShape } from '../http/contract.js';
import { Endpoint, type Shape, ValidBody } from '../http/endpoint.js';
import { ProblemError } from '../http/problem.js';
import { Context } from '../http/request-context.js';
import type { AppDb } from '../schema.js';

const CreateApiKey = requestShape(
  'CreateApiKey',
  z.strictObject({
    name: z.string().trim().min(1).max(200),
    role: z.enum(ROLES),
  }),
);
const ApiKeyCreated = responseShape(
  'ApiKeyCreated',
  z.object({ id: z.string(), key: z.string().describe('the secret: shown in this answer only'), name: z.string(), role: z.enum(ROLES) }),
);
const ApiKey = responseShape(
  'ApiKey',
  z.object({
    id: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
    revokedBy: z.string().nullable(),
  }),
);
const ApiKeyList = responseShape('ApiKeyList', z.object({ items: z.array(ApiKey) }));

@ApiTags('api keys')
@Controller('v1/api-keys')
export class ApiKeysController {
  constructor(@Inject(DATABASE) private readonly db: AppDb) {}

  /** The key itself is in this response only: factlog keeps its hash. */
  @Post()
  @Endpoint({ access: 'admin', summary: 'Create an API key (shown once)', body: CreateApiKey, status: 201, response: ApiKeyCreated })
  create(@ValidBody(CreateApiKey) body: z.infer<typeof CreateApiKey>, @Context() context: RequestContext): Promise<Shape<typeof ApiKeyCreated>> {
    return createApiKey(this.db, body, context);
  }

  @Get()
  @Endpoint({ access: 'admin', summary: 'Every API key with its role, who made it and who revoked it (never the secret)', response: ApiKeyList })
  async list(): Promise<Shape<typeof ApiKeyList>> {
    return { items: await listApiKeys(this.db) };
  }

  @Delete(':id')
  @Endpoint({ access: 'admin', summary: 'Revoke an API key, for good', status: 204, problems: { 404: 'no active API key with this id' } })
  async revoke(@Param('id') id: string, @Context() context: RequestContext) {
    if (!z.uuid().safeParse(id).success || !(await revokeApiKey(this.db, id, context))) {
      throw new ProblemError(404, 'Not Found', `no active API key ${id}`);
    }
  }
}

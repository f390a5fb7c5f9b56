import { z } from 'zod';
import { PageQuery, pageSchema } from '../facts/read-params.js';

/** GET /v1/entities: by id, searched by the start of any of an entity's names. */
export const EntityListQuery = z.strictObject({
  ...PageQuery.shape,
  q: z.string().trim().min(1).max(300).optional().describe('the start of the id, the name or any alias, in any case'),
});

export const EntityListItem = z.object({ id: z.string(), name: z.string(), aliases: z.array(z.string()) });
export const EntityListPage = pageSchema(EntityListItem);
export const EntityCursor = z.string();

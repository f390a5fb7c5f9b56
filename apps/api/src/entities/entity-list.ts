import { z } from 'zod';
import { PageQuery } from '../facts/read-params.js';
import { responseShape } from '../http/contract.js';
import { page } from '../http/responses.js';

/** GET /v1/entities: by id, searched by the start of any of an entity's names. */
export const EntityListQuery = z.strictObject({
  ...PageQuery.shape,
  q: z.string().trim().min(1).max(300).optional().describe('the start of the id, the name or any alias, in any case'),
});

export const EntityListItem = responseShape('EntityListItem', z.object({ id: z.string(), name: z.string(), aliases: z.array(z.string()) }));
export const EntityListPage = page('EntityPage', EntityListItem);
export const EntityCursor = z.string();

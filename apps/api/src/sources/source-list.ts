import { z } from 'zod';
import { SOURCE_KINDS } from '#claims';
import { PageQuery } from '../facts/read-params.js';
import { responseShape } from '../http/contract.js';
import { page } from '../http/responses.js';
import { PartialDateParam } from '../http/schemas.js';

const words = z.string().trim().min(1).max(200);

/** GET /v1/sources: newest first, searched by words in the title or publisher, filtered by publisher, kind and date. */
export const SourceListQuery = z
  .strictObject({
    ...PageQuery.shape,
    q: words.optional().describe('words anywhere in the title or the publisher, in any case'),
    publisher: words.optional().describe('the publisher, whole, in any case'),
    kind: z.enum(SOURCE_KINDS).optional(),
    publishedFrom: PartialDateParam.optional().describe('published on or after: YYYY, YYYY-MM or YYYY-MM-DD (2015 = from 2015-01-01)'),
    publishedTo: PartialDateParam.optional().describe('published on or before: YYYY, YYYY-MM or YYYY-MM-DD (2016 = up to 2016-12-31)'),
  })
  .refine((q) => !q.publishedFrom || !q.publishedTo || q.publishedFrom.start <= q.publishedTo.end, {
    message: 'publishedTo is before publishedFrom',
    path: ['publishedTo'],
  });

export const SourceListItem = responseShape(
  'SourceListItem',
  z.object({
    id: z.string(),
    title: z.string(),
    publisher: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: z.string(),
    kind: z.enum(SOURCE_KINDS),
    language: z.string(),
  }),
);
export const SourceListPage = page('SourcePage', SourceListItem);
export const SourceCursor = z.object({ publishedStart: z.iso.date(), id: z.string() });

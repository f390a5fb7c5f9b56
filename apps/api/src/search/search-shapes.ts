import { z } from 'zod';
import { SEARCH_KINDS, type SearchHit as Hit } from '#projections';
import { PageQuery } from '../facts/read-params.js';
import { responseShape } from '../http/contract.js';
import { page } from '../http/responses.js';
import { PartialDateParam } from '../http/schemas.js';

const words = z.string().trim().min(1).max(200);

/** `kind=claim,source`: one or more kinds of hit, comma-separated. */
const Kinds = z
  .string()
  .transform((value, ctx) => {
    const kinds = [...new Set(value.split(',').map((k) => k.trim()))];
    const unknown = kinds.find((k) => !(SEARCH_KINDS as readonly string[]).includes(k));
    if (unknown !== undefined) {
      ctx.addIssue({ code: 'custom', message: `'${unknown}' is not a kind of hit: one or more of ${SEARCH_KINDS.join(', ')}, comma-separated` });
      return z.NEVER;
    }
    return kinds as Array<(typeof SEARCH_KINDS)[number]>;
  })
  .describe(`kinds of hit, comma-separated: ${SEARCH_KINDS.join(', ')}`);

/** GET /v1/search: words, ranked, filtered by kind, subject, metric, publisher and date. */
export const SearchQuery = z
  .strictObject({
    ...PageQuery.shape,
    limit: z.coerce.number().int().min(1).max(100).default(20),
    q: words.describe(
      'words as typed into a search box: "a phrase" in quotes, -word to leave out, or; parts of names ("coalit") find entities, metrics and sources',
    ),
    kind: Kinds.optional(),
    subject: words.optional().describe('the entity (its id or any of its names): hits without one (sources, metrics) are left out'),
    metric: words.optional().describe('the metric id: hits without one (sources, entities) are left out'),
    publisher: words.optional().describe('the publisher, whole, in any case: hits without one (entities, metrics) are left out'),
    publishedFrom: PartialDateParam.optional().describe('published on or after: YYYY, YYYY-MM or YYYY-MM-DD (sources, their claims and comments)'),
    publishedTo: PartialDateParam.optional().describe('published on or before: YYYY, YYYY-MM or YYYY-MM-DD'),
  })
  .refine((q) => !q.publishedFrom || !q.publishedTo || q.publishedFrom.start <= q.publishedTo.end, {
    message: 'publishedTo is before publishedFrom',
    path: ['publishedTo'],
  });

const MarkedText = responseShape(
  'MarkedText',
  z.object({
    text: z.string().describe('plain text: show it as text, never as HTML'),
    marks: z
      .array(z.tuple([z.int(), z.int()]))
      .describe('the matching words, as [start, end) offsets in UTF-16 code units (JavaScript string indices), sorted'),
  }),
  'A text and where the search words matched in it',
);

export const SearchHit = responseShape(
  'SearchHit',
  z.object({
    kind: z.enum(SEARCH_KINDS),
    id: z.string().describe('the hit: kind, a colon and the id (a comment: claim id and comment id)'),
    score: z.number().describe('higher is better; compares hits of one search only'),
    title: MarkedText.describe("an entity's name, a metric's id, a source's title, a claim's quote (else its attribution), a comment's text"),
    snippet: MarkedText.nullable().describe("the rest that matched: aliases, a claim's attribution, a source's publisher and text"),
    links: z.object({
      api: z.string().describe('the API path of what was found'),
      web: z.string().describe("the web UI's address of it (a hash route)"),
    }),
    claimId: z.string().nullable(),
    sourceId: z.string().nullable(),
    subject: z.string().nullable().describe('the entity id'),
    metric: z.string().nullable(),
    commentId: z.string().nullable(),
    publisher: z.string().nullable(),
    publishedOn: z.string().nullable().describe('the first day of the publication date (sources, claims, comments)'),
  }),
);
export const SearchPage = page('SearchPage', SearchHit);
export const SearchCursor = z.object({ score: z.number(), id: z.string() });

const path = (...parts: string[]) => parts.map(encodeURIComponent).join('/');

/** Where a hit is, in the API and in the web UI. */
export function linksOf(hit: Hit): { api: string; web: string } {
  switch (hit.kind) {
    case 'claim':
    case 'comment':
      return { api: `/v1/claims/${path(hit.claimId!)}`, web: `/#/claims/${path(hit.claimId!)}` };
    case 'source':
      return { api: `/v1/sources/${path(hit.sourceId!)}`, web: `/#/sources/${path(hit.sourceId!)}` };
    case 'entity':
      return { api: `/v1/entities/${path(hit.entityId!)}`, web: `/#/facts?q=${encodeURIComponent(hit.entityId!)}` };
    case 'metric':
      return { api: `/v1/metrics/${path(hit.metricId!)}`, web: `/#/facts?q=${encodeURIComponent(hit.metricId!)}` };
  }
}

import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { SEARCH, search } from '#projections';
import { decodeCursor, encodeCursor, FRESHNESS, ReadSupport } from '../facts/read-params.js';
import { Endpoint, type Shape, ValidQuery } from '../http/endpoint.js';
import { linksOf, SearchCursor, SearchPage, SearchQuery } from './search-shapes.js';

@ApiTags('search')
@Controller('v1/search')
export class SearchController {
  constructor(private readonly read: ReadSupport) {}

  @Get()
  @Endpoint({
    access: 'reader',
    summary: 'Search claims, sources, entities, metrics and comments by words, best first, a page at a time',
    query: SearchQuery,
    response: SearchPage,
    problems: FRESHNESS,
  })
  async search(@ValidQuery(SearchQuery) q: z.infer<typeof SearchQuery>): Promise<Shape<typeof SearchPage>> {
    const after = decodeCursor(q.cursor, SearchCursor);
    const page = await this.read.reading(
      q.minPosition,
      async (db) =>
        search(db, {
          q: q.q,
          ...(q.kind ? { kinds: q.kind } : {}),
          ...(q.subject ? { entityId: await this.read.subject(q.subject, db) } : {}),
          ...(q.metric ? { metricId: q.metric } : {}),
          ...(q.publisher ? { publisher: q.publisher } : {}),
          ...(q.publishedFrom ? { publishedFrom: q.publishedFrom.start } : {}),
          ...(q.publishedTo ? { publishedTo: q.publishedTo.end } : {}),
          ...(after ? { after } : {}),
          limit: q.limit,
        }),
      SEARCH,
    );
    return {
      items: page.items.map((hit) => ({
        kind: hit.kind,
        id: hit.id,
        score: hit.score,
        title: { text: hit.title.text, marks: hit.title.marks.map(([s, e]) => [s, e] as [number, number]) },
        snippet: hit.snippet && { text: hit.snippet.text, marks: hit.snippet.marks.map(([s, e]) => [s, e] as [number, number]) },
        links: linksOf(hit),
        claimId: hit.claimId,
        sourceId: hit.sourceId,
        subject: hit.entityId,
        metric: hit.metricId,
        commentId: hit.commentId,
        publisher: hit.publisher,
        publishedOn: hit.publishedOn,
      })),
      next: page.next ? encodeCursor(page.next) : null,
    };
  }
}

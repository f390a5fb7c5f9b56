import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { WORKFLOW_STATUSES } from '#claims';
import { EDITORIAL, listReview } from '#projections';
import { decodeCursor, encodeCursor, FRESHNESS, ReadSupport } from '../facts/read-params.js';
import { Endpoint, type Shape, ValidQuery } from '../http/endpoint.js';
import { ReviewPage } from '../claims/claim-shapes.js';

const ReviewQuery = z.object({
  status: z.enum(WORKFLOW_STATUSES).optional(),
  assignee: z.string().trim().min(1).max(200).optional(),
  verdictOutdated: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: only claims corrected after their verdict (verdicts to redo); false: only claims whose verdict, if any, is current'),
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  minPosition: z.coerce.number().int().min(0).optional(),
});

/** The review desk's list: claims by workflow status, assignee and out-of-date verdict, least recently changed first. */
@ApiTags('workflow')
@Controller('v1/review')
export class ReviewController {
  constructor(private readonly read: ReadSupport) {}

  @Get()
  @Endpoint({
    access: 'reader',
    summary: 'Claims by workflow status, assignee and out-of-date verdict, least recently changed first, a page at a time',
    query: ReviewQuery,
    response: ReviewPage,
    problems: FRESHNESS,
  })
  async list(@ValidQuery(ReviewQuery) q: z.infer<typeof ReviewQuery>): Promise<Shape<typeof ReviewPage>> {
    const after = decodeCursor(q.cursor, z.number().int().min(0));
    const page = await this.read.reading(
      q.minPosition,
      (db) =>
        listReview(db, {
          ...(q.status ? { status: q.status } : {}),
          ...(q.assignee ? { assignee: q.assignee } : {}),
          ...(q.verdictOutdated ? { verdictOutdated: q.verdictOutdated === 'true' } : {}),
          ...(after !== undefined ? { after } : {}),
          limit: q.limit,
        }),
      EDITORIAL,
    );
    return { items: page.items, next: page.next !== undefined ? encodeCursor(page.next) : null };
  }
}

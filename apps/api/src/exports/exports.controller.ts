import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { notFound } from '#claims';
import { timeline } from '#projections';
import { GetClaimQuery } from '#recording';
import { checkClaimId } from '../claims/claim-reply.js';
import { AsOfQuery, asOf, FRESHNESS, ReadSupport } from '../facts/read-params.js';
import { responseShape } from '../http/contract.js';
import { Endpoint, ValidQuery } from '../http/endpoint.js';
import { publicUrl } from '../http/public-url.js';
import { type AppSettings, SETTINGS } from '../settings.js';
import { claimReview } from './claim-review.js';
import { timelineCsv } from './timeline-csv.js';

/** schema.org's vocabulary, kept open: only the fields a reader of the review relies on are named. */
const ClaimReview = responseShape(
  'ClaimReview',
  z.looseObject({
    '@context': z.literal('https://schema.org'),
    '@type': z.literal('ClaimReview'),
    url: z.string().describe('the fact page of the web UI, where the claim and its verdict are read'),
    claimReviewed: z.string(),
    datePublished: z.string(),
    expires: z.string().optional().describe('set when the claim was corrected after its verdict: the verdict judged the version before'),
    reviewRating: z.looseObject({ '@type': z.literal('Rating'), alternateName: z.string(), ratingExplanation: z.string().optional() }),
    itemReviewed: z.looseObject({
      '@type': z.literal('Claim'),
      author: z
        .object({ '@type': z.enum(['Person', 'Organization']), name: z.string() })
        .optional()
        .describe("who made the claim: the person or organisation quoted (the claim's attribution), else the publisher"),
    }),
  }),
  'A claim and its verdict as a schema.org ClaimReview (JSON-LD)',
);

const TimelineQuery = AsOfQuery.extend({ include: z.enum(['active', 'all']).default('active') });

/** The same data as the JSON reads, in the forms other tools take: CSV and schema.org JSON-LD. */
@ApiTags('exports')
@Controller('v1')
export class ExportsController {
  constructor(
    private readonly read: ReadSupport,
    private readonly queries: QueryBus,
    @Inject(SETTINGS) private readonly settings: AppSettings,
  ) {}

  @Get('facts/:subject/:metric/timeline.csv')
  @Endpoint({
    access: 'reader',
    summary: 'The timeline as CSV, one row per claim (knownAt, publishedBefore, include)',
    produces: 'text/csv',
    query: TimelineQuery,
    problems: { ...FRESHNESS, 404: 'no such fact' },
  })
  async timelineCsv(
    @Param('subject') subject: string,
    @Param('metric') metric: string,
    @ValidQuery(TimelineQuery) q: z.infer<typeof TimelineQuery>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const found = await this.read.reading(q.minPosition, async (db) =>
      timeline(db, await this.read.subject(subject, db), metric, { ...asOf(q), includeInactive: q.include === 'all' }),
    );
    if (!found) throw notFound(`fact ${subject}/${metric}`);
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${found.subject}-${found.metric}-timeline.csv"`);
    return timelineCsv(found);
  }

  @Get('claims/:id/claim-review')
  @Endpoint({
    access: 'reader',
    summary: 'The claim and its verdict as a schema.org ClaimReview (JSON-LD); 409 before a verdict',
    produces: 'application/ld+json',
    response: ClaimReview,
    problems: { 404: 'no such claim', 409: 'the claim has no verdict yet' },
  })
  async claimReview(@Param('id') id: string, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const claim = await this.queries.execute(new GetClaimQuery(checkClaimId(id)));
    // The page a reader of the review lands on: the fact page of the web UI.
    const page = `/#/facts/${encodeURIComponent(claim.subject)}/${encodeURIComponent(claim.metric)}`;
    const review = claimReview(claim, publicUrl(this.settings, request, page));
    void reply.header('content-type', 'application/ld+json; charset=utf-8');
    return review;
  }
}

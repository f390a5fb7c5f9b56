import { Controller, Get, Param, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { previewClaim } from '#claims';
import { listClaims, loadFactClaims, loadResolutions } from '#projections';
import type { RequestContext } from '#access';
import { type ClaimChange, ChangeClaimCommand, type ClaimToPreview, GetClaimQuery, PreviewClaimQuery, RecordClaimCommand } from '#recording';
import { decodeCursor, encodeCursor, FRESHNESS, PageQuery, ReadSupport } from '../facts/read-params.js';
import { Endpoint, type Shape, ValidBody, ValidQuery } from '../http/endpoint.js';
import { ClaimPreview } from './claim-preview-shapes.js';
import { ClaimView } from './claim-shapes.js';
import { Context, IfMatch } from '../http/request-context.js';
import { CorrectClaim, RankClaim, Reason, RecordClaim, ReviewClaim } from '../http/schemas.js';
import { ClaimCursor, ClaimListPage, ClaimListQuery } from './claim-list.js';
import { checkClaimId as checkId, ClaimChangeEndpoint, replyWithClaim } from './claim-reply.js';

type Body<S extends z.ZodType> = z.infer<S>;

/** The preview reads the fact views: minPosition waits for this tab's own writes in them. */
const PreviewQuery = PageQuery.pick({ minPosition: true });

@ApiTags('claims')
@Controller('v1/claims')
export class ClaimsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly read: ReadSupport,
  ) {}

  @Get()
  @Endpoint({
    access: 'reader',
    summary: 'Claims in the order they were recorded, by subject, metric, source, status, verdict or rank, a page at a time',
    query: ClaimListQuery,
    response: ClaimListPage,
    problems: FRESHNESS,
  })
  async list(@ValidQuery(ClaimListQuery) q: z.infer<typeof ClaimListQuery>): Promise<Shape<typeof ClaimListPage>> {
    const after = decodeCursor(q.cursor, ClaimCursor);
    const page = await this.read.reading(q.minPosition, async (db) =>
      listClaims(db, {
        ...(q.subject ? { subject: await this.read.subject(q.subject, db) } : {}),
        ...(q.metric ? { metric: q.metric } : {}),
        ...(q.source ? { source: q.source } : {}),
        ...(q.status ? { status: q.status } : {}),
        ...(q.verdict ? { verdict: q.verdict } : {}),
        ...(q.rank ? { rank: q.rank } : {}),
        ...(after ? { after } : {}),
        limit: q.limit,
      }),
    );
    return { items: page.items as z.infer<typeof ClaimListPage>['items'], next: page.next ? encodeCursor(page.next) : null };
  }

  @Post()
  @Endpoint({
    access: 'editor',
    summary: 'Record what a source says about a figure',
    body: RecordClaim,
    statuses: [201, 200],
    response: ClaimView,
    responseHeaders: ['ETag', 'Location'],
    problems: { 404: 'no such source or metric, or no such subject (createEntity: true defines it)' },
  })
  async record(
    @ValidBody(RecordClaim) body: Body<typeof RecordClaim>,
    @Context() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Shape<typeof ClaimView>> {
    return replyWithClaim(this.queries, reply, await this.commands.execute(new RecordClaimCommand(body, context)));
  }

  @Post('preview')
  @Endpoint({
    access: 'editor',
    summary: "How a claim would relate to its fact's claims (agreement, change, revision, contradiction), without recording it",
    body: RecordClaim,
    query: PreviewQuery,
    status: 200,
    response: ClaimPreview,
    problems: { 404: 'no such source or metric', ...FRESHNESS },
  })
  async preview(
    @ValidBody(RecordClaim) body: Body<typeof RecordClaim>,
    @ValidQuery(PreviewQuery) q: z.infer<typeof PreviewQuery>,
  ): Promise<Shape<typeof ClaimPreview>> {
    // The same checks as recording, first: a claim that would be refused has no preview.
    const planned: ClaimToPreview = await this.queries.execute(new PreviewClaimQuery(body, new Date()));
    await this.read.freshEnough(q.minPosition);
    const { entityId, metricId, claim } = planned;
    const [held, resolutions] = await Promise.all([
      loadFactClaims(this.read.db, entityId, metricId, {}),
      loadResolutions(this.read.db, entityId, metricId, {}),
    ]);
    const preview = previewClaim(entityId, metricId, claim, held, planned.metric, resolutions);
    const byId = new Map(held.map((c) => [c.id, c]));
    return {
      claim: { id: claim.id, subject: entityId, metric: metricId, value: claim.value, validTime: claim.validTime },
      alreadyRecorded: preview.alreadyRecorded,
      relations: preview.relations.map(({ claimId, relation }) => {
        const c = byId.get(claimId)!;
        const { kind, ...detail } = relation;
        return {
          claim: {
            id: c.id,
            value: c.value,
            validTime: c.validTime,
            ...(c.quote ? { quote: c.quote } : {}),
            source: {
              id: c.source.id,
              title: c.source.title,
              publishedAt: c.source.publishedAt,
              ...(c.source.publisher ? { publisher: c.source.publisher } : {}),
            },
          },
          kind,
          ...detail,
        };
      }),
      contradictions: preview.contradictions.map((c) => ({ ...c, claimIds: [...c.claimIds] })),
      current: preview.current,
      flagsBefore: [...preview.flagsBefore],
      flagsAfter: [...preview.flagsAfter],
    };
  }

  @Get(':id')
  @Endpoint({
    access: 'reader',
    summary: 'A claim with its source and every event on it',
    response: ClaimView,
    responseHeaders: ['ETag'],
    problems: { 404: 'no such claim' },
  })
  async get(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Shape<typeof ClaimView>> {
    const claim = await this.queries.execute(new GetClaimQuery(checkId(id)));
    void reply.header('etag', `"${claim.version}"`);
    return claim;
  }

  @Post(':id/corrections')
  @ClaimChangeEndpoint({ access: 'editor', summary: 'Correct the value or valid time (If-Match: the version you saw)', body: CorrectClaim })
  correct(
    @Param('id') id: string,
    @ValidBody(CorrectClaim) body: Body<typeof CorrectClaim>,
    @IfMatch() version: number | undefined,
    @Context() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Shape<typeof ClaimView>> {
    return this.change(reply, id, { type: 'CorrectClaim', ...body }, context, version);
  }

  @Post(':id/retraction')
  @ClaimChangeEndpoint({ access: 'editor', summary: 'Retract a claim', body: Reason })
  retract(
    @Param('id') id: string,
    @ValidBody(Reason) body: Body<typeof Reason>,
    @IfMatch() version: number | undefined,
    @Context() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Shape<typeof ClaimView>> {
    return this.change(reply, id, { type: 'RetractClaim', reason: body.reason }, context, version);
  }

  @Post(':id/restoration')
  @ClaimChangeEndpoint({ access: 'editor', summary: 'Restore a retracted claim', body: Reason })
  restore(
    @Param('id') id: string,
    @ValidBody(Reason) body: Body<typeof Reason>,
    @IfMatch() version: number | undefined,
    @Context() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Shape<typeof ClaimView>> {
    return this.change(reply, id, { type: 'RestoreClaim', reason: body.reason }, context, version);
  }

  @Post(':id/reviews')
  @ClaimChangeEndpoint({ access: 'reviewer', summary: 'Record a fact-check verdict', body: ReviewClaim })
  review(
    @Param('id') id: string,
    @ValidBody(ReviewClaim) body: Body<typeof ReviewClaim>,
    @IfMatch() version: number | undefined,
    @Context() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Shape<typeof ClaimView>> {
    return this.change(reply, id, { type: 'ReviewClaim', ...body }, context, version);
  }

  @Post(':id/rank')
  @ClaimChangeEndpoint({ access: 'reviewer', summary: 'Rank a claim preferred, normal or deprecated', body: RankClaim })
  rank(
    @Param('id') id: string,
    @ValidBody(RankClaim) body: Body<typeof RankClaim>,
    @IfMatch() version: number | undefined,
    @Context() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Shape<typeof ClaimView>> {
    return this.change(reply, id, { type: 'RankClaim', ...body }, context, version);
  }

  private async change(reply: FastifyReply, id: string, change: ClaimChange, context: RequestContext, version?: number) {
    return replyWithClaim(this.queries, reply, await this.commands.execute(new ChangeClaimCommand(checkId(id), change, context, version)));
  }
}

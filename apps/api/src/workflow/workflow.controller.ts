import { Controller, Delete, Param, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { RequestContext } from '#access';
import { ChangeWorkflowCommand, CommentOnClaimCommand, type WorkflowChange } from '#recording';
import { checkClaimId, ClaimChangeEndpoint, replyWithClaim } from '../claims/claim-reply.js';
import { ClaimView, CommentWritten } from '../claims/claim-shapes.js';
import { Endpoint, type Shape, ValidBody } from '../http/endpoint.js';
import { Context, IfMatch } from '../http/request-context.js';
import { AssignReviewer, CommentOnClaim, MoveWorkflow } from '../http/schemas.js';

/**
 * A claim's way through review. The routes ask for an editor; the domain refuses the moves that
 * only a reviewer makes (publish, send back, reopen) with 403, and any change to a published
 * claim but a reopening or a comment with 409.
 */
@ApiTags('workflow')
@Controller('v1/claims')
export class WorkflowController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post(':id/workflow')
  @ClaimChangeEndpoint({
    access: 'editor',
    summary: 'Move a claim through review: in_progress, in_review, published (publishing, sending back and reopening need a reviewer)',
    body: MoveWorkflow,
  })
  move(
    @Param('id') id: string,
    @ValidBody(MoveWorkflow) body: z.infer<typeof MoveWorkflow>,
    @IfMatch() version: number | undefined,
    @Context() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Shape<typeof ClaimView>> {
    return this.change(reply, id, { type: 'MoveClaimWorkflow', ...body }, context, version);
  }

  @Post(':id/assignees')
  @ClaimChangeEndpoint({ access: 'editor', summary: 'Assign a reviewer (the name of an API key holder)', body: AssignReviewer })
  assign(
    @Param('id') id: string,
    @ValidBody(AssignReviewer) body: z.infer<typeof AssignReviewer>,
    @IfMatch() version: number | undefined,
    @Context() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Shape<typeof ClaimView>> {
    return this.change(reply, id, { type: 'AssignReviewer', assignee: body.assignee }, context, version);
  }

  @Delete(':id/assignees/:assignee')
  @ClaimChangeEndpoint({ access: 'editor', summary: 'Unassign a reviewer' })
  unassign(
    @Param('id') id: string,
    @Param('assignee') assignee: string,
    @IfMatch() version: number | undefined,
    @Context() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Shape<typeof ClaimView>> {
    return this.change(reply, id, { type: 'UnassignReviewer', assignee }, context, version);
  }

  @Post(':id/comments')
  @Endpoint({
    access: 'editor',
    summary: 'Comment on a claim (allowed on published claims too)',
    body: CommentOnClaim,
    statuses: [201, 200],
    response: CommentWritten,
    responseHeaders: ['ETag'],
    problems: { 404: 'no such claim' },
  })
  async comment(
    @Param('id') id: string,
    @ValidBody(CommentOnClaim) body: z.infer<typeof CommentOnClaim>,
    @Context() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Shape<typeof CommentWritten>> {
    const result = await this.commands.execute(new CommentOnClaimCommand(checkClaimId(id), body.text, context));
    void reply.status(result.created ? 201 : 200).header('etag', `"${result.version}"`);
    return { ...result.comment, version: result.version, position: result.position };
  }

  private async change(reply: FastifyReply, id: string, change: WorkflowChange, context: RequestContext, version?: number) {
    return replyWithClaim(this.queries, reply, await this.commands.execute(new ChangeWorkflowCommand(checkClaimId(id), change, context, version)));
  }
}

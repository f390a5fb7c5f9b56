import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type ClaimCommand, deterministicUuid, streamIds, type WorkflowStatus } from '#claims';
import { EventStore } from '#event-store';
import { type ClaimWritten, claimDecider } from './claims.js';
import { type RequestContext, roleAtLeast } from '#access';
import { loadStream, runCommand, type StreamEvent } from './run-command.js';

/** A move through review, or a change of the claim's reviewers. */
export type WorkflowChange =
  | { readonly type: 'MoveClaimWorkflow'; readonly to: WorkflowStatus; readonly note?: string }
  | { readonly type: 'AssignReviewer'; readonly assignee: string }
  | { readonly type: 'UnassignReviewer'; readonly assignee: string };

export class ChangeWorkflowCommand extends Command<ClaimWritten> {
  constructor(
    readonly claimId: string,
    readonly change: WorkflowChange,
    readonly context: RequestContext,
    readonly expectedVersion?: number,
  ) {
    super();
  }
}

@CommandHandler(ChangeWorkflowCommand)
export class ChangeWorkflowHandler implements ICommandHandler<ChangeWorkflowCommand> {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  async execute({ claimId, change, context, expectedVersion }: ChangeWorkflowCommand): Promise<ClaimWritten> {
    const command: ClaimCommand =
      change.type === 'MoveClaimWorkflow'
        ? { ...change, claimId, role: roleAtLeast(context.actor.role, 'reviewer') ? 'reviewer' : 'editor' }
        : { ...change, claimId };
    const result = await runCommand(this.store, { streamId: streamIds.claim(claimId), decider: claimDecider, command, context, expectedVersion });
    return { ...result, claimId, created: false };
  }
}

export interface CommentView {
  readonly id: string;
  readonly text: string;
  readonly author: string | null;
  readonly at: string;
}

export interface CommentWritten {
  readonly comment: CommentView;
  readonly version: number;
  readonly position: number;
  readonly created: boolean;
}

export class CommentOnClaimCommand extends Command<CommentWritten> {
  constructor(
    readonly claimId: string,
    readonly text: string,
    readonly context: RequestContext,
  ) {
    super();
  }
}

/**
 * The comment's id comes from who sent it and the request that carried it (the Idempotency-Key
 * when there is one, else the request id), so a retried request finds the comment it made the
 * first time instead of making a second one.
 */
function commentIdFor(claimId: string, context: RequestContext): string {
  return deterministicUuid('comment', claimId, context.actor.keyId, context.causationId ?? context.requestId);
}

@CommandHandler(CommentOnClaimCommand)
export class CommentOnClaimHandler implements ICommandHandler<CommentOnClaimCommand> {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  async execute({ claimId, text, context }: CommentOnClaimCommand): Promise<CommentWritten> {
    const commentId = commentIdFor(claimId, context);
    const streamId = streamIds.claim(claimId);
    const result = await runCommand(this.store, {
      streamId,
      decider: claimDecider,
      command: { type: 'CommentOnClaim', claimId, commentId, text },
      context,
    });
    // Author and time are the event's: on a retry, those of the first attempt.
    const { events } = await loadStream(this.store, streamId, claimDecider);
    return {
      comment: commentsOf(events).find((c) => c.id === commentId)!,
      version: result.version,
      position: result.position,
      created: result.appended > 0,
    };
  }
}

/** Comments with their author and time, which the events' metadata holds. */
export function commentsOf(events: readonly StreamEvent[]): CommentView[] {
  return events
    .filter((e) => e.type === 'ClaimCommented')
    .map((e) => {
      const data = e.data as { commentId: string; text: string };
      return { id: data.commentId, text: data.text, author: e.metadata.actor ?? null, at: e.recordedAt.toISOString() };
    });
}

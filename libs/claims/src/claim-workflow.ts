import { conflict, forbidden, invalid, notFound } from './errors.js';

/**
 * The editorial workflow of a claim, kept on the claim's own stream: an editor takes a claim
 * from `unstarted` to `in_progress` and on to `in_review`; a reviewer publishes it, sends it back,
 * or reopens a published one. A published claim is locked: nothing about its content, rank,
 * verdict or reviewers changes until a reviewer reopens it. Comments stay open throughout.
 */
export const WORKFLOW_STATUSES = ['unstarted', 'in_progress', 'in_review', 'published'] as const;
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number];

/** Who moves a claim, as far as the workflow cares: admins act as reviewers. */
export type WorkflowRole = 'editor' | 'reviewer';

/** Every move a claim can make, and the least role that may make it. */
export const WORKFLOW_MOVES: ReadonlyArray<{ readonly from: WorkflowStatus; readonly to: WorkflowStatus; readonly role: WorkflowRole }> = [
  { from: 'unstarted', to: 'in_progress', role: 'editor' },
  { from: 'in_progress', to: 'in_review', role: 'editor' },
  { from: 'in_review', to: 'published', role: 'reviewer' },
  { from: 'in_review', to: 'in_progress', role: 'reviewer' }, // sent back
  { from: 'published', to: 'in_progress', role: 'reviewer' }, // reopened
];

export const ASSIGNEE_MAX = 200;
export const COMMENT_MAX = 4000;
export const LOCKED_MESSAGE = 'published claims are locked; a reviewer must reopen it';

export interface WorkflowComment {
  readonly id: string;
  readonly text: string;
}

export interface WorkflowState {
  readonly status: WorkflowStatus;
  readonly assignees: readonly string[];
  /** Kept so that a retried comment (same id) is recognised as the one already made. */
  readonly comments: readonly WorkflowComment[];
}

export const initialWorkflowState: WorkflowState = { status: 'unstarted', assignees: [], comments: [] };

export type WorkflowCommand =
  | {
      readonly type: 'MoveClaimWorkflow';
      readonly claimId: string;
      readonly to: WorkflowStatus;
      readonly note?: string;
      readonly role: WorkflowRole;
    }
  | { readonly type: 'AssignReviewer'; readonly claimId: string; readonly assignee: string }
  | { readonly type: 'UnassignReviewer'; readonly claimId: string; readonly assignee: string }
  | {
      readonly type: 'CommentOnClaim';
      readonly claimId: string;
      /** Chosen by the caller, the same on a retry: the same id is the same comment. */
      readonly commentId: string;
      readonly text: string;
    };

export type WorkflowEvent =
  | {
      readonly type: 'ClaimWorkflowMoved';
      readonly data: { readonly claimId: string; readonly from: WorkflowStatus; readonly to: WorkflowStatus; readonly note?: string };
    }
  | { readonly type: 'ReviewerAssigned'; readonly data: { readonly claimId: string; readonly assignee: string } }
  | { readonly type: 'ReviewerUnassigned'; readonly data: { readonly claimId: string; readonly assignee: string } }
  | { readonly type: 'ClaimCommented'; readonly data: { readonly claimId: string; readonly commentId: string; readonly text: string } };

/** The commands a published claim still takes: the move that reopens it, and comments. */
const OPEN_WHILE_PUBLISHED: ReadonlySet<string> = new Set<WorkflowCommand['type']>(['MoveClaimWorkflow', 'CommentOnClaim']);

/** Refuses any change but a move or a comment while the claim is published. */
export function refuseIfLocked(commandType: string, workflow: WorkflowState): void {
  if (workflow.status === 'published' && !OPEN_WHILE_PUBLISHED.has(commandType)) throw conflict(LOCKED_MESSAGE);
}

export function decideWorkflow(command: WorkflowCommand, claim: { readonly id: string; readonly workflow: WorkflowState }): WorkflowEvent[] {
  const { workflow } = claim;
  switch (command.type) {
    case 'MoveClaimWorkflow': {
      if (!WORKFLOW_STATUSES.includes(command.to)) throw invalid('to', `to must be one of ${WORKFLOW_STATUSES.join(', ')}`);
      const from = workflow.status;
      const move = WORKFLOW_MOVES.find((m) => m.from === from && m.to === command.to);
      if (!move) {
        const next = WORKFLOW_MOVES.filter((m) => m.from === from).map((m) => m.to);
        throw conflict(`a claim ${from} cannot move to ${command.to}; it can move to ${next.join(' or ')}`, 'to');
      }
      if (move.role === 'reviewer' && command.role !== 'reviewer') {
        throw forbidden(`moving a claim from ${from} to ${command.to} needs the reviewer role`);
      }
      const note = command.note?.trim();
      return [{ type: 'ClaimWorkflowMoved', data: { claimId: claim.id, from, to: command.to, ...(note ? { note } : {}) } }];
    }
    case 'AssignReviewer': {
      const assignee = checkAssignee(command.assignee);
      if (workflow.assignees.includes(assignee)) return [];
      return [{ type: 'ReviewerAssigned', data: { claimId: claim.id, assignee } }];
    }
    case 'UnassignReviewer': {
      const assignee = checkAssignee(command.assignee);
      if (!workflow.assignees.includes(assignee)) throw notFound(`assignee '${assignee}' on claim ${claim.id}`);
      return [{ type: 'ReviewerUnassigned', data: { claimId: claim.id, assignee } }];
    }
    case 'CommentOnClaim': {
      const text = command.text?.trim() ?? '';
      if (!text) throw invalid('text', 'a comment must not be empty');
      if (text.length > COMMENT_MAX) throw invalid('text', `a comment has at most ${COMMENT_MAX} characters`);
      const earlier = workflow.comments.find((c) => c.id === command.commentId);
      if (earlier) {
        // The same comment sent again is a retry of the first.
        if (earlier.text === text) return [];
        throw conflict(`comment ${command.commentId} was already made with another text`);
      }
      return [{ type: 'ClaimCommented', data: { claimId: claim.id, commentId: command.commentId, text } }];
    }
    default:
      throw new Error(`unknown command ${JSON.stringify(command satisfies never)}`);
  }
}

export function evolveWorkflow(workflow: WorkflowState, event: WorkflowEvent): WorkflowState {
  switch (event.type) {
    case 'ClaimWorkflowMoved':
      return { ...workflow, status: event.data.to };
    case 'ReviewerAssigned':
      return { ...workflow, assignees: [...workflow.assignees, event.data.assignee] };
    case 'ReviewerUnassigned':
      return { ...workflow, assignees: workflow.assignees.filter((a) => a !== event.data.assignee) };
    case 'ClaimCommented':
      return { ...workflow, comments: [...workflow.comments, { id: event.data.commentId, text: event.data.text }] };
    default:
      event satisfies never;
      return workflow;
  }
}

const WORKFLOW_COMMANDS: ReadonlySet<string> = new Set<WorkflowCommand['type']>(['MoveClaimWorkflow', 'AssignReviewer', 'UnassignReviewer', 'CommentOnClaim']);
const WORKFLOW_EVENTS: ReadonlySet<string> = new Set<WorkflowEvent['type']>(['ClaimWorkflowMoved', 'ReviewerAssigned', 'ReviewerUnassigned', 'ClaimCommented']);

export const isWorkflowCommand = (command: { readonly type: string }): command is WorkflowCommand => WORKFLOW_COMMANDS.has(command.type);
export const isWorkflowEvent = (event: { readonly type: string }): event is WorkflowEvent => WORKFLOW_EVENTS.has(event.type);

function checkAssignee(name: string): string {
  const assignee = name?.trim() ?? '';
  if (!assignee) throw invalid('assignee', 'an assignee is the name of an API key holder and must not be empty');
  if (assignee.length > ASSIGNEE_MAX) throw invalid('assignee', `an assignee has at most ${ASSIGNEE_MAX} characters`);
  return assignee;
}

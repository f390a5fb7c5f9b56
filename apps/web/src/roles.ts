import { ROLES, type Role, type WorkflowStatus } from './api/types';

/** Each role can do what the ones before it can (the API checks the same order). */
export const roleAtLeast = (held: Role, needed: Role) => ROLES.indexOf(held) >= ROLES.indexOf(needed);

export interface WorkflowAction {
  readonly to: WorkflowStatus;
  readonly label: string;
  readonly needs: Role;
}

// Editors carry a claim to review; reviewers publish it, send it back, or reopen it.
const MOVES: Record<WorkflowStatus, readonly WorkflowAction[]> = {
  unstarted: [{ to: 'in_progress', label: 'Start work', needs: 'editor' }],
  in_progress: [{ to: 'in_review', label: 'Send to review', needs: 'editor' }],
  in_review: [
    { to: 'published', label: 'Publish', needs: 'reviewer' },
    { to: 'in_progress', label: 'Send back', needs: 'reviewer' },
  ],
  published: [{ to: 'in_progress', label: 'Reopen', needs: 'reviewer' }],
};

/** The moves a role may make from a status: the only buttons the workflow panel shows. */
export function workflowActions(role: Role, status: WorkflowStatus): readonly WorkflowAction[] {
  return (MOVES[status] ?? []).filter((move) => roleAtLeast(role, move.needs));
}

export type ClaimChange = 'correct' | 'retract' | 'restore';

/**
 * The changes a role may make to a claim as it stands: editors and above correct and retract an
 * active claim, restore a retracted one; a published claim is locked until a reviewer reopens it.
 */
export function claimChanges(
  role: Role,
  claim: { readonly status: 'active' | 'retracted'; readonly workflow: { readonly status: WorkflowStatus } },
): readonly ClaimChange[] {
  if (!roleAtLeast(role, 'editor') || claim.workflow.status === 'published') return [];
  return claim.status === 'active' ? ['correct', 'retract'] : ['restore'];
}

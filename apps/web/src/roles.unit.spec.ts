import { describe, expect, it } from 'vitest';
import { roleAtLeast, workflowActions } from './roles';

const moves = (role: Parameters<typeof workflowActions>[0], status: Parameters<typeof workflowActions>[1]) => workflowActions(role, status).map((a) => a.to);

describe('what each role is offered', () => {
  it('orders roles reader < editor < reviewer < admin', () => {
    expect(roleAtLeast('reviewer', 'editor')).toBe(true);
    expect(roleAtLeast('editor', 'reviewer')).toBe(false);
    expect(roleAtLeast('admin', 'reviewer')).toBe(true);
    expect(roleAtLeast('reader', 'editor')).toBe(false);
  });

  it('lets editors carry a claim to review, and no further', () => {
    expect(moves('editor', 'unstarted')).toEqual(['in_progress']);
    expect(moves('editor', 'in_progress')).toEqual(['in_review']);
    expect(moves('editor', 'in_review')).toEqual([]);
    expect(moves('editor', 'published')).toEqual([]);
  });

  it('lets reviewers publish, send back and reopen', () => {
    expect(moves('reviewer', 'in_review')).toEqual(['published', 'in_progress']);
    expect(moves('reviewer', 'published')).toEqual(['in_progress']);
    expect(moves('admin', 'unstarted')).toEqual(['in_progress']);
  });

  it('offers a reader no move at all', () => {
    for (const status of ['unstarted', 'in_progress', 'in_review', 'published'] as const) expect(moves('reader', status)).toEqual([]);
  });
});

describe('who may correct, retract and restore a claim', () => {
  const claim = (status: 'active' | 'retracted', workflow: 'unstarted' | 'published' = 'unstarted') => ({ status, workflow: { status: workflow } });
  it('lets editors and above correct or retract an active claim, restore a retracted one, and readers nothing', async () => {
    const { claimChanges } = await import('./roles');
    expect(claimChanges('reader', claim('active'))).toEqual([]);
    expect(claimChanges('editor', claim('active'))).toEqual(['correct', 'retract']);
    expect(claimChanges('reviewer', claim('retracted'))).toEqual(['restore']);
    expect(claimChanges('admin', claim('active', 'published'))).toEqual([]);
  });
});

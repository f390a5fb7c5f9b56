import { describe, expect, it } from 'vitest';
import { type ClaimCommand, type ClaimEvent, type ClaimState, decideClaim, evolveClaim, initialClaimState } from './claim.js';
import { LOCKED_MESSAGE, WORKFLOW_MOVES, WORKFLOW_STATUSES, type WorkflowRole, type WorkflowStatus } from './claim-workflow.js';
import type { MetricState } from './metric.js';

// Given the claim's past events, when a workflow command is decided, then these events (or this refusal).
const given = (...events: ClaimEvent[]): ClaimState => events.reduce(evolveClaim, initialClaimState);
const refusal = (kind: string, field?: string) => expect.objectContaining({ kind, ...(field ? { field } : {}) });

const id = 'claim-84-members';
const recorded: ClaimEvent = {
  type: 'ClaimRecorded',
  data: {
    claimId: id,
    sourceId: 'src-state-2022',
    entityId: 'global-coalition',
    metricId: 'member-count',
    value: { amount: 84, qualifier: 'exact', unit: 'member' },
    validTime: { at: '2022-05-11' },
  },
};
const moved = (from: WorkflowStatus, to: WorkflowStatus): ClaimEvent => ({ type: 'ClaimWorkflowMoved', data: { claimId: id, from, to } });
const toReview = [recorded, moved('unstarted', 'in_progress'), moved('in_progress', 'in_review')];
const published = [...toReview, moved('in_review', 'published')];
/** The events that bring a claim to each status. */
const at: Record<WorkflowStatus, ClaimEvent[]> = {
  unstarted: [recorded],
  in_progress: [recorded, moved('unstarted', 'in_progress')],
  in_review: toReview,
  published,
};

const move = (to: WorkflowStatus, role: WorkflowRole, note?: string): ClaimCommand => ({
  type: 'MoveClaimWorkflow',
  claimId: id,
  to,
  role,
  ...(note === undefined ? {} : { note }),
});
const assign = (assignee: string): ClaimCommand => ({ type: 'AssignReviewer', claimId: id, assignee });
const unassign = (assignee: string): ClaimCommand => ({ type: 'UnassignReviewer', claimId: id, assignee });
const comment = (text: string, commentId = 'c-1'): ClaimCommand => ({ type: 'CommentOnClaim', claimId: id, commentId, text });
const assigned = (assignee: string): ClaimEvent => ({ type: 'ReviewerAssigned', data: { claimId: id, assignee } });

describe('a recorded claim', () => {
  it('starts unstarted, with no assignees and no comments', () => {
    expect(given(recorded)).toMatchObject({ workflow: { status: 'unstarted', assignees: [], comments: [] } });
  });
});

describe('MoveClaimWorkflow: the moves', () => {
  it.each([
    ['unstarted', 'in_progress', 'editor'],
    ['in_progress', 'in_review', 'editor'],
    ['in_review', 'published', 'reviewer'],
    ['in_review', 'in_progress', 'reviewer'],
    ['published', 'in_progress', 'reviewer'],
  ] as const)('given a claim %s, when moved to %s by a %s, then ClaimWorkflowMoved records both ends', (from, to, role) => {
    expect(decideClaim(move(to, role), given(...at[from]))).toEqual([{ type: 'ClaimWorkflowMoved', data: { claimId: id, from, to } }]);
  });

  it.each([
    ['unstarted', 'in_progress'],
    ['in_progress', 'in_review'],
  ] as const)('given a claim %s, when a reviewer moves it to %s, then that is allowed too', (from, to) => {
    expect(decideClaim(move(to, 'reviewer'), given(...at[from]))).toHaveLength(1);
  });

  it('keeps a trimmed note and leaves out a blank one', () => {
    expect(decideClaim(move('in_progress', 'reviewer', '  the source says 83  '), given(...toReview))).toEqual([
      { type: 'ClaimWorkflowMoved', data: { claimId: id, from: 'in_review', to: 'in_progress', note: 'the source says 83' } },
    ]);
    expect(decideClaim(move('in_progress', 'editor', '  '), given(recorded))[0]?.data).not.toHaveProperty('note');
  });

  it('folds each move into the status', () => {
    for (const status of WORKFLOW_STATUSES) expect(given(...at[status])).toMatchObject({ workflow: { status } });
    expect(given(...published, moved('published', 'in_progress'))).toMatchObject({ workflow: { status: 'in_progress' } });
  });
});

describe('MoveClaimWorkflow: refusals', () => {
  it.each([
    ['in_review', 'published'],
    ['in_review', 'in_progress'],
    ['published', 'in_progress'],
  ] as const)('given a claim %s, when an editor moves it to %s, then it is forbidden', (from, to) => {
    expect(() => decideClaim(move(to, 'editor'), given(...at[from]))).toThrow(refusal('forbidden'));
  });

  const legal = new Set(WORKFLOW_MOVES.map((m) => `${m.from}>${m.to}`));
  const illegal = WORKFLOW_STATUSES.flatMap((from) => WORKFLOW_STATUSES.map((to) => [from, to] as const)).filter(([f, t]) => !legal.has(`${f}>${t}`));

  it('leaves the eleven other pairs of statuses illegal, staying put included', () => {
    expect(illegal).toHaveLength(11);
  });

  it.each(illegal)('given a claim %s, when moved to %s (even by a reviewer), then it is a conflict naming "to"', (from, to) => {
    expect(() => decideClaim(move(to, 'reviewer'), given(...at[from]))).toThrow(refusal('conflict', 'to'));
    expect(() => decideClaim(move(to, 'editor'), given(...at[from]))).toThrow(refusal('conflict', 'to'));
  });

  it('given a claim, when moved to an unknown status, then it is invalid', () => {
    expect(() => decideClaim(move('archived' as never, 'reviewer'), given(recorded))).toThrow(refusal('invalid', 'to'));
  });

  it('given no claim, when moved, then it is not found', () => {
    expect(() => decideClaim(move('in_progress', 'editor'), given())).toThrow(refusal('not_found'));
  });

  it('given a retracted claim, then the workflow goes on: it can still be moved', () => {
    const retracted: ClaimEvent = { type: 'ClaimRetracted', data: { claimId: id, reason: 'withdrawn' } };
    expect(decideClaim(move('in_progress', 'editor'), given(recorded, retracted))).toHaveLength(1);
  });
});

describe('assignees', () => {
  it('given a claim, when a reviewer is assigned, then ReviewerAssigned has the trimmed name', () => {
    expect(decideClaim(assign('  Bea (review desk) '), given(recorded))).toEqual([
      { type: 'ReviewerAssigned', data: { claimId: id, assignee: 'Bea (review desk)' } },
    ]);
  });

  it('given an assigned reviewer, when assigned again, then nothing happens', () => {
    expect(decideClaim(assign('Bea'), given(recorded, assigned('Bea')))).toEqual([]);
  });

  it('given two assignees, when one is unassigned, then ReviewerUnassigned names them and the other stays', () => {
    const state = given(recorded, assigned('Bea'), assigned('Carl'));
    const events = decideClaim(unassign('Bea'), state);
    expect(events).toEqual([{ type: 'ReviewerUnassigned', data: { claimId: id, assignee: 'Bea' } }]);
    expect(events.reduce(evolveClaim, state)).toMatchObject({ workflow: { assignees: ['Carl'] } });
  });

  it('given no such assignee, when unassigned, then it is not found', () => {
    expect(() => decideClaim(unassign('Dan'), given(recorded, assigned('Bea')))).toThrow(refusal('not_found'));
  });

  it.each(['', '   ', 'x'.repeat(201)])('refuses the assignee %j', (name) => {
    expect(() => decideClaim(assign(name), given(recorded))).toThrow(refusal('invalid', 'assignee'));
    expect(() => decideClaim(unassign(name), given(recorded))).toThrow(refusal('invalid', 'assignee'));
  });

  it('takes a name of exactly 200 characters', () => {
    expect(decideClaim(assign('x'.repeat(200)), given(recorded))).toHaveLength(1);
  });
});

describe('comments', () => {
  it('given a claim, when commented on, then ClaimCommented has the id and the trimmed text', () => {
    expect(decideClaim(comment('  check the 2022 ministerial communique  '), given(recorded))).toEqual([
      { type: 'ClaimCommented', data: { claimId: id, commentId: 'c-1', text: 'check the 2022 ministerial communique' } },
    ]);
  });

  it('given a comment, when the same comment id comes again with the same text, then it is a retry: nothing happens', () => {
    const state = given(recorded, ...decideClaim(comment('first'), given(recorded)));
    expect(decideClaim(comment(' first '), state)).toEqual([]);
    expect(decideClaim(comment('second', 'c-2'), state)).toHaveLength(1);
  });

  it('given a comment, when its id comes again with another text, then it is a conflict', () => {
    const state = given(recorded, ...decideClaim(comment('first'), given(recorded)));
    expect(() => decideClaim(comment('changed'), state)).toThrow(refusal('conflict'));
  });

  it.each(['', '  \n ', 'y'.repeat(4001)])('refuses the text %j', (text) => {
    expect(() => decideClaim(comment(text), given(recorded))).toThrow(refusal('invalid', 'text'));
  });

  it('given a claim, when commented on twice, then both comments are kept in order', () => {
    const state = given(recorded, ...decideClaim(comment('a', 'c-1'), given(recorded)));
    const after = decideClaim(comment('b', 'c-2'), state).reduce(evolveClaim, state);
    expect(after).toMatchObject({
      workflow: {
        comments: [
          { id: 'c-1', text: 'a' },
          { id: 'c-2', text: 'b' },
        ],
      },
    });
  });
});

describe('the lock on a published claim', () => {
  const metric: MetricState = { status: 'defined', id: 'member-count', definition: { unit: 'member', kind: 'count', cumulative: false, tolerance: 0 } };
  const retracted: ClaimEvent = { type: 'ClaimRetracted', data: { claimId: id, reason: 'withdrawn' } };

  it.each<[string, ClaimCommand, ClaimEvent[]]>([
    ['CorrectClaim', { type: 'CorrectClaim', claimId: id, value: { amount: 83, qualifier: 'exact' }, reason: 'misread', metric }, []],
    ['RetractClaim', { type: 'RetractClaim', claimId: id, reason: 'withdrawn' }, []],
    ['RestoreClaim', { type: 'RestoreClaim', claimId: id, reason: 'back' }, [retracted]],
    ['ReviewClaim', { type: 'ReviewClaim', claimId: id, verdict: 'inaccurate' }, []],
    ['RankClaim', { type: 'RankClaim', claimId: id, rank: 'preferred', reason: 'official' }, []],
    ['AssignReviewer', assign('Bea'), []],
    ['UnassignReviewer', unassign('Bea'), [assigned('Bea')]],
  ])('given a published claim, when %s, then it is refused as locked', (_, command, before) => {
    const state = given(recorded, ...before, ...published.slice(1));
    expect(() => decideClaim(command, state)).toThrow(expect.objectContaining({ kind: 'conflict', message: LOCKED_MESSAGE }));
  });

  it('given a published claim, when commented on, then the comment is taken', () => {
    expect(decideClaim(comment('published in the weekly check'), given(...published))).toHaveLength(1);
  });

  it('given a claim reopened after publishing, when corrected, then the change is accepted', () => {
    const reopened = given(...published, moved('published', 'in_progress'));
    const correct: ClaimCommand = { type: 'CorrectClaim', claimId: id, value: { amount: 83, qualifier: 'exact' }, reason: 'misread', metric };
    expect(decideClaim(correct, reopened)).toHaveLength(1);
    expect(decideClaim(assign('Bea'), reopened)).toHaveLength(1);
  });

  it('given a published claim, when the same recording comes again, then it is still no news', () => {
    const source = {
      status: 'registered',
      id: 'src-state-2022',
      details: { title: 't', publishedAt: '2022-05-11', kind: 'news_article', language: 'en' },
    } as const;
    const { claimId: _, ...content } = recorded.data;
    expect(decideClaim({ type: 'RecordClaim', claimId: id, ...content, source, metric }, given(...published))).toEqual([]);
  });
});

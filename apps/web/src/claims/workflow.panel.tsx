import { useEffect, useRef, useState } from 'preact/hooks';
import { api, post, seg } from '../api/client';
import { type ClaimView, type Me, WORKFLOW_STATUSES } from '../api/types';
import { humanize } from '../format';
import { roleAtLeast, workflowActions } from '../roles';
import { ProblemView } from '../ui/problem.view';
import { useAction } from '../ui/use-action';
import { CommentsSection } from './comments.view';

const STATUS_TEXT: Record<ClaimView['workflow']['status'], string> = {
  unstarted: 'Nobody has taken this claim up yet.',
  in_progress: 'An editor is checking this claim.',
  in_review: 'Waiting for a reviewer to publish it or send it back.',
  published: 'Locked: its value, verdict, rank and assignees stay as they are until a reviewer reopens it. Comments stay open.',
};

/** Where the claim stands in the newsroom's review: status, who works on it, and the discussion. */
export function WorkflowPanel({ claim, me, onChange }: { claim: ClaimView; me: Me; onChange: () => void }) {
  const { workflow } = claim;
  const [note, setNote] = useState('');
  const [assignee, setAssignee] = useState('');
  const [done, setDone] = useState<string>();
  const action = useAction();
  const { busy, problem } = action;
  const notice = useRef<HTMLParagraphElement>(null);
  const base = `/v1/claims/${seg(claim.id)}`;
  const actions = workflowActions(me.role, workflow.status);
  const canEdit = roleAtLeast(me.role, 'editor');
  const locked = workflow.status === 'published';
  // If-Match carries the version on screen: a claim changed meanwhile answers 412, not a move made blind.
  const ifMatch = { 'if-match': `"${claim.version}"` };

  // The button pressed goes away with the status it belonged to: focus follows to what happened.
  useEffect(() => {
    if (done) notice.current?.focus();
  }, [done]);

  const run = async (write: () => Promise<unknown>, after: () => void, said: string) => {
    setDone(undefined);
    const refused = await action.run(async () => {
      await write();
      after();
      setDone(said);
      onChange();
    });
    // Someone else changed the claim: show it as it is now, so the next try starts from there.
    if (refused?.status === 412) onChange();
  };

  const move = (to: (typeof WORKFLOW_STATUSES)[number]) =>
    run(
      () => post(`${base}/workflow`, { to, ...(note.trim() ? { note: note.trim() } : {}) }, ifMatch),
      () => setNote(''),
      `The claim is now ${humanize(to)}.`,
    );
  const assign = (name: string) =>
    run(
      () => post(`${base}/assignees`, { assignee: name }, ifMatch),
      () => setAssignee(''),
      `Assigned ${name}.`,
    );
  const unassign = (name: string) =>
    run(
      () => api('DELETE', `${base}/assignees/${seg(name)}`, { headers: ifMatch }),
      () => {},
      `Unassigned ${name}.`,
    );

  return (
    <section class="card workflow" aria-labelledby="workflow-title" data-testid="workflow-panel">
      <h2 id="workflow-title">Review workflow</h2>
      <ol class="steps" aria-label="Workflow status">
        {WORKFLOW_STATUSES.map((status) => (
          <li key={status} class={status === workflow.status ? 'current' : undefined} aria-current={status === workflow.status ? 'step' : undefined}>
            {humanize(status)}
          </li>
        ))}
      </ol>
      <p class="status-line" data-testid="workflow-status">
        <strong>{humanize(workflow.status)}</strong> — {STATUS_TEXT[workflow.status]}
      </p>
      {done ? (
        <p class="notice" role="status" tabIndex={-1} ref={notice}>
          {done}
        </p>
      ) : null}
      {actions.length ? (
        <form class="row move-form" onSubmit={(e) => e.preventDefault()}>
          <div class="field grow">
            <label for="workflow-note">Note for the move (optional)</label>
            <input id="workflow-note" value={note} maxLength={2000} onInput={(e) => setNote(e.currentTarget.value)} />
          </div>
          <div class="actions-inline">
            {actions.map((action) => (
              <button key={action.to} type="button" class={action.to === 'published' ? 'primary' : undefined} disabled={busy} onClick={() => move(action.to)}>
                {action.label}
              </button>
            ))}
          </div>
        </form>
      ) : (
        <p class="muted small">{noMoveText(me, workflow.status)}</p>
      )}
      {problem ? <ProblemView problem={problem} context="Not saved" /> : null}

      <h3 id="assignees-title">Assignees</h3>
      {workflow.assignees.length === 0 ? <p class="muted small">Nobody is assigned.</p> : null}
      <ul class="assignees" aria-labelledby="assignees-title">
        {workflow.assignees.map((name) => (
          <li key={name}>
            {name}
            {canEdit && !locked ? (
              <button type="button" class="link-button" disabled={busy} aria-label={`Unassign ${name}`} onClick={() => unassign(name)}>
                remove
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit && !locked ? (
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            if (assignee.trim()) void assign(assignee.trim());
          }}
        >
          <div class="field grow">
            <label for="assignee">Assign to (a key holder's name)</label>
            <input id="assignee" value={assignee} maxLength={200} onInput={(e) => setAssignee(e.currentTarget.value)} />
          </div>
          <button type="submit" disabled={busy || !assignee.trim()}>
            Assign
          </button>
          {workflow.assignees.includes(me.name) ? null : (
            <button type="button" disabled={busy} onClick={() => assign(me.name)}>
              Assign me
            </button>
          )}
        </form>
      ) : null}

      <CommentsSection claimId={claim.id} comments={workflow.comments} canComment={canEdit} onChange={onChange} />
    </section>
  );
}

function noMoveText(me: Me, status: ClaimView['workflow']['status']): string {
  if (!roleAtLeast(me.role, 'editor')) return 'Editors move claims through review; reviewers publish them.';
  if (status === 'in_review') return 'A reviewer publishes this claim or sends it back.';
  if (status === 'published') return 'A reviewer can reopen this claim.';
  return 'There is no move to make from here.';
}

import { useState } from 'preact/hooks';
import { api, post, seg } from '../api/client';
import { type ClaimView, type Me, type Problem, type Workflow, WORKFLOW_STATUSES } from '../api/types';
import { formatInstant, humanize } from '../format';
import { roleAtLeast, workflowActions } from '../roles';
import { ProblemView } from '../ui/problem.view';
import { toProblem } from '../ui/use-resource';

/** Where the claim stands in the newsroom's review: status, who works on it, and the discussion. */
export function WorkflowPanel({ claim, workflow, me, onChange }: { claim: ClaimView; workflow: Workflow; me: Me; onChange: () => void }) {
  const [note, setNote] = useState('');
  const [assignee, setAssignee] = useState('');
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const base = `/v1/claims/${seg(claim.id)}`;
  const actions = workflowActions(me.role, workflow.status);
  const canEdit = roleAtLeast(me.role, 'editor');

  const run = async (write: () => Promise<unknown>, after: () => void) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await write();
      after();
      onChange();
    } catch (error) {
      setProblem(toProblem(error));
    } finally {
      setBusy(false);
    }
  };

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
      {actions.length ? (
        <form class="row" onSubmit={(e) => e.preventDefault()}>
          <div class="field grow">
            <label for="workflow-note">Note (optional)</label>
            <input id="workflow-note" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </div>
          {actions.map((action) => (
            <button
              key={action.to}
              type="button"
              disabled={busy}
              onClick={() => run(() => post(`${base}/workflow`, { to: action.to, ...(note.trim() ? { note: note.trim() } : {}) }), () => setNote(''))}
            >
              {action.label}
            </button>
          ))}
        </form>
      ) : null}

      <h3>Assignees</h3>
      {workflow.assignees.length === 0 ? <p class="muted">Nobody is assigned.</p> : null}
      <ul class="assignees">
        {workflow.assignees.map((name) => (
          <li key={name}>
            {name}
            {canEdit ? (
              <button type="button" class="link-button" disabled={busy} aria-label={`Unassign ${name}`} onClick={() => run(() => api('DELETE', `${base}/assignees/${seg(name)}`), () => {})}>
                remove
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit ? (
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            if (assignee.trim()) void run(() => post(`${base}/assignees`, { assignee: assignee.trim() }), () => setAssignee(''));
          }}
        >
          <div class="field grow">
            <label for="assignee">Assign to</label>
            <input id="assignee" value={assignee} onInput={(e) => setAssignee(e.currentTarget.value)} />
          </div>
          <button type="submit" disabled={busy}>
            Assign
          </button>
        </form>
      ) : null}

      <h3>Comments</h3>
      {workflow.comments.length === 0 ? <p class="muted">No comments yet.</p> : null}
      <ol class="comments">
        {workflow.comments.map((c) => (
          <li key={c.id}>
            <p class="small muted">
              {c.author}, {formatInstant(c.at)}
            </p>
            <p>{c.text}</p>
          </li>
        ))}
      </ol>
      {canEdit ? (
        <form
          class="stacked"
          onSubmit={(e) => {
            e.preventDefault();
            if (comment.trim()) void run(() => post(`${base}/comments`, { text: comment.trim() }), () => setComment(''));
          }}
        >
          <label for="comment">Comment</label>
          <textarea id="comment" rows={2} value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
          <div>
            <button type="submit" disabled={busy}>
              Add comment
            </button>
          </div>
        </form>
      ) : null}
      {problem ? <ProblemView problem={problem} context="Not saved" /> : null}
    </section>
  );
}

import { useState } from 'preact/hooks';
import { post, seg } from '../api/client';
import type { ClaimView, Me } from '../api/types';
import { formatQuantity } from '../format';
import { type ValueDraft, valueBody, ValueField } from '../recording/value.field';
import { ValidTimeField } from '../recording/valid-time.field';
import { claimChanges } from '../roles';
import { ProblemView } from '../ui/problem.view';
import { useAction } from '../ui/use-action';

const draftOf = (c: ClaimView): ValueDraft => ({
  qualifier: c.value.qualifier,
  amount: c.value.amount?.toString() ?? '',
  lowerBound: c.value.lowerBound?.toString() ?? '',
  upperBound: c.value.upperBound?.toString() ?? '',
});

/**
 * Correct, retract or restore a claim, for the roles allowed. Each write names the version on
 * screen (If-Match): if someone changed the claim meanwhile, the API answers 412 and the panel
 * asks for a reload rather than overwriting what it has not seen.
 */
export function ChangePanel({ claim, me, onChange }: { claim: ClaimView; me: Me; onChange: () => void }) {
  const allowed = claimChanges(me.role, claim);
  const [value, setValue] = useState(() => draftOf(claim));
  const [validTime, setValidTime] = useState(claim.validTime);
  const [reason, setReason] = useState('');
  const { busy, problem, run } = useAction();
  if (allowed.length === 0) return null;

  const send = (path: string, body: object) =>
    run(async () => {
      await post(`/v1/claims/${seg(claim.id)}/${path}`, body, { 'if-match': `"${claim.version}"` });
      setReason('');
      onChange();
    });
  const correct = (event: Event) => {
    event.preventDefault();
    const next = valueBody(value);
    const changedTime = JSON.stringify(validTime) !== JSON.stringify(claim.validTime);
    void send('corrections', { value: next, ...(changedTime ? { validTime } : {}), reason: reason.trim() });
  };
  const stale = problem?.status === 412;

  return (
    <section class="card change-panel" aria-labelledby="change-title" data-testid="change-panel">
      <h2 id="change-title">Correct or retract</h2>
      {stale ? (
        <div class="problem" role="alert" data-testid="stale-version">
          <p class="problem-title">The claim changed since this page loaded (you saw version {claim.version}).</p>
          <p>Reload it to see what changed, then make your change again.</p>
          <button type="button" onClick={onChange}>
            Reload the claim
          </button>
        </div>
      ) : problem ? (
        <ProblemView problem={problem} context="Not saved" />
      ) : null}
      <div class="field">
        <label for="change-reason">Reason for the change</label>
        <input id="change-reason" required value={reason} onInput={(e) => setReason(e.currentTarget.value)} aria-describedby="change-reason-help" />
        <span id="change-reason-help" class="small muted">
          Kept in the claim's history with your name.
        </span>
      </div>
      {allowed.includes('correct') ? (
        <form class="stacked" onSubmit={correct} aria-label="Correct the claim">
          <p class="small muted">Now {formatQuantity(claim.value)}.</p>
          <ValueField value={value} onChange={setValue} metricUnit={claim.value.unit} />
          <ValidTimeField value={validTime} onChange={setValidTime} />
          <div class="row">
            <button type="submit" disabled={busy || !reason.trim()}>
              Save correction
            </button>
          </div>
        </form>
      ) : null}
      <div class="row">
        {allowed.includes('retract') ? (
          <button type="button" disabled={busy || !reason.trim()} onClick={() => void send('retraction', { reason: reason.trim() })}>
            Retract claim
          </button>
        ) : null}
        {allowed.includes('restore') ? (
          <button type="button" disabled={busy || !reason.trim()} onClick={() => void send('restoration', { reason: reason.trim() })}>
            Restore claim
          </button>
        ) : null}
      </div>
    </section>
  );
}

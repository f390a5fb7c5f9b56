import { useEffect, useRef, useState } from 'preact/hooks';
import { post } from '../api/client';
import type { QueueItem } from '../api/types';
import { formatDate, formatQuantity } from '../format';
import { ProblemView } from '../ui/problem.view';
import { useAction } from '../ui/use-action';
import { FactName } from '../ui/entity-name.view';

/**
 * A modal dialog (the browser's own: focus stays inside, Escape closes it) in which a reviewer
 * picks the preferred claim(s) of a contradiction and says why.
 */
export function ResolveDialog({ item, onClose }: { item: QueueItem; onClose: (resolved: boolean) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [preferred, setPreferred] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const { busy, problem, setProblem, run } = useAction();

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const toggle = (id: string, on: boolean) => setPreferred((old) => (on ? [...old, id] : old.filter((x) => x !== id)));

  const submit = async (event: Event) => {
    event.preventDefault();
    const errors = [
      ...(preferred.length === 0 ? [{ field: 'preferred', message: 'choose at least one claim to prefer' }] : []),
      ...(reason.trim() === '' ? [{ field: 'reason', message: 'say why' }] : []),
    ];
    if (errors.length) {
      setProblem({ title: 'Not yet complete', status: 0, errors });
      return;
    }
    await run(async () => {
      await post(`/v1/contradictions/${item.id}/resolution`, { preferred, reason: reason.trim() });
      dialog.current?.close();
      onClose(true);
    });
  };

  return (
    <dialog
      ref={dialog}
      class="resolve-dialog"
      aria-labelledby="resolve-title"
      onCancel={(e) => {
        e.preventDefault();
        dialog.current?.close();
        onClose(false);
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id="resolve-title">
          Resolve: <FactName subject={item.subject} metric={item.metric} />
        </h2>
        <fieldset>
          <legend>Preferred claim(s)</legend>
          {item.claims.map((claim) => (
            <label key={claim.id} class="option">
              <input
                type="checkbox"
                name="preferred"
                value={claim.id}
                checked={preferred.includes(claim.id)}
                onChange={(e) => toggle(claim.id, e.currentTarget.checked)}
              />
              <span>
                <strong>{formatQuantity(claim.value, item.unit)}</strong>
                {claim.quote ? (
                  <>
                    {' '}
                    — <q>{claim.quote.text}</q>
                  </>
                ) : null}
                <span class="small muted"> ({[claim.source.publisher ?? claim.source.title, formatDate(claim.source.publishedAt)].join(', ')})</span>
              </span>
            </label>
          ))}
        </fieldset>
        <label for="resolve-reason">Reason</label>
        <textarea id="resolve-reason" name="reason" rows={3} required maxLength={2000} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
        {problem ? <ProblemView problem={problem} context={problem.status ? 'Not resolved' : undefined} /> : null}
        <div class="actions">
          <button
            type="button"
            onClick={() => {
              dialog.current?.close();
              onClose(false);
            }}
          >
            Cancel
          </button>
          <button type="submit" class="primary" disabled={busy}>
            {busy ? 'Resolving…' : 'Resolve'}
          </button>
        </div>
      </form>
    </dialog>
  );
}

import type { FactView, Timeline } from '../api/types';
import { formatInstant, formatQuantity } from '../format';
import { claimHref } from '../router';

/** How reviewers settled the contradictions of this fact, and why. */
export function DecisionList({ fact, timeline }: { fact: FactView; timeline: Timeline }) {
  const resolved = fact.contradictions.filter((c) => c.resolution);
  if (resolved.length === 0) return null;
  const claims = new Map(timeline.claims.map((c) => [c.id, c]));
  return (
    <section aria-labelledby="decisions-title">
      <h2 id="decisions-title">Decisions</h2>
      <ul class="decisions">
        {resolved.map(({ id, status, resolution }) => (
          <li key={id} data-testid="decision">
            <p>
              {resolution!.resolvedBy ?? 'A reviewer'} preferred{' '}
              {resolution!.preferred.map((claimId, i) => (
                <span key={claimId}>
                  {i > 0 ? ', ' : ''}
                  <a href={claimHref(claimId)}>{claims.get(claimId) ? formatQuantity(claims.get(claimId)!.value, timeline.unit) : 'a claim'}</a>
                </span>
              ))}{' '}
              on {formatInstant(resolution!.resolvedAt)}
              {status === 'open' ? <span class="badge badge-alert">reopened by a newer claim</span> : null}
            </p>
            <blockquote>{resolution!.reason}</blockquote>
          </li>
        ))}
      </ul>
    </section>
  );
}

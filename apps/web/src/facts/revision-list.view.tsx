import type { Timeline } from '../api/types';
import { formatDate, formatQuantity, formatValidTime } from '../format';
import { claimHref } from '../router';

/**
 * Figures a publisher revised in later releases (a statistics office restating a quarter): the
 * newest release counts, and every release stays on record.
 */
export function RevisionList({ timeline }: { timeline: Timeline }) {
  const revised = timeline.claims.filter((c) => c.releases && c.releases.length > 1);
  return (
    <section aria-labelledby="revisions-title">
      <h2 id="revisions-title">Revision history</h2>
      {revised.length === 0 ? (
        <p class="muted">No publisher has revised a figure of this fact: each release stands on its own.</p>
      ) : (
        <ul class="revisions">
          {revised.map((claim) => (
            <li key={claim.id}>
              <p>
                <strong>{claim.source.publisher ?? claim.source.title}</strong> for {formatValidTime(claim.validTime)}
              </p>
              <ol>
                {claim.releases!.map((release, i) => (
                  <li key={release.claimId}>
                    <a href={claimHref(release.claimId)}>{formatQuantity(release.value, timeline.unit)}</a> in the release of {formatDate(release.publishedAt)}
                    {i === claim.releases!.length - 1 ? <span class="badge">counts</span> : <span class="muted"> (superseded)</span>}
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

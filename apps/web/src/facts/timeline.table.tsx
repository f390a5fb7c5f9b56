import type { Contradiction, Timeline, TimelineClaim } from '../api/types';
import { formatDate, formatQuantity, formatValidTime, humanize, metricName } from '../format';
import { EntityName } from '../ui/entity-name.view';
import { claimHref } from '../router';

/** Every claim of the fact with its provenance: the chart's text alternative. */
export function TimelineTable({ timeline, contradictions }: { timeline: Timeline; contradictions: readonly Contradiction[] }) {
  const byId = new Map(contradictions.map((c) => [c.id, c]));
  if (timeline.claims.length === 0) return <p class="empty">No claims.</p>;
  return (
    <div class="table-scroll">
      <table class="timeline" data-testid="timeline-table">
        <caption class="visually-hidden">
          Claims of {metricName(timeline.metric)} of <EntityName id={timeline.subject} />, in valid-time order, with their sources
        </caption>
        <thead>
          <tr>
            <th scope="col">Value</th>
            <th scope="col">Valid time</th>
            <th scope="col">Quote</th>
            <th scope="col">Source</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {timeline.claims.map((claim) => (
            <Row key={claim.id} claim={claim} unit={timeline.unit} contradiction={claim.inContradiction ? byId.get(claim.inContradiction) : undefined} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Row({ claim, unit, contradiction }: { claim: TimelineClaim; unit: string; contradiction: Contradiction | undefined }) {
  const inactive = claim.status !== 'active' || claim.rank === 'deprecated' || Boolean(claim.supersededBy);
  return (
    <tr class={inactive ? 'inactive' : undefined}>
      <th scope="row" class="value-cell">
        <a href={claimHref(claim.id)} title="open the claim">
          {formatQuantity(claim.value, unit)}
        </a>
        <div class="muted small">{humanize(claim.value.qualifier)}</div>
      </th>
      <td class="nowrap">{formatValidTime(claim.validTime)}</td>
      <td class="quote-cell">
        {claim.quote ? <q>{claim.quote.text}</q> : <span class="muted">no quote</span>}
        {claim.attribution ? <div class="small">— {claim.attribution}</div> : null}
        {claim.note ? <div class="small muted">Note: {claim.note}</div> : null}
      </td>
      <td>
        {claim.source.url ? (
          <a href={claim.source.url} rel="noreferrer noopener" target="_blank">
            {claim.source.title}
          </a>
        ) : (
          claim.source.title
        )}
        <div class="small muted">{[claim.source.publisher, `published ${formatDate(claim.source.publishedAt)}`].filter(Boolean).join(' · ')}</div>
        {claim.recordedBy ? <div class="small muted">recorded by {claim.recordedBy}</div> : null}
      </td>
      <td class="status-cell">
        <ul class="badges">
          {contradiction ? (
            <li class={`badge ${contradiction.status === 'open' ? 'badge-alert' : 'badge-quiet'}`}>
              {contradiction.status === 'open' ? `${contradiction.severity} contradiction` : 'contradiction resolved'}
              {contradiction.resolution?.preferred.includes(claim.id) ? ' · preferred' : ''}
            </li>
          ) : null}
          {claim.supersededBy ? <li class="badge badge-quiet">revised by a later release</li> : null}
          {claim.releases ? <li class="badge">{claim.releases.length} releases</li> : null}
          {claim.status === 'retracted' ? <li class="badge badge-alert">retracted</li> : null}
          {claim.rank !== 'normal' ? <li class="badge">{claim.rank}</li> : null}
          <li class={`badge ${claim.verdict && !claim.verdictOutdated ? '' : 'badge-quiet'}`} data-testid="claim-verdict">
            {claim.verdict ? `verdict: ${claim.verdict}${claim.verdictOutdated ? ' (out of date: corrected since)' : ''}` : 'unreviewed'}
          </li>
        </ul>
      </td>
    </tr>
  );
}

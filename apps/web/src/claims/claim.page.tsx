import { useState } from 'preact/hooks';
import { download, get, seg } from '../api/client';
import type { ClaimEvent, ClaimView, Me, Problem } from '../api/types';
import { formatDate, formatInstant, formatQuantity, formatValidTime, humanize, metricName } from '../format';
import { EntityName } from '../ui/entity-name.view';
import { factHref } from '../router';
import { Loading, ProblemView } from '../ui/problem.view';
import { toProblem, useResource } from '../ui/use-resource';
import { EventData } from '../ui/event-data.view';
import { ChangePanel } from './change.panel';
import { ReviewPanel } from './review.panel';
import { WorkflowPanel } from './workflow.panel';
import './claim.css';

/** One claim: where it comes from, everything that happened to it, and its review. */
export function ClaimPage({ id, me }: { id: string; me: Me }) {
  const claim = useResource(() => get<ClaimView>(`/v1/claims/${seg(id)}`), [id]);
  const [exportProblem, setExportProblem] = useState<Problem>();
  if (claim.problem) return <ProblemView problem={claim.problem} context="Could not load the claim" />;
  if (!claim.data) return <Loading what="the claim" />;
  const c = claim.data;

  // Both exports need the key, so they are fetched and handed over rather than followed.
  const exportFile = (path: string, filename: string) => async (event: Event) => {
    event.preventDefault();
    setExportProblem(undefined);
    try {
      await download(path, filename);
    } catch (error) {
      setExportProblem(toProblem(error));
    }
  };
  const claimReview = `/v1/claims/${seg(c.id)}/claim-review`;
  const timelineCsv = `/v1/facts/${seg(c.subject)}/${seg(c.metric)}/timeline.csv`;

  return (
    <article aria-labelledby="claim-title" class="claim-page">
      <p class="crumbs">
        <a href="#/facts">Facts</a> <span aria-hidden="true">›</span>{' '}
        <a href={factHref(c.subject, c.metric)}>
          <EntityName id={c.subject} /> / {metricName(c.metric)}
        </a>{' '}
        <span aria-hidden="true">›</span> claim
      </p>
      <header class="fact-head">
        <h1 id="claim-title">
          {formatQuantity(c.value)} <span class="muted">· {formatValidTime(c.validTime)}</span>{' '}
          <span class={`badge workflow-badge status-${c.workflow.status}`} data-testid="claim-workflow-status">
            {humanize(c.workflow.status)}
          </span>
        </h1>
        <div class="actions-inline">
          {c.verdict ? (
            <a class="button" href={claimReview} onClick={exportFile(claimReview, `claim-review-${c.id}.jsonld`)}>
              Export ClaimReview (JSON-LD)
            </a>
          ) : (
            <span class="muted small export-pending">ClaimReview export: after a reviewer's verdict</span>
          )}
          <a class="button" href={timelineCsv} onClick={exportFile(timelineCsv, `${c.subject}-${c.metric}-timeline.csv`)}>
            Export the fact's timeline (CSV)
          </a>
        </div>
      </header>
      {exportProblem ? <ProblemView problem={exportProblem} context="The export is not available" /> : null}
      <div class="columns">
        <div class="stack">
          <section class="card" aria-labelledby="provenance-title">
            <h2 id="provenance-title">Provenance</h2>
            <dl class="pairs">
              <dt>Value</dt>
              <dd>
                {formatQuantity(c.value)} <span class="muted small">({humanize(c.value.qualifier)})</span>
              </dd>
              <dt>Valid time</dt>
              <dd>{formatValidTime(c.validTime)}</dd>
              <dt>Quote</dt>
              <dd>
                {c.quote ? (
                  <>
                    <q>{c.quote.text}</q>{' '}
                    <span class="muted small">
                      characters {c.quote.start}–{c.quote.end}
                    </span>
                  </>
                ) : (
                  <span class="muted">none</span>
                )}
              </dd>
              {c.attribution ? (
                <>
                  <dt>Said by</dt>
                  <dd>{c.attribution}</dd>
                </>
              ) : null}
              <dt>Source</dt>
              <dd>
                <a href={`#/sources/${encodeURIComponent(c.source.id)}`}>{c.source.title ?? c.source.id}</a>
                {c.source.url ? (
                  <>
                    {' '}
                    <a href={c.source.url} target="_blank" rel="noreferrer noopener" class="small">
                      (original)
                    </a>
                  </>
                ) : null}
                <div class="small muted">
                  {[c.source.publisher, c.source.publishedAt ? `published ${formatDate(c.source.publishedAt)}` : undefined].filter(Boolean).join(' · ')}
                </div>
              </dd>
              {c.note ? (
                <>
                  <dt>Note</dt>
                  <dd>{c.note}</dd>
                </>
              ) : null}
              <dt>Recorded</dt>
              <dd>
                {formatInstant(c.recordedAt)}
                {c.recordedBy ? ` by ${c.recordedBy}` : ''}
              </dd>
              <dt>Status</dt>
              <dd>
                {c.status} · rank {c.rank} · {c.verdict ? `verdict ${c.verdict}` : 'no verdict yet'} · version {c.version}
              </dd>
            </dl>
          </section>
          <ChangePanel key={`change-${c.version}`} claim={c} me={me} onChange={claim.reload} />
          <ReviewPanel key={c.version} claim={c} me={me} onChange={claim.reload} />
        </div>
        <WorkflowPanel claim={c} me={me} onChange={claim.reload} />
      </div>
      <section aria-labelledby="history-title">
        <h2 id="history-title">History</h2>
        <History events={c.history} />
      </section>
    </article>
  );
}

function History({ events }: { events: readonly ClaimEvent[] }) {
  return (
    <div class="table-scroll">
      <table class="history">
        <caption class="visually-hidden">Every event on this claim, oldest first</caption>
        <thead>
          <tr>
            <th scope="col" class="num">
              Version
            </th>
            <th scope="col">Event</th>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.version}>
              <td class="num">{e.version}</td>
              <th scope="row">{e.type}</th>
              <td class="nowrap">{formatInstant(e.recordedAt)}</td>
              <td>
                {e.actor ?? '—'}
                {e.requestId ? <div class="small muted">request {e.requestId}</div> : null}
              </td>
              <td>
                <EventData data={e.data} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { useState } from 'preact/hooks';
import { download, get, seg } from '../api/client';
import type { FactView, Me, Problem, Timeline, ValueAt } from '../api/types';
import { BASIS_TEXT, formatDate, formatQuantity, formatValidTime } from '../format';
import { claimHref, href, type Route } from '../router';
import { AsOfControls, asOfOf, isPast, PastBanner } from '../ui/as-of.view';
import { FactChangesView } from './changes.view';
import { EntityName, FactName } from '../ui/entity-name.view';
import { FlagList } from '../ui/flags.view';
import { Loading, ProblemView } from '../ui/problem.view';
import { toProblem, useResource } from '../ui/use-resource';
import { FactChart } from './fact.chart';
import { DecisionList } from './decision-list.view';
import { RevisionList } from './revision-list.view';
import { TimelineTable } from './timeline.table';
import './fact.css';

/** A fact: what holds now and why, the figure over time, every claim with its provenance. */
export function FactPage({ subject, metric, route }: { subject: string; metric: string; me: Me; route: Route }) {
  const [includeAll, setIncludeAll] = useState(false);
  const base = `/v1/facts/${seg(subject)}/${seg(metric)}`;
  // As known on a date, or as published by one: the address carries it, every read asks for it.
  const asOf = asOfOf(route);
  const { knownAt, publishedBefore } = asOf;
  const fact = useResource(() => get<FactView>(base, { knownAt, publishedBefore }), [base, knownAt, publishedBefore]);
  const timeline = useResource(
    () => get<Timeline>(`${base}/timeline`, { include: includeAll ? 'all' : undefined, knownAt, publishedBefore }),
    [base, includeAll, knownAt, publishedBefore],
  );
  const [exportProblem, setExportProblem] = useState<Problem>();

  const problem = fact.problem ?? timeline.problem;
  const exportCsv = async (event: Event) => {
    event.preventDefault();
    setExportProblem(undefined);
    try {
      const query = new URLSearchParams(Object.entries(asOf)).toString();
      await download(`${base}/timeline.csv${query ? `?${query}` : ''}`, `${subject}-${metric}-timeline.csv`);
    } catch (error) {
      setExportProblem(toProblem(error));
    }
  };

  return (
    <article aria-labelledby="fact-title" class="fact-page">
      <p class="crumbs">
        <a href="#/facts">Facts</a> <span aria-hidden="true">›</span> <EntityName id={subject} />
      </p>
      <header class="fact-head">
        <h1 id="fact-title">
          <FactName subject={subject} metric={metric} />
        </h1>
        <a class="button" href={`${base}/timeline.csv`} onClick={exportCsv}>
          Export timeline (CSV)
        </a>
      </header>
      <PastBanner route={route} />
      <AsOfControls route={route} />
      {exportProblem ? <ProblemView problem={exportProblem} context="The export is not available" /> : null}
      {problem ? <ProblemView problem={problem} context="Could not load the fact" /> : null}
      {fact.loading && !fact.data ? <Loading what="the fact" /> : null}
      {/* Headed as what it answers: the previous answer stays on screen while the next loads. */}
      {fact.data ? <CurrentValue fact={fact.data} past={isPast(fact.data.asOf)} /> : null}
      {fact.data ? <ValueOnDate base={base} unit={fact.data.unit} /> : null}
      {timeline.data && fact.data ? (
        <>
          <FactChart timeline={timeline.data} contradictions={fact.data.contradictions} />
          <section aria-labelledby="timeline-title">
            <div class="section-head">
              <h2 id="timeline-title">Timeline</h2>
              <label class="inline">
                <input type="checkbox" checked={includeAll} onChange={(e) => setIncludeAll(e.currentTarget.checked)} /> Show retracted and deprecated claims
              </label>
            </div>
            <TimelineTable timeline={timeline.data} contradictions={fact.data.contradictions} />
          </section>
          <RevisionList timeline={timeline.data} />
          <DecisionList fact={fact.data} timeline={timeline.data} />
          <FactChangesView base={base} unit={fact.data.unit} route={route} />
        </>
      ) : null}
    </article>
  );
}

/**
 * The value holding on a day the reader picks: a level's latest figure before it is carried
 * forward and says so, with its own valid time and the next known figure.
 */
function ValueOnDate({ base, unit }: { base: string; unit: string }) {
  const [day, setDay] = useState('');
  const [asked, setAsked] = useState('');
  const answer = useResource(() => (asked ? get<ValueAt>(`${base}/value`, { validAt: asked }) : Promise.resolve(undefined)), [base, asked]);
  const found = answer.data;
  return (
    <section class="card value-on-date" aria-labelledby="value-on-date-title">
      <form
        class="inline"
        onSubmit={(e) => {
          e.preventDefault();
          setAsked(day);
        }}
      >
        <h2 id="value-on-date-title" class="eyebrow">
          Value on a date
        </h2>{' '}
        <label>
          Valid on <input type="date" value={day} required onInput={(e) => setDay(e.currentTarget.value)} />
        </label>{' '}
        <button type="submit">Show</button>
      </form>
      {answer.problem ? <ProblemView problem={answer.problem} context="Could not read the value on that date" /> : null}
      {found ? (
        <p data-testid="value-on-date">
          {found.value ? (
            <>
              <strong>{formatQuantity(found.value.value, unit)}</strong>
              {found.carriedForward ? ', as of ' : ', valid '}
              {formatValidTime(found.value.validTime)}
              {found.carriedForward ? <span class="muted"> (carried forward: no claim covers {formatDate(found.validAt)})</span> : null}
            </>
          ) : (
            <span class="muted">
              no figure for {formatDate(found.validAt)}
              {found.measure === 'flow' ? ' (a flow counts its own period and is not carried forward)' : ''}
            </span>
          )}
          {found.next ? (
            <span class="muted">
              {' '}
              · next known: {formatQuantity(found.next.value, unit)}, {formatValidTime(found.next.validTime)}
            </span>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}

function CurrentValue({ fact, past }: { fact: FactView; past: boolean }) {
  const open = fact.contradictions.filter((c) => c.status === 'open');
  const resolved = fact.contradictions.filter((c) => c.status === 'resolved');
  return (
    <section class="current-card card" aria-labelledby="current-title">
      <div>
        <h2 id="current-title" class="eyebrow">
          {past ? 'Value as of then' : 'Current value'}
        </h2>
        {fact.current ? (
          <>
            <p class="big-value" data-testid="current-value">
              {formatQuantity(fact.current.value, fact.unit)}
            </p>
            <p class="muted">
              valid {formatValidTime(fact.current.validTime)} · basis: <strong data-testid="current-basis">{fact.current.basis}</strong> —{' '}
              {BASIS_TEXT[fact.current.basis]} · <a href={claimHref(fact.current.claimIds[0]!)}>the claim</a>
            </p>
            {fact.current.contested ? (
              <p class="problem" role="status" data-testid="current-contested">
                Contested: sources disagree about this value, and no reviewer has resolved it.
              </p>
            ) : null}
            {fact.current.competing?.length ? (
              <p data-testid="current-competing">
                {fact.current.contested ? 'Competing values' : 'Other values for that time'}:{' '}
                {fact.current.competing.map((v, i) => (
                  <span key={v.claimIds[0]}>
                    {i > 0 ? ', ' : ''}
                    <a href={claimHref(v.claimIds[0]!)}>{formatQuantity(v.value, fact.unit)}</a> ({v.claimIds.length}{' '}
                    {v.claimIds.length === 1 ? 'claim' : 'claims'})
                  </span>
                ))}{' '}
                against {fact.current.claimIds.length} for {formatQuantity(fact.current.value, fact.unit)}
              </p>
            ) : null}
          </>
        ) : (
          <p class="big-value muted">no value holds</p>
        )}
      </div>
      <dl class="facts-grid">
        <div>
          <dt>Flags</dt>
          <dd data-testid="fact-flags">
            <FlagList flags={fact.flags} />
          </dd>
        </div>
        <div>
          <dt>Claims</dt>
          <dd>
            {fact.claimCount} from {fact.sourceCount} {fact.sourceCount === 1 ? 'source' : 'sources'}
          </dd>
        </div>
        <div>
          <dt>Newest valid time</dt>
          <dd>{fact.latestValidEnd ? formatDate(fact.latestValidEnd) : '—'}</dd>
        </div>
        <div>
          <dt>Contradictions</dt>
          <dd>
            {open.length ? (
              <a href={href(['contradictions'])}>
                {open.length} open ({open.map((c) => c.severity).join(', ')})
              </a>
            ) : (
              'none open'
            )}
            {resolved.length ? <span class="muted"> · {resolved.length} resolved</span> : null}
          </dd>
        </div>
      </dl>
    </section>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import { get } from '../api/client';
import type { Me, Page, QueueItem, TimelineClaim } from '../api/types';
import { formatDate, formatInstant, formatQuantity, formatValidTime } from '../format';
import { roleAtLeast } from '../roles';
import { claimHref, factHref, replaceQuery, type Route } from '../router';
import { Loading, ProblemView } from '../ui/problem.view';
import { usePaged } from '../ui/use-paged';
import { ResolveDialog } from './resolve.dialog';
import './queue.css';
import { FactName } from '../ui/entity-name.view';
import { AsOfControls, asOfOf, isPast, PastBanner } from '../ui/as-of.view';

/** Claims that cannot all be true, severest first, each with a way for reviewers to settle it. */
export function QueuePage({ route, me }: { route: Route; me: Me }) {
  const status = route.query.get('status') === 'resolved' ? 'resolved' : 'open';
  const [resolving, setResolving] = useState<QueueItem>();
  const [done, setDone] = useState<QueueItem>();
  const [generation, setGeneration] = useState(0);
  const returnFocus = useRef<HTMLElement | null>(null);
  const notice = useRef<HTMLParagraphElement>(null);
  // The resolved item leaves the queue with its button, so focus goes to the confirmation.
  useEffect(() => {
    if (done) notice.current?.focus();
  }, [done]);

  // "What was disputed on 1 March?": the address carries the as-of parameters, every page asks for them.
  const asOf = asOfOf(route);
  const { knownAt, publishedBefore } = asOf;
  const { items, next, problem, loading, more } = usePaged(
    (cursor) => get<Page<QueueItem>>('/v1/contradictions', { status, limit: 20, cursor, knownAt, publishedBefore }),
    [status, knownAt, publishedBefore],
    { refresh: generation },
  );

  // The past is read, not resolved: a resolution is recorded now.
  const canResolve = roleAtLeast(me.role, 'reviewer') && !isPast(asOf);
  return (
    <section aria-labelledby="queue-title">
      <h1 id="queue-title">Contradictions</h1>
      <PastBanner route={route} />
      <AsOfControls route={route} />
      <div class="toolbar">
        <fieldset class="chips">
          <legend>Show</legend>
          {(['open', 'resolved'] as const).map((s) => (
            <label key={s} class="chip">
              <input
                type="radio"
                name="status"
                checked={status === s}
                onChange={() => replaceQuery(route, { ...asOf, status: s === 'open' ? undefined : s })}
              />
              {s}
            </label>
          ))}
        </fieldset>
        <p class="muted small grow">
          Claims about the same fact and time whose values cannot all be true, severest first.
          {canResolve ? ' Resolve one by choosing the claim or claims to prefer, with a reason.' : ' Reviewers resolve them.'}
        </p>
      </div>
      {done ? (
        <p class="notice" role="status" tabIndex={-1} ref={notice}>
          Resolved the contradiction on{' '}
          <a href={factHref(done.subject, done.metric)}>
            <FactName subject={done.subject} metric={done.metric} />
          </a>
          .
        </p>
      ) : null}
      {problem ? <ProblemView problem={problem} context="Could not load the contradictions" /> : null}
      {!loading && items.length === 0 && !problem ? <p class="empty">No {status} contradictions.</p> : null}
      <ol class="queue">
        {items.map((item) => (
          <li key={item.id} class={`contradiction card severity-${item.severity}`} data-testid="contradiction">
            <header>
              <span class={`severity severity-${item.severity}`}>{item.severity}</span>
              <h2>
                <a href={factHref(item.subject, item.metric, asOf)}>
                  <FactName subject={item.subject} metric={item.metric} />
                </a>{' '}
                <span class="muted">{describeTime(item.claims)}</span>
              </h2>
              <span class="muted small">gap {item.gap < 0.01 ? 'under 1%' : `${Math.round(item.gap * 100)}%`}</span>
              {canResolve && item.status === 'open' ? (
                <button
                  type="button"
                  class="primary"
                  onClick={(e) => {
                    returnFocus.current = e.currentTarget;
                    setDone(undefined);
                    setResolving(item);
                  }}
                >
                  Resolve…
                </button>
              ) : null}
            </header>
            <div class="competing" role="list" aria-label="Competing claims">
              {item.claims.map((claim) => (
                <ClaimCard key={claim.id} claim={claim} unit={item.unit} preferred={item.resolution?.preferred.includes(claim.id) ?? false} />
              ))}
            </div>
            {item.resolution ? (
              <p class="resolution">
                Resolved by {item.resolution.resolvedBy ?? 'a reviewer'} on {formatInstant(item.resolution.resolvedAt)}: <q>{item.resolution.reason}</q>
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      {loading ? <Loading what="contradictions" /> : null}
      {next && !loading ? (
        <button type="button" onClick={more}>
          Load more
        </button>
      ) : null}
      {resolving ? (
        <ResolveDialog
          item={resolving}
          onClose={(resolved) => {
            setResolving(undefined);
            if (resolved) {
              setDone(resolving);
              setGeneration((g) => g + 1);
            } else {
              returnFocus.current?.focus();
            }
          }}
        />
      ) : null}
    </section>
  );
}

function describeTime(claims: readonly TimelineClaim[]): string {
  const times = [...new Set(claims.map((c) => formatValidTime(c.validTime)))];
  return times.join(' / ');
}

function ClaimCard({ claim, unit, preferred }: { claim: TimelineClaim; unit: string; preferred: boolean }) {
  return (
    <div class={`claim-card${preferred ? ' preferred' : ''}`} role="listitem">
      <p class="claim-value">
        <a href={claimHref(claim.id)}>{formatQuantity(claim.value, unit)}</a>
        {preferred ? <span class="badge">preferred</span> : null}
      </p>
      {claim.quote ? <q class="claim-quote">{claim.quote.text}</q> : <p class="muted">no quote</p>}
      {claim.attribution ? <p class="small">— {claim.attribution}</p> : null}
      <p class="small">
        {claim.source.url ? (
          <a href={claim.source.url} target="_blank" rel="noreferrer noopener">
            {claim.source.title}
          </a>
        ) : (
          claim.source.title
        )}
      </p>
      <p class="small muted">
        {[claim.source.publisher, `published ${formatDate(claim.source.publishedAt)}`, `valid ${formatValidTime(claim.validTime)}`].filter(Boolean).join(' · ')}
      </p>
    </div>
  );
}

import { get } from '../api/client';
import type { FactChange, FactChanges, Quantity } from '../api/types';
import { formatDate, formatInstant, formatQuantity, formatValidTime } from '../format';
import { claimHref, href, type Route } from '../router';
import { endOfDay } from '../ui/as-of.view';
import { Loading, ProblemView } from '../ui/problem.view';
import { useResource } from '../ui/use-resource';

/** How far back the diff looks when no dates are picked: the API's own default, 30 days. */
const DEFAULT_DAYS = 30;
const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * What changed on the fact between two dates: its value at each end and every change in between
 * (who, when, what), as an auditor asks "what did we change since the last report?". The dates
 * are in the address (changesFrom, changesTo), like the as-of controls.
 */
export function FactChangesView({ base, unit, route }: { base: string; unit: string; route: Route }) {
  const today = new Date();
  const fromDay = route.query.get('changesFrom') ?? day(new Date(today.getTime() - DEFAULT_DAYS * 86_400_000));
  const toDay = route.query.get('changesTo') ?? day(today);
  const changes = useResource(() => get<FactChanges>(`${base}/changes`, { from: `${fromDay}T00:00:00.000Z`, to: endOfDay(toDay) }), [base, fromDay, toDay]);
  const pick = (name: 'changesFrom' | 'changesTo', value: string) => {
    const query: Record<string, string | undefined> = Object.fromEntries(route.query.entries());
    location.hash = href(route.path, { ...query, [name]: value || undefined });
  };
  const value = (v: Quantity | undefined) => (v ? formatQuantity(v, unit) : 'no value');
  return (
    <section aria-labelledby="changes-title" data-testid="fact-changes">
      <div class="section-head">
        <h2 id="changes-title">Changes between two dates</h2>
        <form class="as-of-controls" onSubmit={(e) => e.preventDefault()}>
          <label>
            From <input type="date" name="changesFrom" value={fromDay} max={toDay} onChange={(e) => pick('changesFrom', e.currentTarget.value)} />
          </label>
          <label>
            to <input type="date" name="changesTo" value={toDay} min={fromDay} onChange={(e) => pick('changesTo', e.currentTarget.value)} />
          </label>
        </form>
      </div>
      {changes.problem ? <ProblemView problem={changes.problem} context="Could not load the changes" /> : null}
      {changes.loading && !changes.data ? <Loading what="the changes" /> : null}
      {changes.data ? (
        <>
          <p class="diff-ends" data-testid="changes-ends">
            Value at the start of {formatDate(fromDay)}: <del>{value(changes.data.from.value?.value)}</del>; at the end of {formatDate(toDay)}:{' '}
            <ins>{value(changes.data.to.value?.value)}</ins>
          </p>
          {changes.data.changes.length === 0 ? (
            <p class="empty">Nothing was recorded about this fact between these dates.</p>
          ) : (
            <table class="changes-table">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">Change</th>
                  <th scope="col">What</th>
                </tr>
              </thead>
              <tbody>
                {changes.data.changes.map((c) => (
                  <tr key={c.position} data-kind={c.kind} data-testid="change">
                    <td>{formatInstant(c.at)}</td>
                    <td>{c.by ?? '—'}</td>
                    <td>
                      <span class={`change-kind change-${c.kind}`}>{c.kind}</span>
                    </td>
                    <td>
                      <ChangeDetail change={c} unit={unit} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : null}
    </section>
  );
}

function ChangeDetail({ change: c, unit }: { change: FactChange; unit: string }) {
  const claim = <a href={claimHref(c.claimId)}>the claim</a>;
  const why = c.reason ? <span class="muted"> — “{c.reason}”</span> : null;
  switch (c.kind) {
    case 'added':
      return (
        <>
          <ins>{c.value ? formatQuantity(c.value, unit) : ''}</ins> {c.validTime ? `for ${formatValidTime(c.validTime)}` : ''} ({claim})
        </>
      );
    case 'corrected':
      return (
        <>
          was <del>{c.previous ? formatQuantity(c.previous.value, unit) : ''}</del>, now <ins>{c.value ? formatQuantity(c.value, unit) : ''}</ins> ({claim})
          {why}
        </>
      );
    case 'ranked':
      return (
        <>
          was {c.previousRank}, now {c.rank} ({claim}){why}
        </>
      );
    case 'reviewed':
      return (
        <>
          verdict: {c.verdict} ({claim}){why}
        </>
      );
    case 'resolved':
      return (
        <>
          preferred {c.preferred?.length === 1 ? <a href={claimHref(c.preferred[0]!)}>one claim</a> : `${c.preferred?.length ?? 0} claims`} of{' '}
          {c.claimIds?.length ?? 0}
          {why}
        </>
      );
    default:
      return (
        <>
          {claim}
          {why}
        </>
      );
  }
}

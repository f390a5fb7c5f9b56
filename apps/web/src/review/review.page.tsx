import { get } from '../api/client';
import { type Me, type Page, type ReviewItem, WORKFLOW_STATUSES, type WorkflowStatus } from '../api/types';
import { formatInstant, formatQuantity, formatValidTime, humanize } from '../format';
import { claimHref, factHref, replaceQuery, type Route } from '../router';
import { Loading, ProblemView } from '../ui/problem.view';
import { usePaged } from '../ui/use-paged';
import './review.css';
import { FactName } from '../ui/entity-name.view';
import { useDraft } from '../ui/use-draft';

const PAGE = 50;

/**
 * The review desk's queue: claims by where they stand in review and who is on them, the least
 * recently changed first, so what has waited longest is at the top.
 */
export function ReviewPage({ route, me }: { route: Route; me: Me }) {
  const asked = route.query.get('status');
  const status = WORKFLOW_STATUSES.find((s) => s === asked);
  const assignee = route.query.get('assignee') ?? undefined;
  // Only 'true' filters: the desk looks for verdicts to redo, not for the others.
  const verdictOutdated = route.query.get('verdictOutdated') === 'true' ? 'true' : undefined;
  const [draft, setDraft] = useDraft(assignee ?? '', assignee ?? '');

  const query = (cursor?: string) => ({ status, assignee, verdictOutdated, limit: PAGE, cursor });
  const show = (changes: { status?: WorkflowStatus | undefined; assignee?: string | undefined; verdictOutdated?: 'true' | undefined }) =>
    replaceQuery(route, { status, assignee, verdictOutdated, ...changes });

  const { items, next, problem, loading, more } = usePaged(
    (cursor) => get<Page<ReviewItem>>('/v1/review', query(cursor)),
    [status, assignee, verdictOutdated],
    // A claim changed since the first page comes round again at the end: keep its newer row.
    { append: (shown, page) => [...shown.filter((o) => !page.some((n) => n.id === o.id)), ...page] },
  );

  return (
    <section aria-labelledby="review-page-title">
      <h1 id="review-page-title">Review</h1>
      <form
        class="toolbar review-filters"
        onSubmit={(e) => {
          e.preventDefault();
          show({ assignee: draft.trim() || undefined });
        }}
      >
        <fieldset class="chips">
          <legend>Status</legend>
          {[undefined, ...WORKFLOW_STATUSES].map((s) => (
            <label key={s ?? 'any'} class="chip">
              <input type="radio" name="workflow-status" checked={status === s} onChange={() => show({ status: s })} />
              {s ? humanize(s) : 'any'}
            </label>
          ))}
        </fieldset>
        <label class="inline">
          <input
            type="checkbox"
            checked={verdictOutdated === 'true'}
            onChange={(e) => show({ verdictOutdated: e.currentTarget.checked ? 'true' : undefined })}
          />{' '}
          Verdict out of date
        </label>
        <div class="field">
          <label for="review-assignee">Assigned to</label>
          <input id="review-assignee" type="text" value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
        </div>
        <button type="submit">Filter</button>
        <button type="button" onClick={() => show({ assignee: me.name })} aria-pressed={assignee === me.name}>
          Assigned to me
        </button>
        <button type="button" class="link-button" onClick={() => replaceQuery(route, {})}>
          Clear
        </button>
      </form>
      <p class="muted small">
        Claims by where they stand in review, the least recently changed first: a claim that changes moves to the end. Editors take a claim up to review;
        reviewers publish it. A verdict marked out of date judged an earlier version of the claim, which was corrected since: it is to be redone.
      </p>
      {problem ? <ProblemView problem={problem} context="Could not load the review list" /> : null}
      {!loading && items.length === 0 && !problem ? <p class="empty">No claims match.</p> : null}
      {items.length ? <ReviewTable items={items} /> : null}
      {loading ? <Loading what="the review list" /> : null}
      {next && !loading ? (
        <button type="button" onClick={more}>
          Load more claims
        </button>
      ) : null}
    </section>
  );
}

function ReviewTable({ items }: { items: readonly ReviewItem[] }) {
  return (
    <div class="table-scroll">
      <table class="review" data-testid="review-table">
        <caption class="visually-hidden">Claims in review order, least recently changed first</caption>
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">Fact</th>
            <th scope="col">Source</th>
            <th scope="col">Status</th>
            <th scope="col">Assignees</th>
            <th scope="col">Verdict</th>
            <th scope="col" class="num">
              Comments
            </th>
            <th scope="col">Last change</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} class={item.retracted ? 'inactive' : undefined} data-claim={item.id}>
              <th scope="row" class="value-cell">
                <a href={claimHref(item.id)}>{formatQuantity(item.value)}</a>
                <div class="muted small">{formatValidTime(item.validTime)}</div>
                {item.retracted ? <span class="badge badge-alert">retracted</span> : null}
              </th>
              <td>
                {/* Ids break at the slash between them, never at their own hyphens. */}
                <a href={factHref(item.subject, item.metric)}>
                  <FactName subject={item.subject} metric={item.metric} />
                </a>
              </td>
              <td class="source-cell">
                {item.source.title ? (
                  <span class="clamp" title={item.source.title}>
                    {item.source.title}
                  </span>
                ) : (
                  <span class="muted">{item.source.id}</span>
                )}
              </td>
              <td>
                <span class={`badge workflow-badge status-${item.status}`}>{humanize(item.status)}</span>
              </td>
              <td>{item.assignees.length ? item.assignees.join(', ') : <span class="muted">—</span>}</td>
              <td class="verdict-cell">
                <VerdictView item={item} />
              </td>
              <td class="num">{item.commentCount}</td>
              <td class="nowrap">
                {formatInstant(item.changedAt)}
                {item.changedBy ? <div class="small muted">{item.changedBy}</div> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The verdict, and a mark when the claim was corrected after it: the verdict is to be redone. */
function VerdictView({ item }: { item: ReviewItem }) {
  if (!item.verdict) return <span class="muted">none</span>;
  if (!item.verdictOutdated) return <>{item.verdict}</>;
  return (
    <>
      {item.verdict}
      <span
        class="badge badge-warn"
        data-testid="verdict-outdated"
        title="The claim was corrected after this verdict: the verdict judged an earlier version and is to be redone"
      >
        <span class="visually-hidden"> — </span>out of date
      </span>
    </>
  );
}

import { get } from '../api/client';
import type { AuditEntry, Page } from '../api/types';
import { EventData } from '../ui/event-data.view';
import { formatInstant } from '../format';
import { claimHref, factHref, replaceQuery, type Route } from '../router';
import { Loading, ProblemView } from '../ui/problem.view';
import { usePaged } from '../ui/use-paged';
import { FactName } from '../ui/entity-name.view';
import { useDraft } from '../ui/use-draft';

const FILTERS = ['actor', 'subject', 'from', 'to'] as const;
type Filters = Partial<Record<(typeof FILTERS)[number], string>>;

// datetime-local speaks the browser's local time without a zone; the API wants an instant.
const toInstant = (local: string | undefined) => (local ? new Date(local).toISOString() : undefined);

/** Who did what and when: every event, newest first, filtered by actor, subject and time. */
export function AuditPage({ route }: { route: Route }) {
  const applied: Filters = Object.fromEntries(FILTERS.map((f) => [f, route.query.get(f) ?? undefined]));
  const key = FILTERS.map((f) => applied[f] ?? '').join('\u0000');
  const [draft, setDraft] = useDraft<Filters>(applied, key);

  const query = (cursor?: string) => ({
    actor: applied.actor,
    subject: applied.subject,
    from: toInstant(applied.from),
    to: toInstant(applied.to),
    limit: 50,
    cursor,
  });

  const { items, next, problem, loading, more } = usePaged((cursor) => get<Page<AuditEntry>>('/v1/audit', query(cursor)), [key]);

  const field = (name: keyof Filters, label: string, time = false) => {
    const props = {
      id: `audit-${name}`,
      value: draft[name] ?? '',
      onInput: (e: { currentTarget: HTMLInputElement }) => setDraft({ ...draft, [name]: e.currentTarget.value }),
    };
    return (
      <div class="field">
        <label for={props.id}>{label}</label>
        {time ? <input type="datetime-local" {...props} /> : <input type="text" {...props} />}
      </div>
    );
  };

  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">Audit log</h1>
      <form
        class="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          replaceQuery(route, Object.fromEntries(FILTERS.map((f) => [f, draft[f]?.trim() || undefined])));
        }}
      >
        {field('actor', 'Actor (key name)')}
        {field('subject', 'Subject')}
        {field('from', 'From', true)}
        {field('to', 'Until', true)}
        <button type="submit">Filter</button>
        <button type="button" class="link-button" onClick={() => replaceQuery(route, {})}>
          Clear
        </button>
      </form>
      {problem ? <ProblemView problem={problem} context="Could not load the audit log" /> : null}
      {!loading && items.length === 0 && !problem ? <p class="empty">No events match.</p> : null}
      {items.length ? (
        <div class="table-scroll">
          <table class="audit" data-testid="audit-table">
            <caption class="visually-hidden">Events, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Actor</th>
                <th scope="col">Event</th>
                <th scope="col">About</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
                <tr key={e.position}>
                  <td>{formatInstant(e.recordedAt)}</td>
                  <td>{e.actor ?? '—'}</td>
                  <th scope="row">{e.type}</th>
                  <td>
                    <About entry={e} />
                  </td>
                  <td>
                    <EventData data={e.data} />
                    {e.requestId ? <div class="small muted">request {e.requestId}</div> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {loading ? <Loading what="the audit log" /> : null}
      {next && !loading ? (
        <button type="button" onClick={more}>
          Older events
        </button>
      ) : null}
    </section>
  );
}

/** What an event is about, as a link where the UI has a page for it. */
function About({ entry }: { entry: AuditEntry }) {
  const { entityId, metricId } = entry.data as { entityId?: unknown; metricId?: unknown };
  const claimId = entry.stream.startsWith('claim-') ? entry.stream.slice('claim-'.length) : undefined;
  return (
    <>
      {typeof entityId === 'string' && typeof metricId === 'string' ? (
        <a href={factHref(entityId, metricId)}>
          <FactName subject={entityId} metric={metricId} />
        </a>
      ) : (
        <span>{entry.stream}</span>
      )}
      {claimId ? (
        <div class="small">
          <a href={claimHref(claimId)}>claim</a> v{entry.version}
        </div>
      ) : null}
    </>
  );
}

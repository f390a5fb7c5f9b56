import { get } from '../api/client';
import { type Me, type Page, SOURCE_KINDS, type SourceListItem } from '../api/types';
import { formatDate, SOURCE_KIND_TEXT } from '../format';
import { roleAtLeast } from '../roles';
import { href, replaceQuery, type Route } from '../router';
import { Loading, ProblemView } from '../ui/problem.view';
import { usePaged } from '../ui/use-paged';
import './sources.css';
import { useDraft } from '../ui/use-draft';

const PAGE = 25;

/** Every source, newest first: searched by title or publisher, filtered by kind and publication date. */
export function SourcesPage({ route, me }: { route: Route; me: Me }) {
  const filters = {
    q: route.query.get('q') ?? undefined,
    kind: route.query.get('kind') ?? undefined,
    publishedFrom: route.query.get('from') ?? undefined,
    publishedTo: route.query.get('to') ?? undefined,
  };
  const shownDraft = { q: filters.q ?? '', from: filters.publishedFrom ?? '', to: filters.publishedTo ?? '' };
  const [draft, setDraft] = useDraft(shownDraft, JSON.stringify(shownDraft));
  const { items, next, problem, loading, more } = usePaged(
    (cursor) => get<Page<SourceListItem>>('/v1/sources', { ...filters, limit: PAGE, cursor }),
    [filters.q, filters.kind, filters.publishedFrom, filters.publishedTo],
  );
  const show = (changes: Record<string, string | undefined>) =>
    replaceQuery(route, { q: filters.q, kind: filters.kind, from: filters.publishedFrom, to: filters.publishedTo, ...changes });

  return (
    <section aria-labelledby="sources-title">
      <div class="section-head">
        <h1 id="sources-title">Sources</h1>
        {roleAtLeast(me.role, 'editor') ? (
          <a class="button primary" href={href(['sources', 'new'])}>
            Register a source
          </a>
        ) : null}
      </div>
      <form
        class="toolbar"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          show({ q: draft.q.trim() || undefined, from: draft.from.trim() || undefined, to: draft.to.trim() || undefined });
        }}
      >
        <div class="field grow">
          <label for="source-search">Title or publisher</label>
          <input id="source-search" type="search" value={draft.q} onInput={(e) => setDraft((d) => ({ ...d, q: (e.target as HTMLInputElement).value }))} />
        </div>
        <div class="field">
          <label for="source-kind">Kind</label>
          <select id="source-kind" value={filters.kind ?? ''} onChange={(e) => show({ kind: e.currentTarget.value || undefined })}>
            <option value="">any</option>
            {SOURCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {SOURCE_KIND_TEXT[k]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="source-from">Published from</label>
          <input
            id="source-from"
            placeholder="YYYY[-MM[-DD]]"
            size={11}
            value={draft.from}
            onInput={(e) => setDraft((d) => ({ ...d, from: (e.target as HTMLInputElement).value }))}
          />
        </div>
        <div class="field">
          <label for="source-to">Published to</label>
          <input
            id="source-to"
            placeholder="YYYY[-MM[-DD]]"
            size={11}
            value={draft.to}
            onInput={(e) => setDraft((d) => ({ ...d, to: (e.target as HTMLInputElement).value }))}
          />
        </div>
        <button type="submit">Search</button>
      </form>
      {problem ? <ProblemView problem={problem} context="Could not load the sources" /> : null}
      <SourceTable items={items} />
      {loading ? <Loading what="sources" /> : null}
      {!loading && next ? (
        <button type="button" onClick={() => void more()}>
          Load more sources
        </button>
      ) : null}
    </section>
  );
}

function SourceTable({ items }: { items: readonly SourceListItem[] }) {
  if (items.length === 0) return <p class="empty">No source matches.</p>;
  return (
    <table class="sources" data-testid="source-table">
      <caption class="visually-hidden">Sources, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Publisher</th>
          <th scope="col">Published</th>
          <th scope="col">Kind</th>
        </tr>
      </thead>
      <tbody>
        {items.map((s) => (
          <tr key={s.id}>
            <th scope="row">
              <a href={href(['sources', s.id])}>{s.title}</a>
            </th>
            <td>{s.publisher ?? <span class="muted">unknown</span>}</td>
            <td class="nowrap">{formatDate(s.publishedAt)}</td>
            <td>{SOURCE_KIND_TEXT[s.kind]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

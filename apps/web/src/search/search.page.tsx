import './search.css';
import { get } from '../api/client';
import type { Page, SearchHit } from '../api/types';
import type { Route } from '../router';
import { Loading, ProblemView } from '../ui/problem.view';
import { usePaged } from '../ui/use-paged';
import { Marked } from './marked.view';

type Kind = SearchHit['kind'];

/** The groups of the results page, in the order a reader looks for them. */
const GROUPS: ReadonlyArray<readonly [Kind, string]> = [
  ['entity', 'Subjects'],
  ['metric', 'Metrics'],
  ['source', 'Sources'],
  ['claim', 'Claims'],
  ['comment', 'Comments'],
];

/** What the search box in the header found, grouped by kind, each group best first. */
export function SearchPage({ route }: { route: Route }) {
  const q = route.query.get('q')?.trim() ?? '';
  const kind = route.query.get('kind') ?? undefined;
  const { items, next, problem, loading, more } = usePaged(
    (cursor) => (q ? get<Page<SearchHit>>('/v1/search', { q, kind, cursor, limit: 50 }) : Promise.resolve({ items: [], next: null })),
    [q, kind],
  );
  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title">{q ? <>Search: “{q}”</> : 'Search'}</h1>
      {!q ? <p class="empty">Type words into the search box above: a quote, a person, a publisher, a subject or part of its name.</p> : null}
      {problem ? <ProblemView problem={problem} context="Could not search" /> : null}
      {q && items.length === 0 && !loading && !problem ? <p class="empty">Nothing found.</p> : null}
      {GROUPS.map(([k, label]) => {
        const hits = items.filter((h) => h.kind === k);
        if (hits.length === 0) return null;
        return (
          <section class="search-group" aria-labelledby={`search-${k}`} key={k}>
            <h2 id={`search-${k}`}>
              {label} <span class="muted small">({hits.length})</span>
            </h2>
            <ol class="search-hits" data-testid={`search-${k}`}>
              {hits.map((hit) => (
                <li key={hit.id}>
                  <a href={hit.links.web} class="search-title">
                    {hit.title.text ? <Marked text={hit.title} /> : <span class="muted">(no quote)</span>}
                  </a>
                  {hit.snippet ? (
                    <p class="search-snippet">
                      <Marked text={hit.snippet} />
                    </p>
                  ) : null}
                  <p class="small muted">{describe(hit)}</p>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
      {loading && q ? <Loading what="results" /> : null}
      {!loading && next ? (
        <button type="button" onClick={() => void more()}>
          More results
        </button>
      ) : null}
    </section>
  );
}

/** Where a hit stands: its fact, its publisher and date. */
function describe(hit: SearchHit): string {
  const parts = [
    hit.subject && hit.metric ? `${hit.subject} / ${hit.metric}` : (hit.subject ?? (hit.kind === 'metric' ? hit.metric : null)),
    hit.publisher,
    hit.publishedOn,
  ];
  return parts.filter(Boolean).join(' · ');
}

import { useEffect, useState } from 'preact/hooks';
import { get } from '../api/client';
import { FLAGS, type FactListItem, type Page, type Problem } from '../api/types';
import { FLAG_TEXT, formatQuantity, formatValidTime, humanize } from '../format';
import { factHref, replaceQuery, type Route } from '../router';
import { FlagList } from '../ui/flags.view';
import { Loading, ProblemView } from '../ui/problem.view';
import { toProblem } from '../ui/use-resource';
import { FactName } from '../ui/entity-name.view';
import { useDraft } from '../ui/use-draft';

interface Listing {
  /** The search this listing answers (empty for every fact). */
  readonly q: string;
  readonly items: FactListItem[];
  /** Where each search continues: a term may name a subject, a metric, or both. */
  readonly cursors: Partial<Record<'all' | 'subject' | 'metric', string>>;
}

const keyOf = (f: FactListItem) => `${f.subject}\u0000${f.metric}`;

/**
 * One page of facts. The API filters by exact subject (any of its names) or metric id, so a
 * search term is tried as both and the answers merged.
 */
async function loadPage(q: string, flag: string | undefined, cursors: Listing['cursors'] | undefined): Promise<Listing> {
  const base = { flag, limit: 50 };
  const asks: ['all' | 'subject' | 'metric', Record<string, string | number | undefined>][] = q
    ? [
        ['subject', { ...base, subject: q }],
        ['metric', { ...base, metric: q }],
      ]
    : [['all', base]];
  const pages = await Promise.all(
    asks
      .filter(([name]) => !cursors || cursors[name])
      .map(async ([name, query]) => [name, await get<Page<FactListItem>>('/v1/facts', { ...query, cursor: cursors?.[name] })] as const),
  );
  const seen = new Set<string>();
  const items = pages.flatMap(([, page]) => page.items).filter((f) => !seen.has(keyOf(f)) && seen.add(keyOf(f)));
  const next: Listing['cursors'] = {};
  for (const [name, page] of pages) if (page.next) next[name] = page.next;
  return { q, items, cursors: next };
}

export function FactListPage({ route }: { route: Route }) {
  const q = route.query.get('q') ?? '';
  const flag = route.query.get('flag') ?? undefined;
  const [term, setTerm] = useDraft(q, q);
  const [listing, setListing] = useState<Listing>();
  const [problem, setProblem] = useState<Problem>();
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let current = true;
    setLoading(true);
    setProblem(undefined);
    loadPage(q, flag, undefined).then(
      (page) => current && (setListing(page), setLoading(false)),
      (error: unknown) => current && (setProblem(toProblem(error)), setLoading(false)),
    );
    return () => {
      current = false;
    };
  }, [q, flag]);

  const more = async () => {
    if (!listing) return;
    setLoading(true);
    try {
      const page = await loadPage(q, flag, listing.cursors);
      const seen = new Set(listing.items.map(keyOf));
      setListing({ ...page, items: [...listing.items, ...page.items.filter((f) => !seen.has(keyOf(f)))] });
    } catch (error) {
      setProblem(toProblem(error));
    } finally {
      setLoading(false);
    }
  };

  const search = (event: Event) => {
    event.preventDefault();
    replaceQuery(route, { q: term.trim() || undefined, flag });
  };

  return (
    <section aria-labelledby="facts-title">
      <h1 id="facts-title">Facts</h1>
      <form class="toolbar" role="search" onSubmit={search}>
        <div class="field grow">
          <label for="fact-search">Search by subject or metric</label>
          <input
            id="fact-search"
            type="search"
            placeholder="e.g. anti-ISIL coalition, member-count"
            value={term}
            onInput={(e) => setTerm(e.currentTarget.value)}
          />
        </div>
        <button type="submit">Search</button>
        <fieldset class="chips">
          <legend>Flag</legend>
          {[undefined, ...FLAGS].map((f) => (
            <label key={f ?? 'any'} class="chip" title={f ? FLAG_TEXT[f].help : 'every fact'}>
              <input type="radio" name="flag" checked={flag === f} onChange={() => replaceQuery(route, { q: q || undefined, flag: f })} />
              {f ? humanize(f) : 'any'}
            </label>
          ))}
        </fieldset>
      </form>
      {problem ? <ProblemView problem={problem} context="Could not load the facts" /> : null}
      {listing?.q ? (
        <p class="muted small" data-testid="search-note">
          Facts whose subject (under any of its names) or metric is <q>{listing.q}</q>.
        </p>
      ) : null}
      {listing ? <FactTable items={listing.items} /> : null}
      {loading ? <Loading what="facts" /> : null}
      {listing && !loading && Object.keys(listing.cursors).length > 0 ? (
        <button type="button" onClick={more}>
          Load more facts
        </button>
      ) : null}
    </section>
  );
}

function FactTable({ items }: { items: readonly FactListItem[] }) {
  if (items.length === 0) return <p class="empty">No fact matches. A subject may be searched by any of its names; a metric by its id.</p>;
  return (
    <table class="facts">
      <caption class="visually-hidden">Facts with their current value and flags</caption>
      <thead>
        <tr>
          <th scope="col">Fact</th>
          <th scope="col">Current value</th>
          <th scope="col" class="num">
            Claims
          </th>
          <th scope="col" class="num">
            Sources
          </th>
          <th scope="col">Flags</th>
        </tr>
      </thead>
      <tbody>
        {items.map((f) => (
          <tr key={keyOf(f)}>
            <th scope="row">
              <a href={factHref(f.subject, f.metric)}>
                <FactName subject={f.subject} metric={f.metric} />
              </a>
            </th>
            <td>
              {f.current ? (
                <>
                  <strong>{formatQuantity(f.current.value)}</strong> <span class="muted">({formatValidTime(f.current.validTime)})</span>
                </>
              ) : (
                <span class="muted">none</span>
              )}
            </td>
            <td class="num">{f.claimCount}</td>
            <td class="num">{f.sourceCount}</td>
            <td>
              <FlagList flags={f.flags} />
              {f.openContradictions > 0 ? (
                <span class="small">
                  {' '}
                  {f.openContradictions} open {f.openContradictions === 1 ? 'contradiction' : 'contradictions'}
                </span>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

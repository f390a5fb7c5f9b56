import { useEffect, useState } from 'preact/hooks';

/** A hash route: `#/facts/global-coalition/member-count?x=1` is ['facts', 'global-coalition', 'member-count'] and x=1. */
export interface Route {
  readonly path: readonly string[];
  readonly query: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?');
  return { path: path.split('/').filter(Boolean).map(decodeURIComponent), query: new URLSearchParams(search) };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}

/** A link target inside the app. */
export function href(segments: readonly string[], query: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value) params.set(name, value);
  const search = params.toString();
  return `#/${segments.map(encodeURIComponent).join('/')}${search ? `?${search}` : ''}`;
}

/** A fact's page; with as-of parameters, the fact as of then. */
export const factHref = (subject: string, metric: string, query: Record<string, string | undefined> = {}) => href(['facts', subject, metric], query);
export const claimHref = (id: string) => href(['claims', id]);

/** Changes the query of the current route without adding a history entry per keystroke. */
export function replaceQuery(route: Route, query: Record<string, string | undefined>): void {
  history.replaceState(null, '', href(route.path, query));
  dispatchEvent(new HashChangeEvent('hashchange'));
}

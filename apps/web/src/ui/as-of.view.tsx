import { href, type Route } from '../router';
import { formatDate, formatInstant } from '../format';

/** The as-of parameters of a read, as the URL carries them: shared links open the same past. */
export type AsOfParams = {
  readonly knownAt?: string;
  readonly publishedBefore?: string;
};

/** The as-of parameters the route names; anything else in its query is no concern of theirs. */
export function asOfOf(route: Route): AsOfParams {
  const knownAt = route.query.get('knownAt') ?? undefined;
  const publishedBefore = route.query.get('publishedBefore') ?? undefined;
  return { ...(knownAt ? { knownAt } : {}), ...(publishedBefore ? { publishedBefore } : {}) };
}

/** Whether a question (a route's, or the one an answer's `asOf` says it answered) is about the past. */
export const isPast = (asOf: { readonly knownAt?: string | null; readonly publishedBefore?: string | null }) => Boolean(asOf.knownAt || asOf.publishedBefore);

/** A day picked as "known on": everything recorded by the end of that day (UTC). */
export const endOfDay = (day: string) => `${day}T23:59:59.999Z`;
const dayOf = (instant: string | undefined) => instant?.slice(0, 10) ?? '';

/** Where the route goes with these parameters, the rest of its query kept. */
function withQuery(route: Route, changes: Record<string, string | undefined>): string {
  const query: Record<string, string | undefined> = Object.fromEntries(route.query.entries());
  return href(route.path, { ...query, ...changes });
}

/**
 * The "as known on" and "as published by" controls. Each choice is a new address (a history
 * entry), so the view of the past can be bookmarked, shared and left with the Back button.
 */
export function AsOfControls({ route }: { route: Route }) {
  const asOf = asOfOf(route);
  const go = (changes: Record<string, string | undefined>) => {
    location.hash = withQuery(route, changes);
  };
  return (
    <form class="as-of-controls" aria-label="View as of a past time" onSubmit={(e) => e.preventDefault()}>
      <label>
        As known on{' '}
        <input
          type="date"
          name="knownAt"
          value={dayOf(asOf.knownAt)}
          onChange={(e) => go({ knownAt: e.currentTarget.value ? endOfDay(e.currentTarget.value) : undefined })}
        />
      </label>
      <label>
        As published by{' '}
        <input
          type="date"
          name="publishedBefore"
          value={asOf.publishedBefore ?? ''}
          onChange={(e) => go({ publishedBefore: e.currentTarget.value || undefined })}
        />
      </label>
    </form>
  );
}

/** Says, above everything else, that the page shows the past, and links back to now. */
export function PastBanner({ route }: { route: Route }) {
  const asOf = asOfOf(route);
  if (!isPast(asOf)) return null;
  const parts = [
    asOf.knownAt ? `as factlog knew it on ${formatInstant(asOf.knownAt)} (UTC ${asOf.knownAt.slice(0, 16).replace('T', ' ')})` : undefined,
    asOf.publishedBefore ? `from sources published by ${formatDate(asOf.publishedBefore)}` : undefined,
  ].filter(Boolean);
  return (
    <p class="past-banner" role="status" data-testid="past-banner">
      <strong>You are looking at the past:</strong> this page shows {parts.join(', ')}. Later records are not shown.{' '}
      <a href={withQuery(route, { knownAt: undefined, publishedBefore: undefined })}>Back to now</a>
    </p>
  );
}

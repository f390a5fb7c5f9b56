import type { DaySpan } from './claim-relations.js';
import {
  type Contradiction,
  contradictionOrder,
  factFlags,
  type FactClaim,
  type FactMetric,
  hasVerdict,
  type FactSummary,
  type Resolution,
  summarizeClaims,
} from './fact-summary.js';
import type { SourceTally } from './fact-extension.js';

/**
 * What a fact's summary keeps besides itself so that a change to some claims can be applied
 * without reading the others: active claims per source, and how many active claims have no
 * verdict (the `unreviewed` flag).
 */
export interface FactTally {
  readonly sources: SourceTally;
  readonly unreviewed: number;
}

const counts = (c: FactClaim) => c.status === 'active' && c.rank !== 'deprecated';

export function tallyFact(claims: readonly FactClaim[]): FactTally {
  const sources: Record<string, number> = {};
  let unreviewed = 0;
  for (const c of claims.filter(counts)) {
    sources[c.sourceId] = (sources[c.sourceId] ?? 0) + 1;
    if (!hasVerdict(c)) unreviewed++;
  }
  return { sources, unreviewed };
}

/**
 * The tally after claims changed, in order, each from `before` (absent for a new claim) to
 * `after`: copied once, whatever the number of changes (a release of a series cites its own
 * source, one of hundreds in the tally).
 */
export function retallyAll(tally: FactTally, changes: ReadonlyArray<{ readonly before?: FactClaim; readonly after: FactClaim }>): FactTally {
  const sources: Record<string, number> = { ...tally.sources };
  let unreviewed = tally.unreviewed;
  const add = (c: FactClaim, n: number) => {
    if (!counts(c)) return;
    sources[c.sourceId] = (sources[c.sourceId] ?? 0) + n;
    if (sources[c.sourceId] === 0) delete sources[c.sourceId];
    if (!hasVerdict(c)) unreviewed += n;
  };
  for (const { before, after } of changes) {
    if (before) add(before, -1);
    add(after, 1);
  }
  return { sources, unreviewed };
}

/**
 * Claims relate only when their valid times overlap (outside a cumulative metric), so a fact's
 * active claims fall into clusters: maximal groups whose valid times overlap, directly or
 * through others. Revisions, contradictions (and their resolutions) never reach across
 * clusters, and the current value is decided within the latest one. So after some claims
 * change, only the clusters around them need summarising again.
 *
 * `around` must be every active claim, as they are now, of the clusters that hold or held a
 * changed claim, plus the latest cluster: the claims found, repeatedly, to overlap the old and
 * new valid times of the changed claims and the previous summary's latest valid end
 * (`clusterRanges` says when the search is complete). When none of them reaches that end any
 * more, the latest cluster is unknown and this gives undefined. `changed` are the ids of every claim that changed (recorded,
 * corrected, retracted, restored, reviewed, ranked, restated by its source, or named by a
 * resolution); `tally` is already brought up to date. `resolutions` are all of the fact's.
 *
 * When the change only added claims, each published after every active claim of its publisher
 * on the fact (`newestReleases`), `around` may leave out the claims the previous summary has as
 * superseded: the search then follows the live claims only. A superseded claim takes part in no
 * contradiction and no current value, and a newer release cannot change what supersedes it (the
 * release that does is older than the new claim), so its entry stands. A statistical series,
 * whose periods gather a release each, is then revised from one live claim per period.
 *
 * The result is exactly what `summarizeFact` gives for all of the fact's claims (a property
 * test checks it); a cumulative metric, whose falls are compared across clusters, is not
 * handled here either (undefined): the caller summarises those from all their claims.
 */
export function reviseSummary(
  entityId: string,
  metricId: string,
  previous: FactSummary,
  tally: FactTally,
  around: readonly FactClaim[],
  changed: Iterable<string>,
  metric: FactMetric,
  resolutions: readonly Resolution[],
): FactSummary | undefined {
  if (metric.cumulative || previous.anomalies.length > 0) return undefined;
  // Whatever holds the latest valid end now is the latest cluster. Unless a claim around the
  // change reaches as far as the latest end did before, the claims that did were all moved back
  // or taken out, and the latest cluster may be one nobody searched.
  const latestEnd = previous.latestValidEnd;
  if (latestEnd !== undefined && !around.some((c) => counts(c) && c.span.end >= latestEnd)) return undefined;
  const part = summarizeClaims(entityId, metricId, around, metric, resolutions);
  const replaced = new Set(changed);
  for (const c of around) replaced.add(c.id);

  // A revision relates two overlapping releases, so both are in one cluster: when the old claim
  // is not around the change, neither is the one that revised it (or, searched among the live
  // claims, nothing newer can change it), and its entry stands. Only the entries of the claims
  // around the change are summarised again, and only those that differ are written: the map is
  // persistent, so a write copies a path, and an entry that stays costs a lookup.
  const supersededBy = previous.supersededBy.withMutations((m) => {
    for (const id of replaced) {
      const by = part.supersededBy[id];
      if (by === undefined) m.delete(id);
      else if (m.get(id) !== by) m.set(id, by);
    }
  });
  // Both in contradiction order already: merged, not sorted again (a series holds thousands).
  const contradictions = merge(
    previous.contradictions.filter((c) => !c.claimIds.some((id) => replaced.has(id))),
    part.contradictions,
  );

  const claimCount = Object.values(tally.sources).reduce((a, b) => a + b, 0);
  const sourceCount = Object.keys(tally.sources).length;
  // The current value is decided within the latest cluster, which is around the change: what
  // the part says of it (contested, reviewed) holds for the whole fact.
  const flags = factFlags(part.current, contradictions, {
    anomaly: false,
    singleSource: sourceCount === 1,
    unreviewed: part.flags.includes('unreviewed'),
  });
  return {
    ...(part.current ? { current: part.current } : {}),
    flags,
    claimCount,
    sourceCount,
    ...(part.latestValidEnd !== undefined ? { latestValidEnd: part.latestValidEnd } : {}),
    contradictions,
    supersededBy,
    anomalies: [],
  };
}

/** Two lists in contradiction order as one. */
function merge(a: readonly Contradiction[], b: readonly Contradiction[]): Contradiction[] {
  const out: Contradiction[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(contradictionOrder(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/**
 * Given the valid times searched so far and the spans of the claims found in them, the ranges
 * to search next, or undefined when the search is complete: every claim found lies within the
 * ranges searched, so no claim outside them can overlap one inside.
 */
export function clusterRanges(searched: readonly DaySpan[], found: readonly DaySpan[]): DaySpan[] | undefined {
  const within = (s: DaySpan) => searched.some((r) => r.start <= s.start && s.end <= r.end);
  if (found.every(within)) return undefined;
  return mergeSpans([...searched, ...found]);
}

/**
 * Overlapping and adjacent spans joined into one; the result sorted, disjoint and apart. Spans
 * are sets of whole days, so joining adjacent ones covers the same days: a series' consecutive
 * months are one range to search, not one each.
 */
export function mergeSpans(spans: readonly DaySpan[]): DaySpan[] {
  const sorted = [...spans].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const out: Array<{ start: string; end: string }> = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start <= dayAfter(last.end)) {
      if (s.end > last.end) last.end = s.end;
    } else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** The ISO date of the day after (past 9999-12-31, a string that sorts before every date); anything else as it is. */
function dayAfter(day: string): string {
  const next = Date.parse(`${day}T00:00:00Z`) + 86_400_000;
  return Number.isNaN(next) ? day : new Date(next).toISOString().slice(0, 10);
}

/**
 * The latest publication date of each publisher's active claims on a fact (or dates at least as
 * late: an upper bound serves `newestReleases` as well).
 */
export type LatestReleases = Readonly<Record<string, string>>;

export function latestReleases(claims: readonly FactClaim[], bound: LatestReleases = {}): LatestReleases {
  const latest: Record<string, string> = { ...bound };
  for (const c of claims) if (c.publisher && counts(c) && c.publishedAt > (latest[c.publisher] ?? '')) latest[c.publisher] = c.publishedAt;
  return latest;
}

/**
 * Whether claims just added are each newer than every active claim its publisher had on the
 * fact before (`before`, see LatestReleases): then no claim the previous summary has as superseded
 * relates differently to them, and `reviseSummary` may be given the live claims around them only.
 * A claim without a publisher revises nothing and is superseded by nothing.
 */
export function newestReleases(added: readonly FactClaim[], before: LatestReleases): boolean {
  return added.every((c) => !c.publisher || c.publishedAt > (before[c.publisher] ?? ''));
}

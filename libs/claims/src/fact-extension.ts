import { type FactClaim, factFlags, type FactMetric, type FactSummary, hasVerdict } from './fact-summary.js';

/** How many active claims each source has on a fact: what the source count is kept from. */
export type SourceTally = Readonly<Record<string, number>>;

export function tallySources(claims: readonly FactClaim[]): SourceTally {
  const tally: Record<string, number> = {};
  for (const c of claims) if (c.status === 'active' && c.rank !== 'deprecated') tally[c.sourceId] = (tally[c.sourceId] ?? 0) + 1;
  return tally;
}

/**
 * The summary of a fact after one new claim, from the previous summary alone, when that is
 * possible without looking at the other claims: the new claim starts after every active claim
 * ends, so it relates to none of them as anything but a change, and it becomes the current
 * value on its own. A cumulative metric needs every earlier claim (a fall is an anomaly) and a
 * claim that overlaps others may contradict or revise them: for those, and anything else this
 * cannot decide, it returns undefined and the caller summarises the fact from all its claims.
 *
 * The result is exactly what `summarizeFact` gives for the previous claims plus this one.
 */
export function extendSummary(
  previous: FactSummary,
  tally: SourceTally,
  claim: FactClaim,
  metric: FactMetric,
): { readonly summary: FactSummary; readonly tally: SourceTally } | undefined {
  if (metric.cumulative || claim.status !== 'active' || claim.rank === 'deprecated') return undefined;
  if (previous.latestValidEnd !== undefined && claim.span.start <= previous.latestValidEnd) return undefined;
  // An editor's earlier resolution cannot name a claim recorded after it, but if one did, its
  // preference would change the basis of the current value.
  const resolved = previous.contradictions.some((c) => c.resolution?.preferred.includes(claim.id));
  if (resolved) return undefined;
  const known = Object.values(tally).reduce((a, b) => a + b, 0);
  if (known !== previous.claimCount) return undefined;

  const next = { ...tally, [claim.sourceId]: (tally[claim.sourceId] ?? 0) + 1 };
  const sources = Object.keys(next).length;
  // Alone at its valid time, the claim is the current value and competes with nothing: every
  // earlier contradiction is history now.
  const current = {
    value: claim.value,
    validTime: claim.validTime,
    claimIds: [claim.id],
    basis: claim.rank === 'preferred' ? ('preferred' as const) : ('corroboration' as const),
  };
  const flags = factFlags(current, previous.contradictions, {
    anomaly: previous.flags.includes('anomaly'),
    singleSource: sources === 1,
    unreviewed: !hasVerdict(claim),
  });
  return {
    summary: {
      current,
      flags,
      claimCount: previous.claimCount + 1,
      sourceCount: sources,
      latestValidEnd: claim.span.end,
      contradictions: previous.contradictions,
      supersededBy: previous.supersededBy,
      anomalies: previous.anomalies,
    },
    tally: next,
  };
}

import { relate, type Relation, type Severity } from './claim-relations.js';
import { type FactClaim, type FactFlag, type FactMetric, type Resolution, summarizeFact } from './fact-summary.js';

/** How the new claim stands against one claim the fact already holds. */
export interface PreviewRelation {
  readonly claimId: string;
  readonly relation: Relation;
}

export interface ClaimPreview {
  /** One entry per active claim of the fact (retracted and deprecated ones take part in nothing). */
  readonly relations: readonly PreviewRelation[];
  /** Contradictions the fact would have that include the new claim, with their severity. */
  readonly contradictions: readonly { readonly id: string; readonly claimIds: readonly string[]; readonly severity: Severity; readonly gap: number }[];
  /** Whether the new claim would be (or agree with) the fact's current value. */
  readonly current: boolean;
  readonly flagsBefore: readonly FactFlag[];
  readonly flagsAfter: readonly FactFlag[];
  /** The claim is already recorded: saving again changes nothing. */
  readonly alreadyRecorded: boolean;
}

/**
 * What recording `candidate` would do to a fact: the same pairwise rule (`relate`) and the same
 * summary (`summarizeFact`) the fact views are projected with, applied to the claims the fact
 * holds plus this one, so the editor sees a contradiction before creating it.
 */
export function previewClaim(
  entityId: string,
  metricId: string,
  candidate: FactClaim,
  claims: readonly FactClaim[],
  metric: FactMetric,
  resolutions: readonly Resolution[] = [],
): ClaimPreview {
  const alreadyRecorded = claims.some((c) => c.id === candidate.id);
  const others = claims.filter((c) => c.id !== candidate.id);
  const relations = others
    .filter((c) => c.status === 'active' && c.rank !== 'deprecated')
    .map((c) => ({ claimId: c.id, relation: relate(candidate, c, metric) }));
  const before = summarizeFact(entityId, metricId, others, metric, resolutions);
  const after = summarizeFact(entityId, metricId, [...others, candidate], metric, resolutions);
  return {
    relations,
    contradictions: after.contradictions
      .filter((c) => c.claimIds.includes(candidate.id))
      .map(({ id, claimIds, severity, gap }) => ({ id, claimIds, severity, gap })),
    current: after.current?.claimIds.includes(candidate.id) ?? false,
    flagsBefore: others.length ? before.flags : [],
    flagsAfter: after.flags,
    alreadyRecorded,
  };
}

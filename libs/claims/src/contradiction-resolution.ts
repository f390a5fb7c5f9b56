import { conflict, invalid } from './errors.js';

/**
 * An editor's decision on a contradiction: which of the competing claims are preferred, and why.
 * The decision is an event on the contradiction's own stream; it settles exactly the claims it
 * names, so a new conflicting claim reopens the contradiction.
 */
export interface ContradictionDecision {
  readonly contradictionId: string;
  readonly entityId: string;
  readonly metricId: string;
  /** The claims in the contradiction when the editor looked at it. */
  readonly claimIds: readonly string[];
  readonly preferred: readonly string[];
  readonly reason: string;
}

export type ContradictionCommand = { readonly type: 'ResolveContradiction' } & ContradictionDecision;
export type ContradictionEvent = { readonly type: 'ContradictionResolved'; readonly data: ContradictionDecision };

export type ContradictionState = {
  readonly resolutions: readonly ContradictionDecision[];
};

export const initialContradictionState: ContradictionState = { resolutions: [] };

export function decideContradiction(command: ContradictionCommand, state: ContradictionState): ContradictionEvent[] {
  if (!command.reason.trim()) throw invalid('reason', 'a reason is required');
  if (command.preferred.length === 0) throw invalid('preferred', 'choose at least one preferred claim');
  command.preferred.forEach((id, i) => {
    if (!command.claimIds.includes(id)) throw invalid(`preferred.${i}`, `claim ${id} is not part of this contradiction`);
  });
  const last = state.resolutions.at(-1);
  if (last && sameSet(last.claimIds, command.claimIds) && sameSet(last.preferred, command.preferred)) {
    throw conflict('the contradiction is already resolved this way');
  }
  const { type: _, ...data } = command;
  return [{ type: 'ContradictionResolved', data: { ...data, reason: data.reason.trim() } }];
}

export function evolveContradiction(state: ContradictionState, event: ContradictionEvent): ContradictionState {
  return { resolutions: [...state.resolutions, event.data] };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

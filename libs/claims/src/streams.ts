import { deterministicUuid } from './ids.js';

/**
 * One stream per source, entity, metric and claim. A claim's stream holds only that claim's
 * few events, so deciding a command never folds a popular fact's thousands of claims: what
 * spans claims (a fact's timeline, its contradictions) is built by projections instead.
 */
export const streamIds = {
  source: (id: string) => `source-${id}`,
  entity: (id: string) => `entity-${id}`,
  metric: (id: string) => `metric-${id}`,
  claim: (id: string) => `claim-${id}`,
  contradiction: (id: string) => `contradiction-${id}`,
};

/** Events of every stream start at schema version 1; raise one here with its upcaster. */
export const SCHEMA_VERSION = 1;

/** The id of an event: the same decision on the same stream version is the same event. */
export function eventId(streamId: string, version: number, type: string, data: unknown): string {
  return deterministicUuid(streamId, version, type, JSON.stringify(data));
}

import { ApiError, get, seg } from '../api/client';
import type { Qualifier, Quote } from '../api/types';
import type { ValidTimeChoice } from './suggest';

/** A figure the API found in a source's text (GET /v1/sources/:id/candidates). */
export interface Candidate {
  readonly quote: Quote;
  readonly value: {
    readonly amount?: number | null;
    readonly lowerBound?: number | null;
    readonly upperBound?: number | null;
    readonly qualifier: Qualifier;
    readonly unit?: string | null;
  };
  readonly kind: string;
  readonly validTime?: ValidTimeChoice | null;
  readonly subjectHint?: string | null;
  readonly recordedAs?: string | null;
}

/**
 * The candidate figures of a source. A server without the recogniser (404 on the route) or a
 * source without text has none: the page then offers only what the editor selects.
 */
export async function loadCandidates(sourceId: string): Promise<readonly Candidate[]> {
  try {
    return (await get<{ items: Candidate[] }>(`/v1/sources/${seg(sourceId)}/candidates`)).items;
  } catch (error) {
    if (error instanceof ApiError && (error.problem.status === 404 || error.problem.status === 422)) return [];
    throw error;
  }
}

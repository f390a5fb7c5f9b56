import { ApiError, get, seg } from '../api/client';
import type { Candidate, CandidateList } from '../api/types';

export type { Candidate };

/**
 * The candidate figures of a source. A server without the recogniser (404 on the route) or a
 * source without text has none: the page then offers only what the editor selects.
 */
export async function loadCandidates(sourceId: string): Promise<readonly Candidate[]> {
  try {
    return (await get<CandidateList>(`/v1/sources/${seg(sourceId)}/candidates`)).items;
  } catch (error) {
    if (error instanceof ApiError && (error.problem.status === 404 || error.problem.status === 422)) return [];
    throw error;
  }
}

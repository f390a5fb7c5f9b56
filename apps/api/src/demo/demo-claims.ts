import { contextClaims } from './context-claims.js';
import type { DemoClaim } from './demo-claim.js';
import { headlineClaims } from './headline-claims.js';

export type { DemoClaim } from './demo-claim.js';

/**
 * Every figure in the five corpus articles worth tracking, with the few words that state it
 * and their offsets in the article (end exclusive). For the readout (s001) and the London
 * briefing (s004) the values, qualifiers and valid times follow the corpus's hand annotation
 * (dev-gold.jsonl), with its quoted spans trimmed to the words around the figure. Left out:
 * a general's four stars, "four or five people" said in a hypothetical, and "a couple of days
 * ago", which dates a speech rather than states a figure.
 */
export const demoClaims: readonly DemoClaim[] = [...headlineClaims, ...contextClaims];

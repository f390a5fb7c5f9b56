import type { Kysely } from 'kysely';
import type { ReadModelTables } from '../tables.js';

/** Where an active claim quotes its source: the words a newsroom has already recorded. */
export interface QuotedSpan {
  readonly claimId: string;
  readonly start: number;
  readonly end: number;
}

/** The quoted spans of a source's active claims as they stand now, in text order. A retracted claim's words are free again. */
export async function quotedSpans(db: Kysely<ReadModelTables>, sourceId: string): Promise<QuotedSpan[]> {
  const rows = await db
    .selectFrom('rm_claims')
    .select(['claim_id', 'quote'])
    .where('source_id', '=', sourceId)
    .where('recorded_to', 'is', null)
    .where('status', '=', 'active')
    .where('quote', 'is not', null)
    .execute();
  return rows
    .flatMap((r) => (r.quote ? [{ claimId: r.claim_id, start: r.quote.start, end: r.quote.end }] : []))
    .sort((a, b) => a.start - b.start || a.claimId.localeCompare(b.claimId));
}

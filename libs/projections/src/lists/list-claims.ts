import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Quantity, ValidTimeInput } from '#claims';
import type { ReadModelTables } from '../tables.js';
import { pageOf } from './page.js';

export interface ClaimListOptions {
  /** An entity id (names are resolved by the caller). */
  readonly subject?: string;
  readonly metric?: string;
  readonly source?: string;
  readonly status?: 'active' | 'retracted';
  /** A verdict, or `none` for claims without one. */
  readonly verdict?: string;
  readonly rank?: string;
  /** Where the page before ended: its last claim's recorded time, as PostgreSQL wrote it, and id. */
  readonly after?: { readonly recordedAt: string; readonly id: string };
  readonly limit: number;
}

export interface ClaimListItem {
  readonly id: string;
  readonly status: 'active' | 'retracted';
  readonly subject: string;
  readonly metric: string;
  readonly value: Quantity;
  readonly validTime: ValidTimeInput;
  readonly quote: { readonly text: string; readonly start: number; readonly end: number } | null;
  readonly attribution: string | null;
  readonly rank: 'preferred' | 'normal' | 'deprecated';
  readonly verdict: string | null;
  readonly source: { readonly id: string; readonly title: string | null; readonly publisher: string | null; readonly publishedAt: string | null };
  readonly recordedBy: string | null;
  readonly recordedAt: string;
  readonly version: number;
}

/**
 * Claims as they stand now, in the order they were first recorded, then by id: a claim recorded
 * while a client pages comes at the end. The cursor keeps the recorded time as PostgreSQL wrote
 * it, in microseconds, which a JavaScript Date would round to milliseconds.
 */
export async function listClaims(db: Kysely<ReadModelTables>, options: ClaimListOptions) {
  let query = db
    .selectFrom('rm_claims as c')
    .leftJoin('rm_sources as s', 's.source_id', 'c.source_id')
    .selectAll('c')
    .select(['s.title', 's.published_at', sql<string>`c.first_recorded_at::text`.as('recorded_key')])
    .where('c.recorded_to', 'is', null);
  if (options.subject) query = query.where('c.entity_id', '=', options.subject);
  if (options.metric) query = query.where('c.metric_id', '=', options.metric);
  if (options.source) query = query.where('c.source_id', '=', options.source);
  if (options.status) query = query.where('c.status', '=', options.status);
  if (options.verdict === 'none') query = query.where('c.verdict', 'is', null);
  else if (options.verdict) query = query.where('c.verdict', '=', options.verdict);
  if (options.rank) query = query.where('c.rank', '=', options.rank as 'normal');
  if (options.after) {
    query = query.where(sql<boolean>`(c.first_recorded_at, c.claim_id) > (${options.after.recordedAt}::timestamptz, ${options.after.id}::uuid)`);
  }
  const rows = await query
    .orderBy('c.first_recorded_at')
    .orderBy('c.claim_id')
    .limit(options.limit + 1)
    .execute();
  return pageOf(
    rows,
    options.limit,
    (r): ClaimListItem => ({
      id: r.claim_id,
      status: r.status,
      subject: r.entity_id,
      metric: r.metric_id,
      value: r.value,
      validTime: r.valid_time,
      quote: r.quote ?? null,
      attribution: r.attribution,
      rank: r.rank,
      verdict: r.verdict,
      source: { id: r.source_id, title: r.title, publisher: r.publisher, publishedAt: r.published_at },
      recordedBy: r.recorded_by,
      recordedAt: r.first_recorded_at.toISOString(),
      version: r.row_version,
    }),
    (r) => ({ recordedAt: r.recorded_key, id: r.claim_id }),
  );
}

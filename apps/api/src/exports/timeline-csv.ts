import { stringify } from 'csv-stringify/sync';
import { describeValidTime } from '#claims';
import type { timeline } from '#projections';

type Timeline = NonNullable<Awaited<ReturnType<typeof timeline>>>;

/** The columns of a timeline export, in order: one row per claim. */
export const TIMELINE_COLUMNS = [
  'claim_id',
  'valid_time',
  'amount',
  'lower_bound',
  'upper_bound',
  'qualifier',
  'unit',
  'source_title',
  'publisher',
  'url',
  'published_at',
  'quote',
  'attribution',
  'rank',
  'status',
  'verdict',
] as const;

/**
 * A fact's timeline as CSV (RFC 4180, with a byte-order mark so that spreadsheets read it as
 * UTF-8). Cells that a spreadsheet would run as a formula are prefixed with a quote mark.
 */
export function timelineCsv(found: Timeline): string {
  const rows = found.claims.map((c) => ({
    claim_id: c.id,
    valid_time: describeValidTime(c.validTime),
    amount: c.value.amount,
    lower_bound: c.value.lowerBound,
    upper_bound: c.value.upperBound,
    qualifier: c.value.qualifier,
    unit: c.value.unit,
    source_title: c.source.title,
    publisher: c.source.publisher,
    url: c.source.url,
    published_at: c.source.publishedAt,
    quote: c.quote?.text,
    attribution: c.attribution,
    rank: c.rank,
    status: c.status,
    verdict: c.verdict,
  }));
  return stringify(rows, { header: true, columns: [...TIMELINE_COLUMNS], bom: true, escape_formulas: true, record_delimiter: 'windows' });
}

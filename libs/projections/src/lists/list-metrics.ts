import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { ReadModelTables } from '../tables.js';
import { pageOf, startsWith } from './page.js';

export interface MetricListOptions {
  /** The start of the metric's id, in any case. */
  readonly q?: string;
  /** The metric's unit, whole, in any case. */
  readonly unit?: string;
  readonly kind?: string;
  /** The id of the last metric of the page before. */
  readonly after?: string;
  readonly limit: number;
}

export interface MetricListItem {
  readonly id: string;
  readonly unit: string;
  readonly kind: string;
  readonly cumulative: boolean;
  readonly tolerance: number;
  readonly measure: 'level' | 'flow';
  readonly updateIntervalDays?: number;
}

/** Metrics by id. */
export async function listMetrics(db: Kysely<ReadModelTables>, options: MetricListOptions) {
  let query = db.selectFrom('rm_metrics').selectAll();
  if (options.q) query = query.where(startsWith(sql.ref('metric_id'), options.q));
  if (options.unit) query = query.where(sql<boolean>`lower(unit) = ${options.unit.toLowerCase()}`);
  if (options.kind) query = query.where('kind', '=', options.kind);
  if (options.after !== undefined) query = query.where('metric_id', '>', options.after);
  const rows = await query
    .orderBy('metric_id')
    .limit(options.limit + 1)
    .execute();
  return pageOf(
    rows,
    options.limit,
    (r): MetricListItem => ({
      id: r.metric_id,
      unit: r.unit,
      kind: r.kind,
      cumulative: r.cumulative,
      tolerance: r.tolerance,
      measure: r.measure,
      ...(r.update_interval_days !== null ? { updateIntervalDays: r.update_interval_days } : {}),
    }),
    (r) => r.metric_id,
  );
}

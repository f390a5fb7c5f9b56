import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Quantity, ValidTimeInput, WorkflowStatus } from '#claims';
import type { EditorialTables } from './editorial-tables.js';

export interface ReviewItem {
  readonly id: string;
  readonly subject: string;
  readonly metric: string;
  readonly value: Quantity;
  readonly validTime: ValidTimeInput;
  readonly source: { readonly id: string; readonly title: string | null };
  readonly status: WorkflowStatus;
  readonly assignees: readonly string[];
  readonly verdict: string | null;
  /** The claim was corrected after its verdict: the verdict judged an earlier version. */
  readonly verdictOutdated: boolean;
  readonly retracted: boolean;
  readonly commentCount: number;
  readonly changedAt: string;
  readonly changedBy: string | null;
}

export interface ReviewListOptions {
  readonly status?: WorkflowStatus;
  readonly assignee?: string;
  /** Only claims whose verdict is out of date (true), or only those whose verdict, if any, is not (false). */
  readonly verdictOutdated?: boolean;
  /** The position of the last item of the page before. */
  readonly after?: number;
  readonly limit: number;
}

/**
 * Claims in review order: the one whose last change is oldest first. A claim that changes while
 * a client pages moves to the end, where the client meets it again, rather than to a page it
 * has already read.
 */
export async function listReview(db: Kysely<EditorialTables>, options: ReviewListOptions) {
  let query = db.selectFrom('rm_claim_workflow as w').leftJoin('rm_editorial_sources as s', 's.source_id', 'w.source_id').selectAll('w').select('s.title');
  if (options.status) query = query.where('w.status', '=', options.status);
  if (options.assignee) query = query.where(sql<boolean>`w.assignees @> array[${options.assignee}]::text[]`);
  if (options.verdictOutdated !== undefined) query = query.where('w.verdict_outdated', '=', options.verdictOutdated);
  if (options.after !== undefined) query = query.where('w.position', '>', options.after);
  const rows = await query
    .orderBy('w.position')
    .limit(options.limit + 1)
    .execute();
  const items: ReviewItem[] = rows.slice(0, options.limit).map((r) => ({
    id: r.claim_id,
    subject: r.entity_id,
    metric: r.metric_id,
    value: r.value,
    validTime: r.valid_time,
    source: { id: r.source_id, title: r.title },
    status: r.status,
    assignees: r.assignees,
    verdict: r.verdict,
    verdictOutdated: r.verdict_outdated,
    retracted: r.claim_status === 'retracted',
    commentCount: r.comment_count,
    changedAt: r.changed_at.toISOString(),
    changedBy: r.changed_by,
  }));
  const more = rows.length > options.limit;
  return { items, next: more ? Number(rows[options.limit - 1]!.position) : undefined };
}

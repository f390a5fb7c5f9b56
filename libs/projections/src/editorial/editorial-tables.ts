import type { ColumnType } from 'kysely';
import type { Quantity, ValidTimeInput } from '#claims';

type Json<T> = ColumnType<T, string, string>;

/** One row per claim: where it is in review, and what the review list shows of it. */
export interface RmClaimWorkflowTable {
  claim_id: string;
  entity_id: string;
  metric_id: string;
  source_id: string;
  value: Json<Quantity>;
  valid_time: Json<ValidTimeInput>;
  claim_status: 'active' | 'retracted';
  status: 'unstarted' | 'in_progress' | 'in_review' | 'published';
  assignees: string[];
  verdict: string | null;
  /** The claim was corrected after its verdict, which judged an earlier version. */
  verdict_outdated: ColumnType<boolean, boolean | undefined, boolean>;
  comment_count: number;
  changed_at: Date;
  changed_by: string | null;
  /** Global position of the claim's latest event: the review list's order and cursor. */
  position: number;
}

export interface RmClaimCommentsTable {
  claim_id: string;
  comment_id: string;
  text: string;
  author: string | null;
  created_at: Date;
  position: number;
}

/** The titles the review list shows, kept by this projection so it depends on no other. */
export interface RmEditorialSourcesTable {
  source_id: string;
  title: string;
}

export interface EditorialTables {
  rm_claim_workflow: RmClaimWorkflowTable;
  rm_claim_comments: RmClaimCommentsTable;
  rm_editorial_sources: RmEditorialSourcesTable;
}

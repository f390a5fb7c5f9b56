// What the UI reads of the API's answers. The web app imports no server code, so the shapes it
// relies on are written out here, as any other client of the API would write them.

export const ROLES = ['reader', 'editor', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Me {
  readonly name: string;
  readonly role: Role;
}

export type Qualifier = 'exact' | 'approx' | 'more_than' | 'at_least' | 'less_than' | 'at_most' | 'range' | 'vague';

export interface Quantity {
  readonly amount?: number;
  readonly lowerBound?: number;
  readonly upperBound?: number;
  readonly unit?: string;
  readonly qualifier: Qualifier;
}

export type ValidTime = { readonly at: string } | { readonly from: string; readonly to: string };

export const FLAGS = ['contradicted', 'anomaly', 'single_source', 'unreviewed', 'stale'] as const;
export type Flag = (typeof FLAGS)[number];

export interface Page<T> {
  readonly items: readonly T[];
  readonly next: string | null;
}

export interface CurrentValue {
  readonly value: Quantity;
  readonly validTime: ValidTime;
  readonly claimIds: readonly string[];
  readonly basis: 'preferred' | 'resolution' | 'corroboration';
}

export interface FactListItem {
  readonly subject: string;
  readonly metric: string;
  readonly current: CurrentValue | null;
  readonly claimCount: number;
  readonly sourceCount: number;
  readonly flags: readonly Flag[];
  readonly openContradictions: number;
}

export interface Resolution {
  readonly contradictionId: string;
  readonly claimIds: readonly string[];
  readonly preferred: readonly string[];
  readonly reason: string;
  readonly resolvedBy?: string;
  readonly resolvedAt: string;
}

export type Severity = 'low' | 'medium' | 'high';

export interface Contradiction {
  readonly id: string;
  readonly claimIds: readonly string[];
  readonly severity: Severity;
  readonly gap: number;
  readonly status: 'open' | 'resolved';
  readonly resolution?: Resolution;
}

export interface FactView {
  readonly subject: string;
  readonly metric: string;
  readonly unit: string;
  readonly current?: CurrentValue;
  readonly flags: readonly Flag[];
  readonly claimCount: number;
  readonly sourceCount: number;
  readonly latestValidEnd?: string;
  readonly contradictions: readonly Contradiction[];
}

export interface SourceRef {
  readonly id: string;
  readonly title?: string;
  readonly publisher?: string;
  readonly url?: string;
  readonly publishedAt?: string;
}

export interface Quote {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface Release {
  readonly claimId: string;
  readonly value: Quantity;
  readonly publishedAt: string;
  readonly sourceId: string;
}

export interface TimelineClaim {
  readonly id: string;
  readonly sourceId: string;
  readonly publisher?: string;
  readonly publishedAt: string;
  readonly value: Quantity;
  readonly span: { readonly start: string; readonly end: string };
  readonly status: 'active' | 'retracted';
  readonly rank: 'preferred' | 'normal' | 'deprecated';
  readonly verdict?: string;
  readonly validTime: ValidTime;
  readonly firstRecordedAt: string;
  readonly quote?: Quote;
  readonly attribution?: string;
  readonly note?: string;
  readonly recordedBy?: string;
  readonly source: SourceRef & { readonly title: string; readonly publishedAt: string };
  /** Set when a later release of the same publisher revised this claim. */
  readonly supersededBy?: string;
  /** On the newest release of a revised figure: every release, oldest first. */
  readonly releases?: readonly Release[];
  readonly inContradiction?: string;
}

export interface Timeline {
  readonly subject: string;
  readonly metric: string;
  readonly unit: string;
  readonly claims: readonly TimelineClaim[];
}

export interface QueueItem extends Contradiction {
  readonly subject: string;
  readonly metric: string;
  readonly unit: string;
  readonly claims: readonly TimelineClaim[];
}

export const WORKFLOW_STATUSES = ['unstarted', 'in_progress', 'in_review', 'published'] as const;
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number];

export interface WorkflowComment {
  readonly id: string;
  readonly text: string;
  /** The name of the key that wrote it; null for writes without a named key. */
  readonly author: string | null;
  readonly at: string;
}

export interface Workflow {
  readonly status: WorkflowStatus;
  readonly assignees: readonly string[];
  readonly comments: readonly WorkflowComment[];
}

export interface ClaimEvent {
  readonly version: number;
  readonly type: string;
  readonly recordedAt: string;
  readonly actor?: string;
  readonly requestId?: string;
  readonly position: number;
  readonly data: unknown;
}

export const VERDICTS = ['accurate', 'inaccurate', 'misleading', 'unsupported', 'outdated', 'inconclusive'] as const;
export const RANKS = ['preferred', 'normal', 'deprecated'] as const;

export interface ClaimView {
  readonly id: string;
  readonly status: 'active' | 'retracted';
  readonly subject: string;
  readonly metric: string;
  readonly value: Quantity;
  readonly validTime: ValidTime;
  readonly quote?: Quote;
  readonly attribution?: string;
  readonly note?: string;
  readonly rank: string;
  readonly verdict?: string;
  readonly source: SourceRef;
  readonly recordedBy?: string;
  readonly recordedAt: string;
  readonly version: number;
  readonly position: number;
  readonly history: readonly ClaimEvent[];
  readonly workflow: Workflow;
}

/** A claim as the review list shows it (GET /v1/review), least recently changed first. */
export interface ReviewItem {
  readonly id: string;
  readonly subject: string;
  readonly metric: string;
  readonly value: Quantity;
  readonly validTime: ValidTime;
  readonly source: { readonly id: string; readonly title: string | null };
  readonly status: WorkflowStatus;
  readonly assignees: readonly string[];
  readonly verdict: string | null;
  readonly retracted: boolean;
  readonly commentCount: number;
  readonly changedAt: string;
  readonly changedBy: string | null;
}

export interface AuditEntry {
  readonly position: number;
  readonly stream: string;
  readonly version: number;
  readonly type: string;
  readonly recordedAt: string;
  readonly actor: string | null;
  readonly requestId: string | null;
  readonly correlationId: string | null;
  readonly data: Record<string, unknown>;
}

/** RFC 9457 problem details, as every error of the API comes. */
export interface Problem {
  readonly type?: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly errors?: readonly { readonly field: string; readonly message: string }[];
  readonly requestId?: string;
}

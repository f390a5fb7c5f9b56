// What the UI reads of the API's answers: the shapes of its OpenAPI document, as generated into
// openapi.ts by `npm run build`. Nothing here restates a shape; only the names the UI uses.
import type { components } from './openapi';

type Schemas = components['schemas'];

export type Me = Schemas['Me'];
export type Role = Me['role'];
export type Quantity = Schemas['Quantity'];
export type ValidTime = Schemas['ValidTime'];
export type CurrentValue = Schemas['CurrentValue'];
export type FactListItem = Schemas['FactListItem'];
export type Resolution = Schemas['Resolution'];
export type Contradiction = Schemas['Contradiction'];
export type FactView = Schemas['FactView'];
export type ValueAt = Schemas['ValueAt'];
export type Quote = Schemas['Quote'];
export type TimelineClaim = Schemas['TimelineClaim'];
export type Timeline = Schemas['Timeline'];
export type QueueItem = Schemas['ContradictionItem'];
export type FactChanges = Schemas['FactChanges'];
export type FactChange = Schemas['FactChange'];
export type Workflow = Schemas['Workflow'];
export type WorkflowStatus = Workflow['status'];
export type WorkflowComment = Schemas['Comment'];
export type ClaimEvent = Schemas['ClaimHistoryEntry'];
export type ClaimView = Schemas['Claim'];
export type ReviewItem = Schemas['ReviewItem'];
export type AuditEntry = Schemas['AuditEntry'];
export type Source = Schemas['Source'];
export type SourceListItem = Schemas['SourceListItem'];
export type SourceWritten = Schemas['SourceWritten'];
export type RegisterSource = Schemas['RegisterSource'];
export type UpdateSource = Schemas['UpdateSource'];
export type SourceKind = Source['kind'];
export type Entity = Schemas['Entity'];
export type EntityListItem = Schemas['EntityListItem'];
export type EntityWritten = Schemas['EntityWritten'];
export type DefineEntity = Schemas['DefineEntity'];
export type Metric = Schemas['Metric'];
export type SearchHit = Schemas['SearchHit'];
export type MarkedText = Schemas['MarkedText'];
export type MetricListItem = Schemas['MetricListItem'];
export type MetricWritten = Schemas['MetricWritten'];
export type DefineMetric = Schemas['DefineMetric'];
export type MetricKind = Metric['kind'];
export type RecordClaim = Schemas['RecordClaim'];
export type QuantityInput = Schemas['QuantityInput'];
export type CorrectClaim = Schemas['CorrectClaim'];
export type ClaimListItem = Schemas['ClaimListItem'];
export type ClaimPreview = Schemas['ClaimPreview'];
export type Candidate = Schemas['FigureCandidate'];
export type CandidateList = Schemas['FigureCandidateList'];
export type Qualifier = Quantity['qualifier'];
/** RFC 9457 problem details, as every error of the API comes; the UI's own (a network failure) have no type. */
export type Problem = Omit<Schemas['Problem'], 'type'> & { readonly type?: string };

/** Every list answers a page: its items and the cursor of the next page (null on the last). */
export type Page<T> = { readonly items: readonly T[]; readonly next: Schemas['FactPage']['next'] };

// The values the UI offers in its controls, checked against the document's enums.
export const ROLES = ['reader', 'editor', 'reviewer', 'admin'] as const satisfies readonly Role[];
export const WORKFLOW_STATUSES = ['unstarted', 'in_progress', 'in_review', 'published'] as const satisfies readonly WorkflowStatus[];
export const VERDICTS = [
  'accurate',
  'inaccurate',
  'misleading',
  'unsupported',
  'outdated',
  'inconclusive',
] as const satisfies readonly Schemas['ReviewClaim']['verdict'][];
export const RANKS = ['preferred', 'normal', 'deprecated'] as const satisfies readonly Schemas['RankClaim']['rank'][];
/** The flags a fact can carry (the document describes them in FactListItem.flags). */
export const FLAGS = ['contradicted', 'contested', 'disputed_history', 'anomaly', 'single_source', 'unreviewed', 'stale'] as const;
export type Flag = (typeof FLAGS)[number];
export const SOURCE_KINDS = ['news_article', 'press_release', 'official_statement', 'statistical_release', 'other'] as const satisfies readonly SourceKind[];
export const METRIC_KINDS = ['count', 'money', 'percent', 'duration', 'other'] as const satisfies readonly MetricKind[];
export const QUALIFIERS = ['exact', 'approx', 'more_than', 'at_least', 'less_than', 'at_most', 'range', 'vague'] as const satisfies readonly Qualifier[];

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
export type Quote = Schemas['Quote'];
export type TimelineClaim = Schemas['TimelineClaim'];
export type Timeline = Schemas['Timeline'];
export type QueueItem = Schemas['ContradictionItem'];
export type Workflow = Schemas['Workflow'];
export type WorkflowStatus = Workflow['status'];
export type WorkflowComment = Schemas['Comment'];
export type ClaimEvent = Schemas['ClaimHistoryEntry'];
export type ClaimView = Schemas['Claim'];
export type ReviewItem = Schemas['ReviewItem'];
export type AuditEntry = Schemas['AuditEntry'];
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
export const FLAGS = ['contradicted', 'anomaly', 'single_source', 'unreviewed', 'stale'] as const;
export type Flag = (typeof FLAGS)[number];

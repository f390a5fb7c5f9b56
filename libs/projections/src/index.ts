export { type AsOf, loadFactClaims, loadResolutions, type TimelineClaim } from './fact-data.js';
export {
  factView,
  type FactView,
  findContradiction,
  type Flag,
  FLAGS,
  listContradictions,
  listFacts,
  type ReadOptions,
  timeline,
  valueAt,
} from './fact-queries.js';
export { FACT_VIEWS, factViewsProjection } from './fact-views.projection.js';
export { PROJECTIONS, projectionNamed } from './registry.js';
export { rewriteFacts, type TouchedFact } from './fact-summaries.js';
export type { Projection } from './projection.js';
export { DEFAULT_BATCH_SIZE, ProjectionRunner, projectionRunners, reportTo, type RunnerLog, type RunnerOptions } from './runner.js';
export { type ConsumerStatus, projectionHasReached, projectionStatus, type ProjectionStatus, type SliceStatus, waitForPosition } from './status.js';
export { checkSliceLayout, MAX_SLICES, projectionConsumers, type Slice, sliceConsumer, sliceCount, SliceLayoutError, sliceOfFact, slicesOf } from './slices.js';
export type { ReadModelTables } from './tables.js';
export { rebuildProjection, type RebuildProgress } from './rebuild.js';
export { EDITORIAL } from './editorial/editorial.projection.js';
export type { EditorialTables } from './editorial/editorial-tables.js';
export { listReview, type ReviewItem, type ReviewListOptions } from './editorial/review-queries.js';
export * from './lists/index.js';
export * from './search/index.js';
export { CHANGE_KINDS, factChanges, type FactChange } from './fact-changes.js';

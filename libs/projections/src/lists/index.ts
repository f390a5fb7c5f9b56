export { type ClaimListItem, type ClaimListOptions, listClaims } from './list-claims.js';
export { type EntityListItem, type EntityListOptions, listEntities } from './list-entities.js';
export { type MetricListItem, type MetricListOptions, listMetrics } from './list-metrics.js';
export { type SourceListItem, type SourceListOptions, listSources } from './list-sources.js';
export type { Page } from './page.js';
export { type QuotedSpan, quotedSpans } from './quoted-spans.js';

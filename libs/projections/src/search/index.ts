export { SEARCH, searchProjection } from './search.projection.js';
export { SEARCH_KINDS, type SearchKind, type SearchTables } from './search-tables.js';
export { type MarkedText, partialWords, search, type SearchCursor, type SearchHit, type SearchOptions, unmark } from './search-queries.js';

import type { ColumnType } from 'kysely';

export const SEARCH_KINDS = ['claim', 'source', 'entity', 'metric', 'comment'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** One thing a reader can find; PostgreSQL computes `document` from its texts. */
export interface RmSearchTable {
  doc_id: string;
  kind: SearchKind;
  claim_id: string | null;
  source_id: string | null;
  entity_id: string | null;
  metric_id: string | null;
  comment_id: string | null;
  publisher: string | null;
  published_start: ColumnType<string | null, string | null, string | null>;
  heading: string;
  detail: string | null;
  body: string | null;
  names: string | null;
  document: ColumnType<string, never, never>;
  position: number;
}

export interface SearchTables {
  rm_search: RmSearchTable;
}

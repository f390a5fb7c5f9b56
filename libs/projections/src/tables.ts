import type { ColumnType } from 'kysely';
import type { Contradiction, FactSummary, Quantity, Quote, ValidTimeInput } from '#claims';

type Json<T> = ColumnType<T, string, string>;

/** A fact summary as its row keeps it: its contradictions and revisions are rows of their own. */
export type StoredSummary = Omit<FactSummary, 'contradictions' | 'supersededBy'>;

export interface RmClaimsTable {
  claim_id: string;
  row_version: number;
  entity_id: string;
  metric_id: string;
  source_id: string;
  publisher: string | null;
  published_start: string;
  status: 'active' | 'retracted';
  rank: 'preferred' | 'normal' | 'deprecated';
  verdict: string | null;
  /** Corrected since its verdict: the verdict judged an earlier version. */
  verdict_outdated: ColumnType<boolean, boolean | undefined, boolean>;
  value: Json<Quantity>;
  valid_time: Json<ValidTimeInput>;
  valid_start: string;
  valid_end: string;
  quote: ColumnType<Quote | null, string | null, string | null>;
  attribution: string | null;
  note: string | null;
  recorded_by: string | null;
  first_recorded_at: Date;
  recorded_from: Date;
  recorded_to: Date | null;
  position: number;
}

export interface RmSourcesTable {
  source_id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  published_at: string;
  published_start: string;
  kind: string;
  language: string;
}

export interface RmMetricsTable {
  metric_id: string;
  unit: string;
  kind: string;
  cumulative: boolean;
  tolerance: number;
  /** 'level' or 'flow'; 'level' for metrics defined before measures existed. */
  measure: ColumnType<'level' | 'flow', 'level' | 'flow' | undefined, 'level' | 'flow'>;
  /** How many days the figure is expected to stay current; null: no rhythm declared, never stale. */
  update_interval_days: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface RmEntitiesTable {
  entity_id: string;
  name: string;
  aliases: Json<string[]>;
}

export interface RmFactsTable {
  entity_id: string;
  metric_id: string;
  /** The summary but for its contradictions and revisions, which have rows of their own. */
  summary: Json<StoredSummary>;
  flags: string[];
  claim_count: number;
  source_count: number;
  latest_valid_end: string | null;
  /** Active claims per source, so that a new claim updates the source count alone; null: unknown. */
  source_claims: ColumnType<Record<string, number> | null, string | null | undefined, string | null>;
  /** Active claims without a verdict; null: unknown. */
  unreviewed_claims: ColumnType<number | null, number | null | undefined, number | null>;
  position: number;
}

export interface RmResolutionsTable {
  contradiction_id: string;
  entity_id: string;
  metric_id: string;
  claim_ids: string[];
  preferred: string[];
  reason: string;
  resolved_by: string | null;
  resolved_at: Date;
  position: number;
}

export interface RmAppliedTable {
  projection: string;
  lineage: ColumnType<string, never, never>;
  global_position: number;
}

/** Every contradiction of the fact summaries, by id, whole. */
export interface RmContradictionsTable {
  contradiction_id: string;
  entity_id: string;
  metric_id: string;
  /** What a resolution checks, with one probe by id. */
  claim_ids: string[];
  contradiction: Json<Contradiction>;
}

/** Every claim of the fact summaries that a later release of its publisher revised: `supersededBy`. */
export interface RmRevisionsTable {
  claim_id: string;
  entity_id: string;
  metric_id: string;
  superseded_by: string;
}

/**
 * Each version of a contradiction over recorded time, as claim rows are kept; a row without a
 * contradiction marks an interval in which the fact's contradictions are not kept.
 */
export interface RmContradictionHistoryTable {
  entity_id: string;
  metric_id: string;
  contradiction_id: string | null;
  contradiction: ColumnType<Contradiction | null, string | null, string | null>;
  recorded_from: Date;
  recorded_to: Date | null;
}

export interface ReadModelTables {
  rm_applied: RmAppliedTable;
  rm_claims: RmClaimsTable;
  rm_sources: RmSourcesTable;
  /** Each slice's own copy of the sources, as of its position; only a projection split in slices writes it. */
  rm_slice_sources: RmSourcesTable & { slice: string };
  rm_metrics: RmMetricsTable;
  rm_entities: RmEntitiesTable;
  rm_facts: RmFactsTable;
  rm_resolutions: RmResolutionsTable;
  rm_contradictions: RmContradictionsTable;
  rm_contradiction_history: RmContradictionHistoryTable;
  rm_revisions: RmRevisionsTable;
}

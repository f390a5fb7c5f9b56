import type { ColumnType } from 'kysely';
import type { FactSummary, Quantity, Quote, ValidTimeInput } from '#claims';

type Json<T> = ColumnType<T, string, string>;

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
}

export interface RmEntitiesTable {
  entity_id: string;
  name: string;
  aliases: Json<string[]>;
}

export interface RmFactsTable {
  entity_id: string;
  metric_id: string;
  summary: Json<FactSummary>;
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

/** Every contradiction of the fact summaries, by id: what a resolution needs to know of it. */
export interface RmContradictionsTable {
  contradiction_id: string;
  entity_id: string;
  metric_id: string;
  claim_ids: string[];
}

export interface ReadModelTables {
  rm_applied: RmAppliedTable;
  rm_claims: RmClaimsTable;
  rm_sources: RmSourcesTable;
  rm_metrics: RmMetricsTable;
  rm_entities: RmEntitiesTable;
  rm_facts: RmFactsTable;
  rm_resolutions: RmResolutionsTable;
  rm_contradictions: RmContradictionsTable;
}

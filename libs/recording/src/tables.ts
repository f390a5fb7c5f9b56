import type { ColumnType, Generated } from 'kysely';

export interface EntityNamesTable {
  name_key: string;
  name: string;
  entity_id: string;
}

export interface ApiKeysTable {
  id: string;
  name: string;
  role: string;
  key_hash: string;
  created_by: string | null;
  created_at: Generated<Date>;
  revoked_at: Date | null;
  revoked_by: Generated<string | null>;
}

export interface IdempotencyKeysTable {
  actor: string;
  key: string;
  fingerprint: string;
  status: number | null;
  body: ColumnType<object | string | number | boolean | null, string | null, string | null>;
  headers: ColumnType<Record<string, string> | null, string | null, string | null>;
  created_at: Generated<Date>;
  completed_at: Date | null;
}

export interface RecordingTables {
  entity_names: EntityNamesTable;
  api_keys: ApiKeysTable;
  idempotency_keys: IdempotencyKeysTable;
}

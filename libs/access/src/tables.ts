import type { Generated } from 'kysely';

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

export interface AccessTables {
  api_keys: ApiKeysTable;
}

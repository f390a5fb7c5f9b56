import type { Generated } from 'kysely';

/** Keys the API signs its own tokens with, shared by every API process (see stream-tokens.ts). */
export interface SigningKeysTable {
  name: string;
  secret: string;
  created_at: Generated<Date>;
}

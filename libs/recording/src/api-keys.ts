import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { RecordingDb } from './db.js';
import type { Actor, Role } from './roles.js';

const hash = (key: string) => createHash('sha256').update(key).digest('hex');

/** Creates a key; the secret is returned once and only its hash is kept. */
export async function createApiKey(
  db: RecordingDb,
  input: { readonly name: string; readonly role: Role; readonly createdBy?: string },
): Promise<{ id: string; key: string; name: string; role: Role }> {
  const id = randomUUID();
  const key = `fl_${randomBytes(32).toString('base64url')}`;
  await db
    .insertInto('api_keys')
    .values({ id, name: input.name, role: input.role, key_hash: hash(key), created_by: input.createdBy ?? null, revoked_at: null })
    .execute();
  return { id, key, name: input.name, role: input.role };
}

/** The actor behind a key, if the key exists and is not revoked. */
export async function findActor(db: RecordingDb, key: string): Promise<Actor | undefined> {
  const row = await db
    .selectFrom('api_keys')
    .select(['id', 'name', 'role'])
    .where('key_hash', '=', hash(key))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row && { keyId: row.id, name: row.name, role: row.role as Role };
}

/** Revokes a key; false when there is no such active key. */
export async function revokeApiKey(db: RecordingDb, id: string): Promise<boolean> {
  const result = await db
    .updateTable('api_keys')
    .set({ revoked_at: new Date() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Makes sure the operator's key from the environment works as an admin key. */
export async function ensureAdminKey(db: RecordingDb, key: string): Promise<void> {
  await db
    .insertInto('api_keys')
    .values({ id: randomUUID(), name: 'admin (FACTLOG_ADMIN_KEY)', role: 'admin', key_hash: hash(key), created_by: null, revoked_at: null })
    .onConflict((oc) => oc.column('key_hash').doUpdateSet({ revoked_at: null, role: 'admin' }))
    .execute();
}

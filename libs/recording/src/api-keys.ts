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

/**
 * How long a process trusts a key it has looked up. A revocation takes effect at once in the
 * process that revoked the key, and within this time in every other one.
 */
export const ACTOR_CACHE_MS = 2_000;
const ACTOR_CACHE_MAX = 10_000;

/** Known keys by hash, per database: every request presents a key, and the lookup was a round trip each. */
const actors = new WeakMap<RecordingDb, Map<string, { actor: Actor; until: number }>>();

/** The actor behind a key, if the key exists and is not revoked. */
export async function findActor(db: RecordingDb, key: string): Promise<Actor | undefined> {
  const keyHash = hash(key);
  let cache = actors.get(db);
  const hit = cache?.get(keyHash);
  if (hit && hit.until > performance.now()) return hit.actor;
  const row = await db
    .selectFrom('api_keys')
    .select(['id', 'name', 'role'])
    .where('key_hash', '=', keyHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) {
    cache?.delete(keyHash);
    return undefined;
  }
  const actor: Actor = { keyId: row.id, name: row.name, role: row.role as Role };
  // Only keys found are kept: a key created meanwhile by another process works at once.
  if (!db.isTransaction) {
    if (!cache) actors.set(db, (cache = new Map()));
    if (cache.size >= ACTOR_CACHE_MAX) cache.clear();
    cache.set(keyHash, { actor, until: performance.now() + ACTOR_CACHE_MS });
  }
  return actor;
}

/** Forgets what this process knows of a key, as its revocation commits. */
function forgetKey(db: RecordingDb, id: string) {
  const cache = actors.get(db);
  if (!cache) return;
  for (const [keyHash, { actor }] of cache) if (actor.keyId === id) cache.delete(keyHash);
}

/** Revokes a key; false when there is no such active key. */
export async function revokeApiKey(db: RecordingDb, id: string): Promise<boolean> {
  const result = await db
    .updateTable('api_keys')
    .set({ revoked_at: new Date() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  forgetKey(db, id);
  return result.numUpdatedRows === 1n;
}

/** Makes sure the operator's key from the environment works as an admin key. */
export async function ensureAdminKey(db: RecordingDb, key: string): Promise<void> {
  await db
    .insertInto('api_keys')
    .values({ id: randomUUID(), name: 'admin (FACTLOG_ADMIN_KEY)', role: 'admin', key_hash: hash(key), created_by: null, revoked_at: null })
    .onConflict((oc) => oc.column('key_hash').doUpdateSet({ revoked_at: null, role: 'admin' }))
    .execute();
  actors.get(db)?.delete(hash(key));
}

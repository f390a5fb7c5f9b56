import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { appendToStream, type EventStoreTables } from '#event-store';
import type { ApiKeysTable } from './tables.js';
import { type Actor, eventMetadata, type RequestContext, type Role } from './roles.js';

/** The tables API keys live in: their own, and the log their events go to. */
export type AccessDb = Kysely<EventStoreTables & { api_keys: ApiKeysTable }>;

// The event store takes any Kysely whose tables include its own.
const asStore = (tx: unknown) => tx as Kysely<EventStoreTables>;

const hash = (key: string) => createHash('sha256').update(key).digest('hex');

/** Each key's creation and revocation is an event on a stream of its own: never its secret or hash. */
const apiKeyStream = (id: string) => `apikey-${id}`;
const ADMIN_KEY_NAME = 'admin (FACTLOG_ADMIN_KEY)';

/** What factlog itself records at start, for the key the operator set in FACTLOG_ADMIN_KEY. */
const START_METADATA = { actor: 'factlog start (FACTLOG_ADMIN_KEY)' };

export interface ApiKeyView {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly createdBy: string | null;
  readonly createdAt: string;
  readonly revokedAt: string | null;
  readonly revokedBy: string | null;
}

/** A new secret key: `fl_` and 32 random bytes, base64url. */
export const newApiKey = () => `fl_${randomBytes(32).toString('base64url')}`;

/** Creates a key; the secret is returned once and only its hash is kept. */
export async function createApiKey(
  db: AccessDb,
  input: { readonly name: string; readonly role: Role },
  context: RequestContext,
): Promise<{ id: string; key: string; name: string; role: Role }> {
  const id = randomUUID();
  const key = newApiKey();
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('api_keys')
      .values({ id, name: input.name, role: input.role, key_hash: hash(key), created_by: context.actor.name, revoked_at: null })
      .execute();
    await appendToStream(
      asStore(tx),
      apiKeyStream(id),
      [{ type: 'ApiKeyCreated', data: { keyId: id, name: input.name, role: input.role }, metadata: eventMetadata(context) }],
      { expectedVersion: 'no_stream', streamType: 'apikey' },
    );
  });
  return { id, key, name: input.name, role: input.role };
}

/** Every key, newest first, without secrets or hashes. */
export async function listApiKeys(db: AccessDb): Promise<ApiKeyView[]> {
  const rows = await db
    .selectFrom('api_keys')
    .select(['id', 'name', 'role', 'created_by', 'created_at', 'revoked_at', 'revoked_by'])
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    role: r.role as Role,
    createdBy: r.created_by,
    createdAt: r.created_at.toISOString(),
    revokedAt: r.revoked_at?.toISOString() ?? null,
    revokedBy: r.revoked_by,
  }));
}

/**
 * How long a process trusts a key it has looked up. A revocation takes effect at once in the
 * process that revoked the key, and within this time in every other one.
 */
const ACTOR_CACHE_MS = 2_000;
const ACTOR_CACHE_MAX = 10_000;

/** Known keys by hash, per database: every request presents a key, and the lookup was a round trip each. */
const actors = new WeakMap<AccessDb, Map<string, { actor: Actor; until: number }>>();
/**
 * Revocations this process has made: a lookup that read a key's row before a revocation
 * committed must not put that key back into the cache after the revocation emptied it.
 */
let revocations = 0;

/** The actor behind a key, if the key exists and is not revoked. */
export async function findActor(db: AccessDb, key: string): Promise<Actor | undefined> {
  const keyHash = hash(key);
  let cache = actors.get(db);
  const hit = cache?.get(keyHash);
  if (hit && hit.until > performance.now()) return hit.actor;
  const revocationsBefore = revocations;
  const row = await db.selectFrom('api_keys').select(['id', 'name', 'role']).where('key_hash', '=', keyHash).where('revoked_at', 'is', null).executeTakeFirst();
  if (!row) {
    cache?.delete(keyHash);
    return undefined;
  }
  const actor: Actor = { keyId: row.id, name: row.name, role: row.role as Role };
  // Only keys found are kept: a key created meanwhile by another process works at once.
  if (!db.isTransaction && revocations === revocationsBefore) {
    if (!cache) actors.set(db, (cache = new Map<string, { actor: Actor; until: number }>()));
    if (cache.size >= ACTOR_CACHE_MAX) cache.clear();
    cache.set(keyHash, { actor, until: performance.now() + ACTOR_CACHE_MS });
  }
  return actor;
}

/** The actor behind a key id, if the key is not revoked (a stream token names its key by id). */
export async function findActorById(db: AccessDb, id: string): Promise<Actor | undefined> {
  const row = await db.selectFrom('api_keys').select(['id', 'name', 'role']).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  return row && { keyId: row.id, name: row.name, role: row.role as Role };
}

/** Forgets what this process knows of a key, as its revocation commits. */
function forgetKey(db: AccessDb, id: string) {
  revocations++;
  const cache = actors.get(db);
  if (!cache) return;
  for (const [keyHash, { actor }] of cache) if (actor.keyId === id) cache.delete(keyHash);
}

/** Revokes a key for good, recording who did; false when there is no such active key. */
export async function revokeApiKey(db: AccessDb, id: string, context: RequestContext): Promise<boolean> {
  const revoked = await db.transaction().execute(async (tx) => {
    const row = await tx
      .updateTable('api_keys')
      .set({ revoked_at: new Date(), revoked_by: context.actor.name })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .returning(['name'])
      .executeTakeFirst();
    if (!row) return false;
    // A key made before keys were recorded in the log has no stream yet: 'any' opens one.
    await appendToStream(asStore(tx), apiKeyStream(id), [{ type: 'ApiKeyRevoked', data: { keyId: id, name: row.name }, metadata: eventMetadata(context) }], {
      expectedVersion: 'any',
      streamType: 'apikey',
    });
    return true;
  });
  forgetKey(db, id);
  return revoked;
}

/** FACTLOG_ADMIN_KEY names a key that an admin revoked: it is never made to work again. */
export class AdminKeyRevokedError extends Error {
  constructor(
    readonly revokedAt: Date,
    readonly revokedBy: string | null,
  ) {
    super(
      `FACTLOG_ADMIN_KEY was revoked on ${revokedAt.toISOString()}${revokedBy ? ` by ${revokedBy}` : ''} and stays revoked: ` +
        'set FACTLOG_ADMIN_KEY to a new key (for example: openssl rand -hex 24) and start again',
    );
  }
}

/** Whether a key was revoked; undefined when it is not revoked (or unknown). */
export async function revocationOf(db: AccessDb, key: string): Promise<AdminKeyRevokedError | undefined> {
  const row = await db.selectFrom('api_keys').select(['revoked_at', 'revoked_by']).where('key_hash', '=', hash(key)).executeTakeFirst();
  return row?.revoked_at ? new AdminKeyRevokedError(row.revoked_at, row.revoked_by) : undefined;
}

/**
 * Makes sure the operator's key from the environment works as an admin key: made (and recorded
 * in the log) on its first start, left alone after. A revoked one is refused with
 * AdminKeyRevokedError rather than restored.
 */
export async function ensureAdminKey(db: AccessDb, key: string): Promise<'created' | 'existing'> {
  const revoked = await revocationOf(db, key);
  if (revoked) throw revoked;
  return db.transaction().execute(async (tx) => {
    const id = randomUUID();
    const inserted = await tx
      .insertInto('api_keys')
      .values({ id, name: ADMIN_KEY_NAME, role: 'admin', key_hash: hash(key), created_by: null, revoked_at: null })
      .onConflict((oc) => oc.column('key_hash').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) return 'existing';
    await appendToStream(
      asStore(tx),
      apiKeyStream(id),
      [{ type: 'ApiKeyCreated', data: { keyId: id, name: ADMIN_KEY_NAME, role: 'admin' }, metadata: START_METADATA }],
      { expectedVersion: 'no_stream', streamType: 'apikey' },
    );
    return 'created';
  });
}

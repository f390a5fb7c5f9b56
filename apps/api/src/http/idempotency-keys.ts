import type { ColumnType, Generated, Kysely } from 'kysely';

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

type IdempotencyDb = Kysely<{ idempotency_keys: IdempotencyKeysTable }>;

export interface StoredResponse {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Record<string, string>;
}

export type IdempotencyClaim =
  | { readonly outcome: 'first' }
  | { readonly outcome: 'replay'; readonly response: StoredResponse }
  | { readonly outcome: 'mismatch' }
  | { readonly outcome: 'in_progress' };

/** A request that started this long ago and never finished is taken to have died. */
const ABANDONED_AFTER_MS = 60_000;

/**
 * Claims an idempotency key for a request. The first request with a key goes ahead; a retry
 * gets the stored response of the first, once it has one; the same key on another request is
 * refused.
 */
export async function claimIdempotencyKey(db: IdempotencyDb, actor: string, key: string, fingerprint: string): Promise<IdempotencyClaim> {
  const inserted = await db
    .insertInto('idempotency_keys')
    .values({ actor, key, fingerprint, status: null, body: null, headers: null, completed_at: null })
    .onConflict((oc) => oc.columns(['actor', 'key']).doNothing())
    .executeTakeFirst();
  if (inserted.numInsertedOrUpdatedRows === 1n) return { outcome: 'first' };

  const row = await db.selectFrom('idempotency_keys').selectAll().where('actor', '=', actor).where('key', '=', key).executeTakeFirst();
  if (!row) return claimIdempotencyKey(db, actor, key, fingerprint); // released meanwhile
  if (row.fingerprint !== fingerprint) return { outcome: 'mismatch' };
  if (row.status !== null) return { outcome: 'replay', response: { status: row.status, body: row.body, headers: row.headers ?? {} } };
  if (Date.now() - row.created_at.getTime() > ABANDONED_AFTER_MS) {
    const taken = await db
      .updateTable('idempotency_keys')
      .set({ created_at: new Date() })
      .where('actor', '=', actor)
      .where('key', '=', key)
      .where('created_at', '=', row.created_at)
      .executeTakeFirst();
    if (taken.numUpdatedRows === 1n) return { outcome: 'first' };
  }
  return { outcome: 'in_progress' };
}

export async function completeIdempotencyKey(db: IdempotencyDb, actor: string, key: string, response: StoredResponse): Promise<void> {
  await db
    .updateTable('idempotency_keys')
    .set({
      status: response.status,
      body: JSON.stringify(response.body ?? null),
      headers: JSON.stringify(response.headers),
      completed_at: new Date(),
    })
    .where('actor', '=', actor)
    .where('key', '=', key)
    .execute();
}

/** Forgets a key whose request failed, so that the client may try again with it. */
export async function releaseIdempotencyKey(db: IdempotencyDb, actor: string, key: string): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('actor', '=', actor).where('key', '=', key).where('status', 'is', null).execute();
}

import { conflict, nameKey } from '#claims';
import type { RecordingDb } from './db.js';

/**
 * Names found, per database. A name, once it belongs to an entity, belongs to it for good (names
 * are never removed or moved), so what was read outside a transaction stays true.
 */
const owners = new WeakMap<RecordingDb, Map<string, string>>();
const OWNERS_MAX = 100_000;

/** The entity a name (id, name or alias, in any case) belongs to. */
export async function resolveEntityName(db: RecordingDb, name: string): Promise<string | undefined> {
  const key = nameKey(name);
  const known = owners.get(db)?.get(key);
  if (known) return known;
  const row = await db.selectFrom('entity_names').select('entity_id').where('name_key', '=', key).executeTakeFirst();
  // Read inside a transaction, the name may still be rolled back; unknown names may come later.
  if (row && !db.isTransaction) {
    let cache = owners.get(db);
    if (!cache) owners.set(db, (cache = new Map<string, string>()));
    if (cache.size >= OWNERS_MAX) cache.clear();
    cache.set(key, row.entity_id);
  }
  return row?.entity_id;
}

/**
 * Reserves names for an entity inside the transaction that appends its events. A name that
 * already belongs to another entity refuses the whole command.
 */
export async function reserveEntityNames(
  tx: RecordingDb,
  entityId: string,
  names: ReadonlyArray<{ readonly name: string; readonly field: string }>,
): Promise<void> {
  for (const { name, field } of names) {
    const key = nameKey(name);
    await tx
      .insertInto('entity_names')
      .values({ name_key: key, name, entity_id: entityId })
      .onConflict((oc) => oc.column('name_key').doNothing())
      .execute();
    const owner = await tx.selectFrom('entity_names').select('entity_id').where('name_key', '=', key).executeTakeFirstOrThrow();
    if (owner.entity_id !== entityId) throw conflict(`'${name}' already names entity ${owner.entity_id}`, field);
  }
}

/** The entities many names belong to, in one query: a bulk write resolves a batch's subjects at once. */
export async function resolveEntityNames(db: RecordingDb, names: readonly string[]): Promise<Map<string, string>> {
  const keys = [...new Set(names.map(nameKey))];
  const found = new Map<string, string>();
  if (keys.length === 0) return found;
  const rows = await db.selectFrom('entity_names').select(['name_key', 'entity_id']).where('name_key', 'in', keys).execute();
  for (const row of rows) found.set(row.name_key, row.entity_id);
  return found;
}

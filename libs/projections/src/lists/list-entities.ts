import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { ReadModelTables } from '../tables.js';
import { likeLiteral, pageOf, startsWith } from './page.js';

export interface EntityListOptions {
  /** The start of the entity's id, name or any alias, in any case. */
  readonly q?: string;
  /** The id of the last entity of the page before. */
  readonly after?: string;
  readonly limit: number;
}

export interface EntityListItem {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

/** Entities by id. */
export async function listEntities(db: Kysely<ReadModelTables>, options: EntityListOptions) {
  let query = db.selectFrom('rm_entities').selectAll();
  if (options.q) {
    const q = options.q;
    // The indexed look for the words anywhere among the names (see the list_indexes migration), then the exact check.
    query = query.where(sql<boolean>`rm_entity_search_text(entity_id, name, aliases) like ${`%${likeLiteral(q.toLowerCase())}%`}`);
    query = query.where((eb) =>
      eb.or([
        startsWith(sql.ref('entity_id'), q),
        startsWith(sql.ref('name'), q),
        eb.exists(
          eb
            .selectFrom(sql`jsonb_array_elements_text(aliases)`.as('alias'))
            .select(sql`1`.as('one'))
            .where(startsWith(sql.ref('alias'), q)),
        ),
      ]),
    );
  }
  if (options.after !== undefined) query = query.where('entity_id', '>', options.after);
  const rows = await query
    .orderBy('entity_id')
    .limit(options.limit + 1)
    .execute();
  return pageOf(
    rows,
    options.limit,
    (r): EntityListItem => ({ id: r.entity_id, name: r.name, aliases: r.aliases }),
    (r) => r.entity_id,
  );
}

import { type Kysely, sql } from 'kysely';

/**
 * Every row of a read model's tables, for comparing two builds of it. The lineage of a read
 * model's tables is drawn at random when they are first written, so two builds of the same log
 * differ there and nowhere else: it is left out.
 */
export async function dumpReadModel(db: Kysely<any>, projection: { readonly tables: readonly string[] }) {
  const out: Record<string, unknown[]> = {};
  for (const t of projection.tables) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(t)} order by 1, 2`.execute(db);
    out[t] = rows.map(({ lineage: _, ...row }) => row);
  }
  return out;
}

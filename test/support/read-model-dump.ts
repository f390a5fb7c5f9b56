import { type Kysely, sql } from 'kysely';

/**
 * Every row of a read model's tables, for comparing two builds of it. The lineage of a read
 * model's tables is drawn at random when they are first written, so two builds of the same log
 * differ there and nowhere else: it is left out.
 */
export async function dumpReadModel(db: Kysely<any>, projection: { readonly tables: readonly string[] }) {
  const out: Record<string, unknown[]> = {};
  for (const t of projection.tables) {
    // The kept past of contradictions depends on how the log was cut into batches (where a batch
    // leaves an interval unkept, see contradiction-history.ts), not what it answers: its open
    // rows are compared, and its answers by contradiction-history.int.spec.ts.
    const { rows } =
      t === 'rm_contradiction_history'
        ? await sql<Record<string, unknown>>`select entity_id, metric_id, contradiction_id, contradiction::text from ${sql.table(t)}
                                             where recorded_to is null and contradiction_id is not null order by 1, 2, 3`.execute(db)
        : await sql<Record<string, unknown>>`select * from ${sql.table(t)} order by 1, 2`.execute(db);
    out[t] = rows.map(({ lineage: _, ...row }) => row);
  }
  return out;
}

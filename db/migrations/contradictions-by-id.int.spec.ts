import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '#test-support';
import { migrations } from './index.js';

// Fact summaries written before contradictions were listed by id: the migration lists theirs.
describe('migrating fact summaries written before contradictions were listed by id', () => {
  let t: TestDatabase;
  let db: TestDatabase['db'];

  beforeAll(async () => {
    t = await createTestDatabase({ max: 1, unmigrated: true });
    db = t.db;
  });
  afterAll(() => t.drop());

  it('lists every contradiction of the stored summaries with its fact and claims', async () => {
    const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } });
    expect((await migrator.migrateTo('20261126101000_append_batch')).error).toBeUndefined();
    const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
    const summaries = [
      [
        'coalition',
        'members',
        {
          contradictions: [
            { id: id(1), claimIds: ['a', 'b'] },
            { id: id(2), claimIds: ['c', 'd', 'e'] },
          ],
        },
      ],
      ['coalition', 'pledged', { contradictions: [] }],
      ['isis', 'territory', { flags: [] }],
    ] as const;
    for (const [entity, metric, summary] of summaries) {
      await sql`insert into rm_facts (entity_id, metric_id, summary, flags, claim_count, source_count, position)
                values (${entity}, ${metric}, ${JSON.stringify(summary)}, '{}', 2, 2, 1)`.execute(db);
    }

    expect((await migrator.migrateTo('20261126110000_contradictions_by_id')).error).toBeUndefined();
    const { rows } = await sql`select * from rm_contradictions order by contradiction_id`.execute(db);
    expect(rows).toEqual([
      { contradiction_id: id(1), entity_id: 'coalition', metric_id: 'members', claim_ids: ['a', 'b'] },
      { contradiction_id: id(2), entity_id: 'coalition', metric_id: 'members', claim_ids: ['c', 'd', 'e'] },
    ]);
  });
});

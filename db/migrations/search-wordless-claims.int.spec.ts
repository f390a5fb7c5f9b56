import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '#test-support';
import { migrations } from './index.js';

// Claims without words had a search row no search could match: the migration moves them to
// rm_search_claims, where the search projection now keeps them, and back on the way down.
describe('migrating the search rows of claims without words', () => {
  let t: TestDatabase;
  let db: TestDatabase['db'];

  beforeAll(async () => {
    t = await createTestDatabase({ max: 1, unmigrated: true });
    db = t.db;
  });
  afterAll(() => t.drop());

  const searchRows = async () =>
    (await sql<{ doc_id: string; publisher: string | null }>`select doc_id, publisher from rm_search order by doc_id`.execute(db)).rows;

  it('moves them out of rm_search, and only them, and back again', async () => {
    const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } });
    expect((await migrator.migrateTo('20261127170000_contradiction_history_by_id')).error).toBeUndefined();
    await sql`
      insert into rm_search (doc_id, kind, claim_id, source_id, entity_id, metric_id, publisher, published_start, heading, detail, body, position) values
        ('source:s', 'source', null, 's', null, null, 'Office', '2024-05-15', 'Release', 'Office', null, 1),
        ('claim:quoted', 'claim', 'quoted', 's', 'e', 'm', 'Office', '2024-05-15', 'sixty members', null, null, 2),
        ('claim:attributed', 'claim', 'attributed', 's', 'e', 'm', 'Office', '2024-05-15', '', 'the minister', null, 3),
        ('claim:noted', 'claim', 'noted', 's', 'e', 'm', 'Office', '2024-05-15', '', null, 'checked twice', 4),
        ('claim:bare', 'claim', 'bare', 's', 'e', 'm', 'Office', '2024-05-15', '', null, null, 5)`.execute(db);
    const before = await searchRows();

    expect((await migrator.migrateTo('20261127180000_search_wordless_claims')).error).toBeUndefined();
    expect((await searchRows()).map((r) => r.doc_id)).toEqual(['claim:attributed', 'claim:noted', 'claim:quoted', 'source:s']);
    expect((await sql`select * from rm_search_claims`.execute(db)).rows).toEqual([
      { claim_id: 'bare', source_id: 's', entity_id: 'e', metric_id: 'm', position: 5 },
    ]);

    expect((await migrator.migrateTo('20261127170000_contradiction_history_by_id')).error).toBeUndefined();
    expect(await searchRows()).toEqual(before);
  });
});

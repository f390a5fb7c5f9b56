import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventStore } from '#event-store';
import { createTestDatabase, type TestDatabase } from '#test-support';
import { migrations } from './index.js';

// rm_search_claims goes: a comment on a claim without words reads the claim's first event
// instead. On the way down its rows come from the log again, one per claim without words.
describe('dropping the search rows kept for claims without words', () => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase({ max: 1, unmigrated: true });
  });
  afterAll(() => t.drop());

  const claim = (claimId: string, words: Record<string, unknown> = {}) => ({
    type: 'ClaimRecorded',
    data: { claimId, sourceId: 's', entityId: 'e', metricId: 'm', value: { amount: '60', unit: 'member' }, validTime: { at: '2024' }, ...words },
  });

  it('drops the table, and fills it again from the log on the way down', async () => {
    const migrator = new Migrator({ db: t.db, provider: { getMigrations: () => Promise.resolve(migrations) } });
    expect((await migrator.migrateTo('20261128090000_search_claims_from_log')).error).toBeUndefined();
    const table = async () => (await sql<{ name: string | null }>`select to_regclass('rm_search_claims')::text as name`.execute(t.db)).rows[0]!.name;
    expect(await table()).toBeNull();

    const store = new EventStore(t.db);
    await store.append('claim-bare', [claim('bare')]);
    await store.append('claim-quoted', [claim('quoted', { quote: { text: 'sixty members' } })]);
    await store.append('claim-attributed', [claim('attributed', { attribution: 'the minister' })]);
    await store.append('claim-noted', [claim('noted', { note: 'checked twice' })]);
    await store.append('claim-empty-quote', [claim('empty-quote', { quote: { text: '' }, attribution: '' })]);

    expect((await migrator.migrateTo('20261127180000_search_wordless_claims')).error).toBeUndefined();
    const rows = await sql`select claim_id, source_id, entity_id, metric_id from rm_search_claims order by claim_id`.execute(t.db);
    expect(rows.rows).toEqual([
      { claim_id: 'bare', source_id: 's', entity_id: 'e', metric_id: 'm' },
      { claim_id: 'empty-quote', source_id: 's', entity_id: 'e', metric_id: 'm' },
    ]);
    expect((await migrator.migrateTo('20261128090000_search_claims_from_log')).error).toBeUndefined();
    expect(await table()).toBeNull();
  });
});

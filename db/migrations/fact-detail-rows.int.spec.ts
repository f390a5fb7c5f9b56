import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '#test-support';
import { migrations } from './index.js';

// Fact summaries that held their contradictions and revisions: the migration moves them to rows
// of their own, and going back puts them in the summaries again.
describe('migrating the contradictions and revisions of fact summaries to rows', () => {
  let t: TestDatabase;
  let db: TestDatabase['db'];

  beforeAll(async () => {
    t = await createTestDatabase({ max: 1, unmigrated: true });
    db = t.db;
  });
  afterAll(() => t.drop());

  const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
  const members = {
    current: { value: { amount: 60, qualifier: 'exact' }, validTime: { at: '2014-09' }, claimIds: ['c'], basis: 'corroboration' },
    flags: ['contradicted'],
    claimCount: 3,
    sourceCount: 2,
    contradictions: [
      { id: id(1), claimIds: ['a', 'b'], severity: 'high', gap: 0.5, status: 'open' },
      { id: id(2), claimIds: ['b', 'c'], severity: 'low', gap: 0.01, status: 'resolved' },
    ],
    supersededBy: { a: 'c', x: 'y' },
    anomalies: [],
  };
  const pledged = { flags: [], claimCount: 1, sourceCount: 1, contradictions: [], supersededBy: {}, anomalies: [] };
  const summaries = async () =>
    Object.fromEntries(
      (await sql<{ metric_id: string; summary: unknown }>`select metric_id, summary from rm_facts order by metric_id`.execute(db)).rows.map((r) => [
        r.metric_id,
        r.summary,
      ]),
    );

  it('moves them out of the summaries, whole, and back again on the way down', async () => {
    const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } });
    expect((await migrator.migrateTo('20261126110000_contradictions_by_id')).error).toBeUndefined();
    for (const [metric, summary] of [
      ['members', members],
      ['pledged', pledged],
    ] as const) {
      await sql`insert into rm_facts (entity_id, metric_id, summary, flags, claim_count, source_count, position)
                values ('coalition', ${metric}, ${JSON.stringify(summary)}, '{}', 2, 2, 1)`.execute(db);
    }
    await sql`insert into rm_contradictions (contradiction_id, entity_id, metric_id, claim_ids)
              select (c ->> 'id')::uuid, 'coalition', 'members', array(select json_array_elements_text(c -> 'claimIds'))
              from json_array_elements(${JSON.stringify(members.contradictions)}::json) c`.execute(db);

    expect((await migrator.migrateTo('20261126120000_fact_detail_rows')).error).toBeUndefined();
    const contradictions = await sql`select contradiction_id, metric_id, claim_ids, contradiction from rm_contradictions order by 1`.execute(db);
    expect(contradictions.rows).toEqual(
      members.contradictions.map((c) => ({ contradiction_id: c.id, metric_id: 'members', claim_ids: c.claimIds, contradiction: c })),
    );
    const revisions = await sql`select claim_id, entity_id, metric_id, superseded_by from rm_revisions order by 1`.execute(db);
    expect(revisions.rows).toEqual([
      { claim_id: 'a', entity_id: 'coalition', metric_id: 'members', superseded_by: 'c' },
      { claim_id: 'x', entity_id: 'coalition', metric_id: 'members', superseded_by: 'y' },
    ]);
    const { contradictions: _, supersededBy: __, ...head } = members;
    const { contradictions: ___, supersededBy: ____, ...pledgedHead } = pledged;
    expect(await summaries()).toEqual({ members: head, pledged: pledgedHead });

    expect((await migrator.migrateTo('20261126110000_contradictions_by_id')).error).toBeUndefined();
    expect(await summaries()).toEqual({ members, pledged });
  });
});

import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '#test-support';
import { pruneDelivered } from './retention.js';

describe('webhook retention', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.drop());

  it('deletes delivered messages past their days with their attempts, and keeps pending and dead ones of any age', async () => {
    const { db } = database;
    const subscription = randomUUID();
    await sql`insert into webhook_subscriptions (id, url, event_types, description, secret, status)
              values (${subscription}, 'http://localhost:9/x', '{ClaimRecorded}', 'retention', 'whsec_x', 'active')`.execute(db);
    // Each message: its state, and how many days ago it was delivered (or created, when not delivered).
    const messages = {
      oldDelivered: ['delivered', 40],
      oldDelivered2: ['delivered', 31],
      recentDelivered: ['delivered', 29],
      oldPending: ['pending', 90],
      oldDead: ['dead', 90],
    } as const;
    const ids = new Map<string, string>();
    let position = 0;
    for (const [name, [state, daysAgo]] of Object.entries(messages)) {
      const id = randomUUID();
      ids.set(name, id);
      position++;
      await sql`insert into webhook_messages (id, subscription_id, event_id, transaction_id, global_position, event_type, event, state, created_at, delivered_at)
                values (${id}, ${subscription}, ${randomUUID()}, '1'::xid8, ${position}, 'ClaimRecorded', '{}'::jsonb, ${state},
                        now() - make_interval(days => ${daysAgo}::int),
                        ${state === 'delivered' ? sql`now() - make_interval(days => ${daysAgo}::int)` : sql`null`})`.execute(db);
      for (const attempt of [1, 2])
        await sql`insert into webhook_attempts (message_id, subscription_id, attempt, started_at, latency_ms, outcome)
                  values (${id}, ${subscription}, ${attempt}, now(), 5, 'failed')`.execute(db);
    }

    expect(await pruneDelivered(db, 30)).toBe(2);

    const left = await sql<{ id: string; attempts: number }>`
      select m.id, (select count(*)::int from webhook_attempts a where a.message_id = m.id) as attempts from webhook_messages m`.execute(db);
    const byName = new Map([...ids].map(([name, id]) => [id, name]));
    expect(left.rows.map((r) => [byName.get(r.id), r.attempts]).sort()).toEqual([
      ['oldDead', 2],
      ['oldPending', 2],
      ['recentDelivered', 2],
    ]);
    expect((await sql<{ n: number }>`select count(*)::int as n from webhook_attempts`.execute(db)).rows[0]!.n).toBe(6);
    // Nothing more to delete: a second prune finds none.
    expect(await pruneDelivered(db, 30)).toBe(0);
  });
});

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '#test-support';
import { EventStore } from './index.js';

describe('the log is immutable', () => {
  let t: TestDatabase;
  let store: EventStore;

  beforeAll(async () => {
    t = await createTestDatabase();
    store = new EventStore(t.db);
    await store.append('kept-1', [{ type: 'Stated', data: { value: 60 } }]);
  });
  afterAll(async () => {
    await store.close();
    await t.drop();
  });

  it.each([
    ['UPDATE', sql`update events set data = '{"value": 84}'`],
    ['DELETE', sql`delete from events`],
    ['TRUNCATE', sql`truncate events`],
  ])('rejects a raw %s, even from the table owner', async (operation, statement) => {
    await expect(statement.execute(t.db)).rejects.toThrow(`events are immutable: ${operation} is not allowed`);
    const [event] = await store.readStream('kept-1');
    expect(event?.data).toEqual({ value: 60 });
  });
});

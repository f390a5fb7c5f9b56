import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '#test-support';
import { EventStore } from './index.js';

describe('upcasting on read', () => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase();
    // An event written by an older release, in the shape it had then.
    await new EventStore(t.db).append('fact-1', [{ type: 'Stated', schemaVersion: 1, data: { value: 60 } }]);
  });
  afterAll(() => t.drop());

  it('hands readers the newest shape and leaves the stored row as it was', async () => {
    const store = new EventStore(t.db, {
      upcasters: [{ type: 'Stated', fromSchemaVersion: 1, upcast: (d) => ({ amount: (d as { value: number }).value }) }],
    });
    const [fromStream] = await store.readStream('fact-1');
    const [fromLog] = (await store.readAll()).events;
    for (const event of [fromStream, fromLog]) expect(event).toMatchObject({ schemaVersion: 2, data: { amount: 60 } });

    const { rows } = await sql<{ schema_version: number; data: unknown }>`
      select schema_version, data from events`.execute(t.db);
    expect(rows).toEqual([{ schema_version: 1, data: { value: 60 } }]);
  });
});

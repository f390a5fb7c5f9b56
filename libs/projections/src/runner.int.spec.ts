import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EventStore } from '#event-store';
import { createTestDatabase, type TestDatabase } from '#test-support';
import type { Projection } from './projection.js';
import { ProjectionRunner } from './runner.js';
import { projectionStatus, waitForPosition } from './status.js';

describe('projection runners', () => {
  let t: TestDatabase;
  let store: EventStore;
  const counting: Projection = {
    name: 'counting',
    tables: ['applied'],
    async apply(events, tx) {
      for (const e of events) await sql`insert into applied (event_id) values (${e.id})`.execute(tx);
    },
  };
  const runner = () => new ProjectionRunner(t.db, store, counting, { connectionString: t.url, pollIntervalMs: 50, standbyRetryMs: 100 });
  const applied = async () => (await sql<{ n: number; d: number }>`select count(*)::int as n, count(distinct event_id)::int as d from applied`.execute(t.db)).rows[0]!;

  beforeAll(async () => {
    t = await createTestDatabase({ max: 10 });
    store = new EventStore(t.db);
    await sql`create table applied (event_id uuid not null)`.execute(t.db);
  });
  afterAll(async () => {
    await store.close();
    await t.drop();
  });

  it('runs one instance at a time, and the standby takes over when the active one stops', async () => {
    const first = runner();
    const second = runner();
    first.start();
    await vi.waitFor(() => expect(first.active).toBe(true));
    second.start();

    const a = await store.append('run-1', [{ type: 'Happened', data: { n: 1 } }, { type: 'Happened', data: { n: 2 } }]);
    expect(await waitForPosition(t.db, 'counting', a.positions.at(-1)!, 5000)).toBe(true);
    expect(second.active).toBe(false);

    await first.stop();
    const b = await store.append('run-1', [{ type: 'Happened', data: { n: 3 } }]);
    await vi.waitFor(() => expect(second.active).toBe(true), { timeout: 5000 });
    expect(await waitForPosition(t.db, 'counting', b.positions[0]!, 5000)).toBe(true);
    expect(await applied()).toEqual({ n: 3, d: 3 });

    const [status] = await projectionStatus(t.db, ['counting']);
    expect(status).toMatchObject({ name: 'counting', eventsBehind: 0, secondsBehind: 0, headPosition: b.positions[0] });
    await second.stop();
  });

  it('tells a reader whether a position has been applied yet', async () => {
    const c = await store.append('run-2', [{ type: 'Happened', data: {} }]);
    expect(await waitForPosition(t.db, 'counting', c.positions[0]!, 200)).toBe(false);
    const [status] = await projectionStatus(t.db, ['counting']);
    expect(status!.eventsBehind).toBe(1);
  });
});

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EventStore } from '#event-store';
import { createTestDatabase, startSilentServer, type TestDatabase } from '#test-support';
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
  const applied = async () =>
    (await sql<{ n: number; d: number }>`select count(*)::int as n, count(distinct event_id)::int as d from applied`.execute(t.db)).rows[0]!;

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

    const a = await store.append('run-1', [
      { type: 'Happened', data: { n: 1 } },
      { type: 'Happened', data: { n: 2 } },
    ]);
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

  it("shows each batch its projection's checkpoint where the batch started, locked", async () => {
    // What the fact views' summary cache relies on: read inside the batch, the checkpoint says
    // which batch came before. It is also held, so a rebuild's switch waits for the batch.
    await sql`create table observed (seen bigint, first bigint not null, locked boolean not null)`.execute(t.db);
    const observing: Projection = {
      name: 'observing',
      tables: ['observed'],
      async apply(events, tx) {
        await sql`
          insert into observed
          select (select global_position from checkpoints where consumer = 'observing'), ${events[0]!.globalPosition},
                 exists (select 1 from pg_locks l join pg_class c on c.oid = l.relation
                         where c.relname = 'checkpoints' and l.pid = pg_backend_pid() and l.mode = 'RowShareLock')`.execute(tx);
      },
    };
    for (let i = 0; i < 5; i++)
      await store.append(`observed-${i}`, [
        { type: 'Happened', data: { i } },
        { type: 'Happened', data: { i } },
        { type: 'Happened', data: { i } },
      ]);
    const head = (await sql<{ p: number }>`select max(global_position) as p from events`.execute(t.db)).rows[0]!.p;
    const run = new ProjectionRunner(t.db, store, observing, { connectionString: t.url, pollIntervalMs: 50, batchSize: 4 });
    run.start();
    try {
      expect(await waitForPosition(t.db, 'observing', Number(head), 5000)).toBe(true);
    } finally {
      await run.stop();
    }
    const { rows } = await sql<{ seen: number; before: number; locked: boolean }>`
      select seen, (select coalesce(max(global_position), 0) from events where global_position < first) as before, locked
      from observed order by first`.execute(t.db);
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) expect(row).toEqual({ seen: row.before, before: row.before, locked: true });
  });

  it('gives up on a lock connection that the server never answers, and stops when asked', async () => {
    const silent = await startSilentServer();
    const errors: unknown[] = [];
    const run = new ProjectionRunner(t.db, store, counting, { connectionString: silent.url, standbyRetryMs: 100, onError: (e) => void errors.push(e) });
    run.start();
    try {
      await vi.waitFor(() => expect(errors.length).toBeGreaterThan(0), { timeout: 20_000, interval: 100 });
      expect(String(errors[0])).toMatch(/timeout/i);
      expect(run.active).toBe(false);
    } finally {
      await run.stop();
      await silent.close();
    }
  });

  it("applies a batch without JIT compilation and without waiting for the commit's flush", async () => {
    const settings: Array<{ jit: string; sync: string }> = [];
    const probing: Projection = {
      name: 'probing',
      tables: [],
      async apply(_events, tx) {
        const { rows } = await sql<{ jit: string; sync: string }>`select current_setting('jit') as jit, current_setting('synchronous_commit') as sync`.execute(
          tx,
        );
        settings.push(rows[0]!);
      },
    };
    const probe = new ProjectionRunner(t.db, store, probing, { connectionString: t.url, pollIntervalMs: 50 });
    probe.start();
    const d = await store.append('run-probe', [{ type: 'Happened', data: {} }]);
    expect(await waitForPosition(t.db, 'probing', d.positions[0]!, 5000)).toBe(true);
    await probe.stop();
    expect(settings.length).toBeGreaterThan(0);
    for (const s of settings) expect(s).toEqual({ jit: 'off', sync: 'off' });
    // Set for the batch's transaction only: the pool's sessions keep the server's defaults.
    const { rows } = await sql<{ jit: string }>`select current_setting('jit') as jit`.execute(t.db);
    expect(rows[0]!.jit).toBe('on');
  });
});

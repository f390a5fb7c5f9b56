import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '#database';
import { createApp } from '../../apps/api/src/app.js';
import { coalition, metric, sources } from '../fixtures/coalition.js';
import { type OwnPostgres, startOwnPostgres } from '../support/own-postgres.js';

interface Answer {
  readonly status: number;
  readonly retryAfter: string | null;
  readonly body: any;
}

/**
 * The API on a PostgreSQL server of its own, which the tests take away under write load: every
 * connection terminated, then the server restarted. No database error may end the process;
 * meanwhile clients get 503 with Retry-After, and afterwards the service serves again by
 * itself, with every acknowledged write in the log once and the projections caught up.
 */
describe('the API when PostgreSQL ends its connections', () => {
  const adminKey = `test-admin-${randomUUID()}`;
  let server: OwnPostgres;
  let app: NestFastifyApplication;
  let url: string;
  let sourceId: string;
  let nextClaim = 0;

  const request = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> => {
    try {
      const response = await fetch(`${url}${path}`, {
        method,
        headers: { authorization: `Bearer ${adminKey}`, ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
        ...(body ? { body: JSON.stringify(body) } : {}),
        // A request left hanging through the outage is a failure of its own.
        signal: AbortSignal.timeout(20_000),
      });
      const text = await response.text();
      return { status: response.status, retryAfter: response.headers.get('retry-after'), body: text ? JSON.parse(text) : undefined };
    } catch (error) {
      return { status: 0, retryAfter: null, body: String(error) };
    }
  };

  /** A claim no other request makes: its own valid day. */
  const newClaim = () => {
    const n = nextClaim++;
    const day = new Date(Date.UTC(1950, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    return { sourceId, subject: coalition.id, metric: metric.id, value: { amount: 100 + (n % 50) }, validTime: { at: day } };
  };

  // An error that reaches the process (an 'error' event nobody listens to, a rejection nobody
  // handles) would end the API outside a test: here it is caught and fails the test.
  const escaped: unknown[] = [];
  const onEscape = (error: unknown) => void escaped.push(error);
  afterEach(() => expect(escaped.map(String)).toEqual([]));

  beforeAll(async () => {
    process.on('uncaughtException', onEscape).on('unhandledRejection', onEscape);
    server = await startOwnPostgres();
    app = await createApp({ databaseUrl: server.url, adminKey, logLevel: 'silent' });
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
    sourceId = (await request('POST', '/v1/sources', sources.national2022)).body.id;
    await request('POST', '/v1/metrics', metric);
    await request('POST', '/v1/entities', coalition);
  });
  afterAll(async () => {
    await app?.close();
    await server?.destroy();
    process.off('uncaughtException', onEscape).off('unhandledRejection', onEscape);
  });

  /** Eight clients recording claims, half of them with an Idempotency-Key, until stopped. */
  function writeLoad() {
    const acked: { id: string; position: number }[] = [];
    const refused: Answer[] = [];
    let stopped = false;
    const loops = Array.from({ length: 8 }, async (_, w) => {
      while (!stopped) {
        const headers: Record<string, string> = w % 2 ? { 'idempotency-key': randomUUID() } : {};
        const answer = await request('POST', '/v1/claims', newClaim(), headers);
        if (answer.status === 201) acked.push({ id: answer.body.id, position: answer.body.position });
        else {
          refused.push(answer);
          await sleep(50);
        }
      }
    });
    return {
      acked,
      refused,
      /** Resolves once `n` more writes have been acknowledged. */
      more: async (n: number, timeoutMs = 30_000) => {
        const target = acked.length + n;
        const deadline = Date.now() + timeoutMs;
        while (acked.length < target) {
          if (Date.now() > deadline) throw new Error(`only ${acked.length} of ${target} writes acknowledged; refused: ${JSON.stringify(refused.slice(-3))}`);
          await sleep(20);
        }
      },
      stop: async () => {
        stopped = true;
        await Promise.all(loops);
      },
    };
  }

  /** What a client may see while the database is away: 503, told when to retry, and no details. */
  function expectUnavailable(answer: Answer) {
    expect(answer.status, JSON.stringify(answer.body)).toBe(503);
    expect(answer.retryAfter).toMatch(/^\d+$/);
    expect(JSON.stringify(answer.body)).not.toMatch(/57P0|terminat|ECONN|administrator|postgres/i);
  }

  /** Ready again, every acknowledged write in the log exactly once, and the projections caught up. */
  async function expectRecovered(acked: readonly { id: string; position: number }[]) {
    expect((await request('GET', '/health/ready')).status).toBe(200);
    expect((await request('POST', '/v1/claims', newClaim())).status).toBe(201);

    const db = connect(server.url, { max: 1 });
    try {
      const { rows } = await sql<{ stream_id: string; global_position: number; type: string }>`
        select stream_id, global_position, event_type as type from events where stream_id like 'claim-%'`.execute(db);
      const byStream = new Map<string, typeof rows>();
      for (const row of rows) byStream.set(row.stream_id, [...(byStream.get(row.stream_id) ?? []), row]);
      for (const { id, position } of acked) {
        expect(byStream.get(`claim-${id}`)?.map((r) => [r.type, r.global_position])).toEqual([['ClaimRecorded', position]]);
      }
      for (const [stream, events] of byStream) expect(events, stream).toHaveLength(1);

      const head = Math.max(...rows.map((r) => r.global_position));
      const fact = await request('GET', `/v1/facts/${coalition.id}/${metric.id}?minPosition=${head}`);
      expect(fact.status, JSON.stringify(fact.body)).toBe(200);
      await expect
        .poll(async () => (await request('GET', '/v1/projections')).body.items.map((p: any) => p.eventsBehind), { timeout: 30_000 })
        .toEqual([0, 0, 0]);
      const projected = await sql<{ n: number }>`select count(distinct claim_id)::int as n from rm_claims where recorded_to is null`.execute(db);
      expect(projected.rows[0]!.n).toBe(byStream.size);
    } finally {
      await db.destroy();
    }
  }

  it('survives every backend being terminated under concurrent writes', async () => {
    const load = writeLoad();
    try {
      await load.more(20);
      for (let i = 0; i < 3; i++) {
        expect(await server.terminateBackends()).toBeGreaterThan(0);
        await sleep(200);
      }
      await load.more(30);
    } finally {
      await load.stop();
    }
    for (const answer of load.refused) expectUnavailable(answer);
    await expectRecovered(load.acked);
  });

  it('answers 503 while the server is down and serves again once it is back', async () => {
    // A key this process has never looked up: a key it knows is served from memory for a moment.
    const { body: unseen } = await request('POST', '/v1/api-keys', { name: `reader ${randomUUID()}`, role: 'reader' });
    const load = writeLoad();
    try {
      await load.more(20);
      await server.stop();
      const refusedBefore = load.refused.length;

      const ready = await request('GET', '/health/ready');
      expectUnavailable(ready);
      expect((await request('GET', '/health/live')).status).toBe(200);
      expectUnavailable(await request('GET', '/v1/me', undefined, { authorization: `Bearer ${unseen.key}` })); // the key lookup
      expectUnavailable(await request('GET', `/v1/facts/${coalition.id}/${metric.id}`));
      expectUnavailable(await request('POST', '/v1/claims', newClaim(), { 'idempotency-key': randomUUID() }));
      await expect.poll(() => load.refused.length).toBeGreaterThan(refusedBefore);

      await server.start();
      await load.more(30);
    } finally {
      await load.stop();
    }
    for (const answer of load.refused) expectUnavailable(answer);
    await expectRecovered(load.acked);
  });

  it('frees the Idempotency-Key of a write that the outage cut short, so that its retry goes ahead', async () => {
    const body = newClaim();
    const headers = { 'idempotency-key': randomUUID() };
    // Holds the write inside its command, after it has taken its key, until the server stops.
    const blocker = new pg.Client({ connectionString: server.url });
    blocker.on('error', () => {});
    await blocker.connect();
    await blocker.query('begin');
    await blocker.query('lock table events, streams in access exclusive mode');
    const cut = request('POST', '/v1/claims', body, headers);
    await expect
      .poll(
        async () =>
          (await blocker.query(`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and application_name = 'factlog-api'`)).rows[0]
            .n,
      )
      .toBeGreaterThan(0);
    await server.stop();
    try {
      expectUnavailable(await cut);
    } finally {
      await server.start();
      await blocker.end().catch(() => {});
    }

    await expect.poll(async () => (await request('GET', '/health/ready')).status, { timeout: 20_000 }).toBe(200);
    const retry = await request('POST', '/v1/claims', body, headers);
    // The write was cut while it waited for its lock, but the server, ending the blocker first,
    // may grant it the lock and commit it in the moment before it ends it too: a commit whose
    // answer is lost, as a connection can lose any. Either way the key is free and the retry
    // goes ahead, with the one claim: recorded now (201), or found recorded (200).
    expect([200, 201], JSON.stringify(retry.body)).toContain(retry.status);
    expect(retry.body).toMatchObject({ subject: body.subject, metric: body.metric, value: { amount: body.value.amount }, validTime: body.validTime });
    const stored = await request('GET', `/v1/claims/${(retry.body as { id: string }).id}`);
    expect((stored.body as { history: unknown[] }).history).toHaveLength(1);
  });

  it('ends an open change-feed stream when the database goes away, and resumes it from the last event', async () => {
    // Every LISTEN connection back from the earlier outages (the stream's, and the three projections'):
    // the stream hears of the loss of its own.
    await expect.poll(() => listeningSessions(), { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
    const first = await openStream({});
    await first.until((events) => events.length > 0);
    await server.stop();
    try {
      // At once, rather than at the next keep-alive (15 s) or never.
      expect(await Promise.race([first.end().then(() => 'ended'), sleep(10_000).then(() => 'still open')])).toBe('ended');
    } finally {
      await server.start();
    }

    const last = first.events.at(-1)!.id;
    await expect.poll(async () => (await request('GET', '/health/ready')).status, { timeout: 20_000 }).toBe(200);
    const resumed = await openStream({ 'last-event-id': last });
    try {
      const written = await request('POST', '/v1/claims', newClaim());
      expect(written.status).toBe(201);
      await resumed.until((events) => events.some((e) => e.data.includes(written.body.id)));
      expect(resumed.events.map((e) => e.id)).not.toContain(last);
    } finally {
      resumed.close();
    }
  });

  async function listeningSessions(): Promise<number> {
    const client = new pg.Client({ connectionString: server.url });
    client.on('error', () => {});
    await client.connect();
    try {
      const { rows } = await client.query(`select count(*)::int as n from pg_stat_activity where datname = current_database() and query ilike 'listen %'`);
      return rows[0].n;
    } finally {
      await client.end();
    }
  }

  /** A change-feed stream, read as it comes: its events so far, and ways to wait on it. */
  async function openStream(headers: Record<string, string>) {
    const abort = new AbortController();
    const response = await fetch(`${url}/v1/events/stream`, { headers: { authorization: `Bearer ${adminKey}`, ...headers }, signal: abort.signal });
    expect(response.status).toBe(200);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    const events: { id: string; data: string }[] = [];
    let buffer = '';
    /** Reads one chunk; false once the stream has ended. */
    const pull = async () => {
      const chunk = await reader.read();
      if (chunk.done) return false;
      const messages = (buffer + chunk.value).split('\n\n');
      buffer = messages.pop()!;
      for (const message of messages) {
        const id = /^id: (.*)$/m.exec(message)?.[1];
        const data = /^data: (.*)$/m.exec(message)?.[1];
        if (id && data) events.push({ id, data });
      }
      return true;
    };
    return {
      events,
      until: async (holds: (events: readonly { id: string; data: string }[]) => boolean) => {
        while (!holds(events)) if (!(await pull())) throw new Error('the stream ended');
      },
      end: async () => {
        while (await pull());
      },
      close: () => abort.abort(),
    };
  }
});

import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FACT_VIEWS } from '#projections';
import { createApp } from '../../apps/api/src/app.js';
import { coalition, metric, sources } from '../fixtures/coalition.js';
import { type ReplicatedPostgres, startReplicatedPostgres } from '../support/replicated-postgres.js';

interface Answer {
  readonly status: number;
  readonly body: any;
  readonly text: string;
}

/**
 * The API with a real hot standby in DATABASE_READ_URLS: reads of the read models go to the
 * standby, minPosition keeps read-your-writes while it lags, reads carry on (from the primary)
 * while it is down and go back to it when it returns, and no write ever reaches it.
 */
describe('the API with a read replica', () => {
  const adminKey = `test-admin-${randomUUID()}`;
  let pg: ReplicatedPostgres;
  let app: NestFastifyApplication;
  let url: string;
  let replica: string;
  let sourceId: string;
  let nextClaim = 0;
  /** Every answer the API gave in this file: none may come from a write sent to the replica. */
  const answers: Answer[] = [];

  const request = async (method: string, path: string, body?: unknown): Promise<Answer> => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: `Bearer ${adminKey}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(20_000),
    });
    const text = await response.text();
    const answer = { status: response.status, text, body: text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text };
    answers.push(answer);
    return answer;
  };

  /** Records a claim on its own valid day; answers its id and the position of its event. */
  const recordClaim = async () => {
    const n = nextClaim++;
    const day = new Date(Date.UTC(1960, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    const written = await request('POST', '/v1/claims', {
      sourceId,
      subject: coalition.id,
      metric: metric.id,
      value: { amount: 100 + n },
      validTime: { at: day },
    });
    expect(written.status, written.text).toBe(201);
    return { id: written.body.id as string, position: written.body.position as number };
  };
  const timeline = (minPosition?: number) =>
    request('GET', `/v1/facts/${coalition.id}/${metric.id}/timeline${minPosition === undefined ? '' : `?minPosition=${minPosition}`}`);

  /** One series of /metrics, by its labels; 0 when absent. */
  const metricValue = async (name: string, labels: string) => {
    const text = (await request('GET', '/metrics')).text;
    const line = text.split('\n').find((l) => l.startsWith(`${name}{${labels}}`));
    return line ? Number(line.split(' ').at(-1)) : 0;
  };
  const servedBy = async () => ({
    replica: await metricValue('factlog_read_requests_total', `served_by="${replica}"`),
    primary: await metricValue('factlog_read_requests_total', 'served_by="primary"'),
  });
  const replicaStatus = async () => {
    const listed = await request('GET', '/v1/projections');
    expect(listed.status).toBe(200);
    return listed.body.replicas[0];
  };
  /**
   * Until the replica's copy of every projection holds `position`: a read that waited for it
   * would go to the primary after 1 s, which a busy test machine could take.
   */
  const replicaHolds = (position: number) =>
    expect
      .poll(async () => (await replicaStatus()).projections.every((p: { position: number | null }) => (p.position ?? 0) >= position), { timeout: 10_000 })
      .toBe(true);

  beforeAll(async () => {
    pg = await startReplicatedPostgres();
    replica = new URL(pg.replicaUrl).host;
    app = await createApp({ databaseUrl: pg.url, readDatabaseUrls: [pg.replicaUrl], adminKey, logLevel: 'silent' });
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
    sourceId = (await request('POST', '/v1/sources', sources.national2022)).body.id;
    expect((await request('POST', '/v1/metrics', metric)).status).toBe(201);
    expect((await request('POST', '/v1/entities', coalition)).status).toBe(201);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await pg?.destroy();
  });
  // Whatever a test did, the replica is streaming and replaying again for the next one.
  afterEach(async () => {
    await pg.startReplica();
    await pg.resumeReplay().catch(() => {});
  });

  it('serves reads of the read models from the replica, with minPosition once its copy has the write', async () => {
    const claim = await recordClaim();
    await replicaHolds(claim.position);
    const before = await servedBy();
    const read = await timeline(claim.position);
    expect(read.status, read.text).toBe(200);
    expect(read.text).toContain(claim.id);
    expect((await request('GET', `/v1/claims?subject=${coalition.id}&minPosition=${claim.position}`)).text).toContain(claim.id);
    const after = await servedBy();
    expect(after.replica - before.replica).toBe(2);
    expect(after.primary - before.primary).toBe(0);
  });

  it('serves every read of the read models from the replica, read-only transactions included', async () => {
    const claim = await recordClaim();
    const fact = `/v1/facts/${coalition.id}/${metric.id}`;
    const routes = [
      '/v1/facts',
      fact,
      `${fact}/timeline`,
      `${fact}/changes`,
      `${fact}/value?validAt=1960`,
      `${fact}/timeline.csv`,
      '/v1/contradictions',
      `/v1/contradictions?knownAt=${encodeURIComponent(new Date().toISOString())}`,
      '/v1/claims',
      '/v1/sources',
      '/v1/entities?q=glob',
      '/v1/metrics',
      '/v1/search?q=coalition',
      '/v1/review',
    ].map((route) => `${route}${route.includes('?') ? '&' : '?'}minPosition=${claim.position}`);
    await replicaHolds(claim.position);
    const before = await servedBy();
    for (const route of routes) {
      const read = await request('GET', route);
      expect(read.status, `${route}: ${read.text}`).toBe(200);
    }
    const after = await servedBy();
    expect(after.replica - before.replica).toBe(routes.length);
    expect(after.primary - before.primary).toBe(0);
  });

  it('keeps read-your-writes while the replica lags: it waits for the replica, or else the primary answers', async () => {
    await pg.pauseReplay();
    const waited = await recordClaim();
    // The replica stays behind: a read without minPosition comes from it, without the write.
    expect((await timeline()).text).not.toContain(waited.id);

    // Replay resumes while the read waits: the replica answers, with the write.
    let before = await servedBy();
    const pending = timeline(waited.position);
    await sleep(100);
    await pg.resumeReplay();
    const caughtUp = await pending;
    expect(caughtUp.status, caughtUp.text).toBe(200);
    expect(caughtUp.text).toContain(waited.id);
    let after = await servedBy();
    expect(after.replica - before.replica).toBe(1);
    expect(after.primary - before.primary).toBe(0);

    // Replay stays paused: after its wait for the replica, the read goes to the primary, which has it.
    await expect.poll(async () => (await replicaStatus()).positionsBehind, { timeout: 10_000 }).toBe(0);
    await pg.pauseReplay();
    const lagging = await recordClaim();
    before = await servedBy();
    const started = Date.now();
    const fromPrimary = await timeline(lagging.position);
    expect(fromPrimary.status, fromPrimary.text).toBe(200);
    expect(fromPrimary.text).toContain(lagging.id);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    after = await servedBy();
    expect(after.primary - before.primary).toBe(1);
    expect(after.replica - before.replica).toBe(0);

    // The lag is there to see, in /v1/projections and in /metrics.
    const status = await replicaStatus();
    expect(status).toMatchObject({ name: replica, healthy: true, downSince: null });
    expect(status.positionsBehind).toBeGreaterThan(0);
    expect(status.replayLagBytes).toBeGreaterThan(0);
    expect(status.replayLagSeconds).toBeGreaterThanOrEqual(0);
    // Its copy of the fact views is behind the primary's by the claim it has not replayed.
    const factViews = status.projections.find((p: { name: string }) => p.name === FACT_VIEWS);
    expect(factViews.positionsBehind).toBeGreaterThan(0);
    expect(factViews.position).toBeLessThan(lagging.position);
    expect(await metricValue('factlog_replica_positions_behind', `replica="${replica}"`)).toBeGreaterThan(0);
    expect(await metricValue('factlog_replica_replay_lag_bytes', `replica="${replica}"`)).toBeGreaterThan(0);
    expect(await metricValue('factlog_replica_up', `replica="${replica}"`)).toBe(1);

    await pg.resumeReplay();
    await expect.poll(async () => (await replicaStatus()).positionsBehind, { timeout: 10_000 }).toBe(0);
    expect((await replicaStatus()).replayLagBytes).toBe(0);
    await expect.poll(async () => (await replicaStatus()).projections.map((p: { positionsBehind: number }) => p.positionsBehind)).toEqual([0, 0, 0]);
    await expect
      .poll(() => metricValue('factlog_replica_checkpoint_position', `replica="${replica}",projection="${FACT_VIEWS}"`))
      .toBeGreaterThanOrEqual(lagging.position);
  });

  it('serves every read from the primary while the replica is down, and goes back to it once it answers', async () => {
    const claim = await recordClaim();
    await expect.poll(async () => (await replicaStatus()).positionsBehind, { timeout: 10_000 }).toBe(0);
    await pg.stopReplica();

    const before = await servedBy();
    for (const path of [
      `/v1/facts/${coalition.id}/${metric.id}`,
      `/v1/facts/${coalition.id}/${metric.id}/timeline?minPosition=${claim.position}`,
      '/v1/facts',
      '/v1/contradictions',
      `/v1/search?q=coalition`,
    ]) {
      const read = await request('GET', path);
      expect(read.status, `${path}: ${read.text}`).toBe(200);
    }
    // A write while the replica is away goes to the primary as ever, and is read back from it.
    const written = await recordClaim();
    expect((await timeline(written.position)).text).toContain(written.id);
    const after = await servedBy();
    expect(after.primary - before.primary).toBe(6);
    expect(after.replica - before.replica).toBe(0);

    const status = await replicaStatus();
    expect(status).toMatchObject({ name: replica, healthy: false, headPosition: null, replayLagBytes: null });
    expect(Date.parse(status.downSince)).toBeGreaterThan(Date.now() - 60_000);
    // (A scrape reuses the figures of one a moment before: polled.)
    await expect.poll(() => metricValue('factlog_replica_up', `replica="${replica}"`)).toBe(0);
    // The primary serves: the process stays ready.
    expect((await request('GET', '/health/ready')).status).toBe(200);

    await pg.startReplica();
    await expect.poll(async () => (await replicaStatus()).healthy, { timeout: 10_000 }).toBe(true);
    await expect.poll(async () => (await replicaStatus()).positionsBehind, { timeout: 10_000 }).toBe(0);
    const back = await servedBy();
    const read = await timeline(written.position);
    expect(read.text).toContain(written.id);
    expect((await servedBy()).replica - back.replica).toBe(1);
  });

  it('takes the replicas in turn', async () => {
    // The one standby twice, by its socket and by TCP: two replicas to the API.
    const byTcp = new URL(pg.replicaUrl);
    byTcp.hostname = '127.0.0.1';
    byTcp.search = '';
    const other = await createApp({ databaseUrl: pg.url, readDatabaseUrls: [pg.replicaUrl, byTcp.toString()], adminKey, logLevel: 'silent' });
    try {
      await other.listen(0, '127.0.0.1');
      const otherUrl = await other.getUrl();
      const get = (path: string) => fetch(`${otherUrl}${path}`, { headers: { authorization: `Bearer ${adminKey}` } });
      for (let i = 0; i < 6; i++) expect((await get('/v1/facts')).status).toBe(200);
      const metrics = await (await get('/metrics')).text();
      expect(metrics).toContain(`factlog_read_requests_total{served_by="${replica}"} 3`);
      expect(metrics).toContain(`factlog_read_requests_total{served_by="${byTcp.host}"} 3`);
      const listed = (await (await get('/v1/projections')).json()) as { replicas: { name: string; healthy: boolean }[] };
      expect(listed.replicas.map((r) => [r.name, r.healthy])).toEqual([
        [replica, true],
        [byTcp.host, true],
      ]);
    } finally {
      await other.close();
    }
  });

  it('serves from the primary when a replica will not let it in (a database it does not have)', async () => {
    const wrong = new URL(pg.replicaUrl);
    wrong.pathname = '/no_such_database';
    const other = await createApp({ databaseUrl: pg.url, readDatabaseUrls: [wrong.toString()], adminKey, logLevel: 'silent' });
    try {
      await other.listen(0, '127.0.0.1');
      const otherUrl = await other.getUrl();
      const get = async (path: string) => {
        const response = await fetch(`${otherUrl}${path}`, { headers: { authorization: `Bearer ${adminKey}` } });
        return { status: response.status, body: (await response.json()) as Record<string, unknown> };
      };
      expect((await get(`/v1/facts/${coalition.id}/${metric.id}`)).status).toBe(200);
      expect((await get('/v1/facts')).status).toBe(200);
      expect((await get('/v1/projections')).body.replicas).toMatchObject([{ name: replica, healthy: false }]);
    } finally {
      await other.close();
    }
  });

  it('never sends a write to the replica', async () => {
    // Writes of every kind while the replica is configured and in rotation.
    const claim = await recordClaim();
    const corrected = await request('POST', `/v1/claims/${claim.id}/corrections`, { value: { amount: 7 }, reason: 'a typo' });
    expect(corrected.status, corrected.text).toBe(200);
    expect((await request('POST', `/v1/claims/${claim.id}/reviews`, { verdict: 'accurate' })).status).toBe(200);
    expect((await request('POST', '/v1/api-keys', { name: 'reader', role: 'reader' })).status).toBe(201);
    await expect.poll(async () => (await replicaStatus()).healthy, { timeout: 10_000 }).toBe(true);
    expect((await timeline(claim.position)).status).toBe(200);

    // The API's sessions on the replica are its read pool's, and the replica refused nothing:
    // no answer in this file, write or read, speaks of a read-only transaction.
    const sessions = await pg.onReplica<{ application_name: string; query: string }>(
      `select application_name, query from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`,
    );
    expect(sessions.length).toBeGreaterThan(0);
    expect(new Set(sessions.map((s) => s.application_name))).toEqual(new Set(['factlog-api-read']));
    for (const s of sessions) expect(s.query).not.toMatch(/\b(insert|update|delete|factlog_append)\b/i);
    expect(answers.filter((a) => /read-only|read only transaction/i.test(a.text)).map((a) => a.text)).toEqual([]);
    expect(answers.filter((a) => a.status >= 500).map((a) => a.text)).toEqual([]);
  });
});

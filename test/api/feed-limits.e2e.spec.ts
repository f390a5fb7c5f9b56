import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventStore } from '#event-store';
import { startTestApp, type TestApp } from '#test-support';

/** Opens a stream and keeps it open; `close` ends it from the client's side. */
async function openStream(app: TestApp, key: string) {
  const controller = new AbortController();
  const response = await fetch(`${app.url}/v1/events/stream`, { headers: { authorization: `Bearer ${key}` }, signal: controller.signal });
  return { response, close: () => controller.abort() };
}

describe('change-feed streams are capped per key and in all', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ limits: { streamsPerKey: 2, streamsTotal: 3 } });
  });
  afterAll(() => app?.close());

  it('answers 429 past the key share and 503 past the total, with Retry-After, and frees a slot when a stream closes', async () => {
    const open = [await openStream(app, app.keys.reader), await openStream(app, app.keys.reader)];
    for (const s of open) expect(s.response.status).toBe(200);

    const third = await app.request('GET', '/v1/events/stream', { key: app.keys.reader });
    expect(third.status).toBe(429);
    expect(third.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);

    open.push(await openStream(app, app.keys.editor));
    expect(open[2]!.response.status).toBe(200);
    const overTotal = await app.request('GET', '/v1/events/stream', { key: app.keys.reviewer });
    expect(overTotal.status).toBe(503);
    expect(overTotal.body).toMatchObject({ status: 503, title: 'Service Unavailable' });
    expect(Number(overTotal.headers.get('retry-after'))).toBeGreaterThan(0);

    // Pages of the feed are not streams: they are still served.
    expect((await app.request('GET', '/v1/events?limit=1', { key: app.keys.reader })).status).toBe(200);

    open.shift()!.close();
    let again: Awaited<ReturnType<typeof openStream>> | undefined;
    for (let i = 0; i < 50 && again?.response.status !== 200; i++) {
      await sleep(100);
      again = await openStream(app, app.keys.reader);
      if (again.response.status !== 200) again.close();
    }
    expect(again!.response.status).toBe(200);
    for (const s of [...open, again!]) s.close();
  });
});

describe('a stream to a client that reads slowly or not at all', () => {
  const EVENTS = 800;
  const PADDING = 'x'.repeat(50_000); // 40 MB of feed in all: more than the kernel's socket buffers take
  let app: TestApp;
  const serverSockets = new Set<Socket>();

  beforeAll(async () => {
    app = await startTestApp({ runProjector: false });
    const store = app.nest.get(EventStore);
    for (let s = 0; s < EVENTS / 50; s++) {
      await store.append(
        `bulk-${s}`,
        Array.from({ length: 50 }, (_, i) => ({ type: 'BulkWritten', data: { n: s * 50 + i, padding: PADDING } })),
      );
    }
    app.nest.getHttpServer().on('connection', (socket: Socket) => serverSockets.add(socket));
  }, 120_000);
  afterAll(() => app?.close());

  it('reads the log no faster than the client takes it, and sends every event once when it reads again', async () => {
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      const req = httpRequest(`${app.url}/v1/events/stream?limit=20`, { headers: { authorization: `Bearer ${app.keys.reader}` } }, resolve);
      req.on('error', reject).end();
    });
    expect(response.statusCode).toBe(200);
    response.pause();
    const clientPort = response.socket.localPort;
    const server = [...serverSockets].find((s) => s.remotePort === clientPort)!;
    expect(server).toBeDefined();

    // The client reads nothing: what the server holds for it stays near one event, not the log.
    await sleep(2000);
    const held = server.writableLength;
    await sleep(1000);
    expect(server.writableLength).toBe(held);
    expect(held).toBeLessThan(1024 * 1024);

    // Then it reads, slowly at first: every event arrives, once and in order.
    const seen: number[] = [];
    let buffer = '';
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const data = buffer
          .slice(0, end)
          .split('\n')
          .find((l) => l.startsWith('data: '));
        buffer = buffer.slice(end + 2);
        // The log also holds the test keys' ApiKeyCreated events, written before these.
        const event = data && (JSON.parse(data.slice(6)) as { type: string; data: { n: number } });
        if (event && event.type === 'BulkWritten') seen.push(event.data.n);
      }
    });
    for (let i = 0; i < 5; i++) {
      response.resume();
      await sleep(50);
      response.pause();
      await sleep(200);
    }
    response.resume();
    for (let i = 0; i < 300 && seen.length < EVENTS; i++) await sleep(100);
    response.destroy();
    expect(seen).toEqual(Array.from({ length: EVENTS }, (_, n) => n));
  }, 60_000);
});

describe('streams that follow the head of the log', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ runProjector: false, limits: { streamsPerKey: 20 } });
  });
  afterAll(() => app?.close());

  it('share one read of the log per append, however many there are', async () => {
    // The real store, with its reads counted.
    const store = app.nest.get(EventStore);
    const readAll = store.readAll.bind(store);
    let reads = 0;
    store.readAll = (...args) => {
      reads++;
      return readAll(...args);
    };

    const followers = await Promise.all(Array.from({ length: 20 }, () => openStream(app, app.keys.reader)));
    const received = followers.map(async ({ response }) => {
      const reader = response.body!.getReader();
      let text = '';
      while (!text.includes('event: MetricDefined')) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
      }
      return text.includes('event: MetricDefined');
    });
    // Every stream has read the log to its head and waits.
    await sleep(1000);
    reads = 0;
    expect((await app.request('POST', '/v1/metrics', { body: { id: 'followed', unit: 'x', kind: 'count' } })).status).toBe(201);
    expect(await Promise.all(received)).toEqual(followers.map(() => true));
    expect(reads).toBeLessThanOrEqual(2);
    for (const f of followers) f.close();
  });
});

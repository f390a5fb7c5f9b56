import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordCoalition, startTestApp, type TestApp } from '#test-support';

interface FeedEvent {
  id: string;
  cursor: string;
  type: string;
  position: number;
}

/** Reads Server-Sent Events until `count` have come, then disconnects. */
async function readStream(app: TestApp, count: number, lastEventId?: string): Promise<FeedEvent[]> {
  const controller = new AbortController();
  const response = await fetch(`${app.url}/v1/events/stream?limit=7`, {
    headers: { authorization: `Bearer ${app.keys.reader}`, ...(lastEventId ? { 'last-event-id': lastEventId } : {}) },
    signal: controller.signal,
  });
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const events: FeedEvent[] = [];
  const decoder = new TextDecoder();
  let buffer = '';
  const reader = response.body!.getReader();
  while (events.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = block.split('\n').find((l) => l.startsWith('data: '));
      const id = block.split('\n').find((l) => l.startsWith('id: '));
      if (data && id) {
        const event = JSON.parse(data.slice(6)) as FeedEvent;
        expect(id.slice(4)).toBe(event.cursor);
        events.push(event);
      }
    }
  }
  controller.abort();
  return events.slice(0, count);
}

describe('the change feed', () => {
  let app: TestApp;
  let total: number;

  beforeAll(async () => {
    app = await startTestApp();
    await recordCoalition(app);
    total = await app.countEvents();
  });
  afterAll(() => app?.close());

  it('pages through every event once, in commit-safe order', async () => {
    const seen: FeedEvent[] = [];
    let after = '';
    for (let page = 0; page < 100; page++) {
      const res = await app.request('GET', `/v1/events?limit=4${after ? `&cursor=${after}` : ''}`, { key: app.keys.reader });
      seen.push(...res.body.items);
      after = res.body.next;
      if (res.body.items.length === 0) break;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((e) => e.id)).size).toBe(total);
  });

  it('resumes a dropped stream from Last-Event-ID: nothing missed, nothing twice', async () => {
    const firstPart = await readStream(app, 10);
    const rest = await readStream(app, total - 10, firstPart.at(-1)!.cursor);
    const ids = [...firstPart, ...rest].map((e) => e.id);
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);

    // A live event reaches a connected client.
    const waiting = readStream(app, 1, rest.at(-1)!.cursor);
    await app.request('POST', '/v1/metrics', { body: { id: 'late-metric', unit: 'x', kind: 'other' } });
    const [live] = await waiting;
    expect(live!.type).toBe('MetricDefined');
  });
});

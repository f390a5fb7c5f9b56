import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '#test-support';
import { ensureBuilt, root } from './built-app.js';

const projectorJs = path.join(root, 'dist/apps/projector/src/main.js');

// Two projector apps with FACTLOG_PROJECTION_SLICES=2 apply the fact views together; one killed
// outright, the other takes its slice over, and reads with minPosition go on being answered.
describe('the fact views in two slices, applied by two projector apps', () => {
  let app: TestApp;
  const projectors: ChildProcess[] = [];

  beforeAll(async () => {
    ensureBuilt();
    app = await startTestApp({ runProjector: false });
  });
  afterAll(async () => {
    for (const p of projectors) p.kill('SIGKILL');
    await app?.close();
  });

  function startProjector(): ChildProcess {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('FACTLOG_'))) as Record<string, string>;
    const child = spawn(process.execPath, [projectorJs], {
      cwd: root,
      env: { ...clean, DATABASE_URL: app.database.url, FACTLOG_STANDBY_RETRY_MS: '200', FACTLOG_PROJECTION_SLICES: '2' },
      stdio: 'ignore',
    });
    projectors.push(child);
    return child;
  }

  it('reads its writes through both slices, and after one projector is killed', async () => {
    const key = app.keys.editor;
    await app.request('POST', '/v1/metrics', { key, body: { id: 'member-count', unit: 'member', kind: 'count', cumulative: false, tolerance: 0 } });
    const subjects = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta'];
    for (const id of subjects) await app.request('POST', '/v1/entities', { key, body: { id, name: id, aliases: [] } });
    const sourceId = (
      await app.request('POST', '/v1/sources', { key, body: { title: 'Report', publishedAt: '2020-01-01', kind: 'news_article', language: 'en' } })
    ).body.id as string;
    const claim = async (subject: string, amount: number) => {
      const res = await app.request('POST', '/v1/claims', {
        key,
        body: { sourceId, subject, metric: 'member-count', value: { amount }, validTime: { at: `2020-01-${String(amount).padStart(2, '0')}` } },
      });
      expect(res.status).toBe(201);
      return res.body.position as number;
    };
    const readAt = async (subject: string, position: number) => {
      for (let i = 0; i < 100; i++) {
        const res = await app.request('GET', `/v1/facts/${subject}/member-count?minPosition=${position}`, { key: app.keys.reader });
        if (res.status !== 503) return res;
      }
      throw new Error(`no answer for ${subject} at ${position}`);
    };

    const first = startProjector();
    startProjector();
    let last = 0;
    for (const [i, subject] of subjects.entries()) last = await claim(subject, i + 1);
    for (const [i, subject] of subjects.entries()) expect((await readAt(subject, last)).body).toMatchObject({ current: { value: { amount: i + 1 } } });
    const status = (await app.request('GET', '/v1/projections', { key: app.keys.reader })).body.items.find((p: { name: string }) => p.name === 'fact-views-v1');
    expect(status.slices.map((s: { consumer: string }) => s.consumer)).toEqual(['fact-views-v1#1/2', 'fact-views-v1#2/2']);

    first.kill('SIGKILL');
    for (const [i, subject] of subjects.entries()) last = await claim(subject, i + 11);
    for (const [i, subject] of subjects.entries()) {
      const res = await readAt(subject, last);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toMatchObject({ current: { value: { amount: i + 11 } } });
    }
  }, 60_000);
});

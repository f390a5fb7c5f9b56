import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '#test-support';

describe('GET /v1/export', () => {
  let app: TestApp;
  let other: TestApp | undefined;

  beforeAll(async () => {
    app = await startTestApp({ demo: true });
  });
  afterAll(async () => {
    await app?.close();
    await other?.close();
  });

  const download = (key: string | null, to = app) => fetch(`${to.url}/v1/export`, { headers: key ? { authorization: `Bearer ${key}` } : {} });

  /** Sends a file to POST /v1/imports and follows the import until it is done. */
  const importInto = async (to: TestApp, body: string, key: string) => {
    const res = await fetch(`${to.url}/v1/imports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/x-ndjson' },
      body,
    });
    expect(res.status).toBe(202);
    for (let i = 0; i < 400; i++) {
      const status = await to.request('GET', res.headers.get('location')!, { key });
      if (status.body.status !== 'running') return status.body;
      await sleep(50);
    }
    throw new Error('the import did not finish');
  };

  it('streams a header and a line per event, as an attachment a reader may download', async () => {
    const fact = await app.request('GET', `/v1/facts/global-coalition/member-count/timeline?minPosition=${app.demo!.position}`, { key: app.keys.reader });
    const claim = fact.body.claims.at(-1);
    const corrected = await app.request('POST', `/v1/claims/${claim.id}/corrections`, {
      key: app.keys.editor,
      body: { value: { amount: 85 }, reason: 'a later count' },
    });
    expect(corrected.status).toBe(200);

    const res = await download(app.keys.reader);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="factlog-export-\d{4}-\d{2}-\d{2}\.ndjson"$/);
    const lines = (await res.text())
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { record: string; [k: string]: unknown });
    expect(lines[0]).toMatchObject({ record: 'header', format: 'factlog-export', formatVersion: 1 });
    expect(new Set(lines.map((l) => l.record))).toEqual(new Set(['header', 'source', 'metric', 'entity', 'claim', 'review', 'correction']));
    expect(lines.filter((l) => l.record === 'claim')).toHaveLength(26);
    expect(lines.find((l) => l.record === 'correction')).toMatchObject({
      claimId: claim.id,
      value: { amount: 85 },
      version: claim.verdict ? 3 : 2,
      by: 'test editor',
    });
  });

  it('asks for a key', async () => {
    expect((await download(null)).status).toBe(401);
    expect((await download('fl_not-a-real-key')).status).toBe(401);
  });

  it('is read back by POST /v1/imports: into another instance whole, into its own as nothing new', async () => {
    const file = await (await download(app.keys.reader)).text();
    const lines = file.trimEnd().split('\n').length - 1;
    const again = await importInto(app, file, app.keys.admin);
    expect(again.errors).toEqual([]);
    expect(again).toMatchObject({ status: 'succeeded', recorded: 0, unchanged: lines, rejected: 0 });

    other = await startTestApp();
    // The demo's verdicts are a reviewer's to write: a reviewer's import takes the export whole.
    const done = await importInto(other, file, other.keys.reviewer);
    expect(done).toMatchObject({ status: 'succeeded', recorded: lines, rejected: 0 });
    const read = (to: TestApp, position?: number) =>
      to.request('GET', `/v1/facts/global-coalition/member-count/timeline${position ? `?minPosition=${position}` : ''}`, { key: to.keys.reader });
    const there = await read(other, done.position);
    const here = await read(app);
    expect(there.body.claims.map((c: { id: string; value: unknown }) => [c.id, c.value])).toEqual(
      here.body.claims.map((c: { id: string; value: unknown }) => [c.id, c.value]),
    );
    // And what other exports is what this one did, but for when and by whom.
    const back = (await (await download(other.keys.reader, other)).text()).trimEnd().split('\n');
    const strip = (line: string) => {
      const { at: _, by: __, exportedAt: ___, ...rest } = JSON.parse(line) as Record<string, unknown>;
      return rest;
    };
    expect(back.map(strip)).toEqual(file.trimEnd().split('\n').map(strip));
  });

  it('refuses to let an editor import a verdict', async () => {
    const reviewed = await app.request('POST', `/v1/claims/${(await app.request('GET', '/v1/claims?limit=1')).body.items[0].id}/reviews`, {
      key: app.keys.reviewer,
      body: { verdict: 'accurate' },
    });
    expect(reviewed.status).toBe(200);
    const file = await (await download(app.keys.reader)).text();
    const target = await startTestApp();
    try {
      const done = await importInto(target, file, target.keys.editor);
      const verdicts = file.split('\n').filter((line) => line.includes('"record":"review"')).length;
      expect(verdicts).toBeGreaterThan(1); // the demo's and this one
      // Each verdict is refused, and with it what the file says of its claim after it.
      expect(done.status).toBe('completed_with_errors');
      expect(done.rejected).toBeGreaterThanOrEqual(verdicts);
      expect(done.errors[0]).toMatchObject({ field: 'record', message: 'a verdict needs the reviewer role' });
    } finally {
      await target.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '#test-support';
import { coalition, metric, sources } from '../fixtures/coalition.js';

/** When a write to a claim was recorded, as its reply says. */
const recordedAt = (reply: { body: { history: ReadonlyArray<{ recordedAt: string }> } }) => reply.body.history.at(-1)!.recordedAt;

describe('what changed on a fact between two dates', () => {
  let app: TestApp;
  const fact = '/v1/facts/global-coalition/member-count';
  const read = (path: string) => app.request('GET', path, { key: app.keys.reader });
  let marks: Record<string, string>;
  let ids: Record<string, string>;
  let fresh: string;

  beforeAll(async () => {
    app = await startTestApp();
    const sourceIds: Record<string, string> = {};
    for (const [name, body] of Object.entries(sources)) sourceIds[name] = (await app.request('POST', '/v1/sources', { body })).body.id;
    await app.request('POST', '/v1/metrics', { body: metric });
    await app.request('POST', '/v1/entities', { body: coalition });
    const editor = { key: app.keys.editor };
    const reviewer = { key: app.keys.reviewer };
    const claim = (source: string, amount: number) => ({
      ...editor,
      body: { sourceId: sourceIds[source], subject: coalition.id, metric: metric.id, value: { amount }, validTime: { at: '2017-07' } },
    });
    const a = await app.request('POST', '/v1/claims', claim('washington2017', 71));
    const corrected = await app.request('POST', `/v1/claims/${a.body.id}/corrections`, { ...editor, body: { value: { amount: 72 }, reason: 'misread' } });
    const b = await app.request('POST', '/v1/claims', claim('national2022', 60));
    const retracted = await app.request('POST', `/v1/claims/${b.body.id}/retraction`, { ...editor, body: { reason: 'wrong article' } });
    const restored = await app.request('POST', `/v1/claims/${b.body.id}/restoration`, { ...editor, body: { reason: 'right article after all' } });
    const reviewed = await app.request('POST', `/v1/claims/${a.body.id}/reviews`, { ...reviewer, body: { verdict: 'accurate' } });
    const ranked = await app.request('POST', `/v1/claims/${a.body.id}/rank`, { ...reviewer, body: { rank: 'preferred', reason: 'the official count' } });
    const open = await read(`/v1/contradictions?status=open&minPosition=${ranked.body.position}`);
    expect(open.body.items).toHaveLength(1);
    const resolved = await app.request('POST', `/v1/contradictions/${open.body.items[0].id}/resolution`, {
      ...reviewer,
      body: { preferred: [a.body.id], reason: 'the State Department counted 72' },
    });
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(201);
    fresh = `minPosition=${resolved.body.position}`;
    ids = { a: a.body.id, b: b.body.id, contradiction: open.body.items[0].id };
    const events = (await read(`/v1/claims/${a.body.id}`)).body.history as Array<{ recordedAt: string }>;
    marks = {
      recorded: recordedAt(a),
      corrected: recordedAt(corrected),
      addedB: recordedAt(b),
      retracted: recordedAt(retracted),
      restored: recordedAt(restored),
      reviewed: recordedAt(reviewed),
      ranked: recordedAt(ranked),
      last: new Date(Date.now() + 1000).toISOString(),
    };
    expect(events).toHaveLength(4);
    // Every write has a millisecond of its own, so the windows below are exact.
    expect(new Set(Object.values(marks)).size).toBe(Object.keys(marks).length);
  });
  afterAll(() => app?.close());

  it('lists each kind of change in between, with who and when, and the value at each end', async () => {
    const res = await read(`${fact}/changes?${fresh}&from=${marks.recorded}&to=${marks.last}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.changes.map((c: { kind: string }) => c.kind)).toEqual(['corrected', 'added', 'retracted', 'restored', 'reviewed', 'ranked', 'resolved']);
    const [corrected, added, retracted, restored, reviewed, ranked, resolved] = res.body.changes;
    expect(corrected).toMatchObject({
      claimId: ids.a,
      by: 'test editor',
      at: marks.corrected,
      value: { amount: 72 },
      previous: { value: { amount: 71 }, validTime: { at: '2017-07' } },
      reason: 'misread',
    });
    expect(added).toMatchObject({ claimId: ids.b, by: 'test editor', value: { amount: 60 }, validTime: { at: '2017-07' } });
    expect(retracted).toMatchObject({ claimId: ids.b, reason: 'wrong article', at: marks.retracted });
    expect(restored).toMatchObject({ claimId: ids.b, reason: 'right article after all' });
    expect(reviewed).toMatchObject({ claimId: ids.a, by: 'test reviewer', verdict: 'accurate' });
    expect(ranked).toMatchObject({ claimId: ids.a, by: 'test reviewer', rank: 'preferred', previousRank: 'normal', reason: 'the official count' });
    expect(resolved).toMatchObject({ contradictionId: ids.contradiction, by: 'test reviewer', preferred: [ids.a], reason: 'the State Department counted 72' });
    expect(new Set(resolved.claimIds)).toEqual(new Set([ids.a, ids.b]));
    // The value as known at each end: 71 alone at first, 72 (preferred) at the end.
    expect(res.body.from).toMatchObject({ at: marks.recorded, value: { value: { amount: 71 } }, claimCount: 1 });
    expect(res.body.to).toMatchObject({ value: { value: { amount: 72 }, basis: 'preferred' }, claimCount: 2 });
    expect(res.body).toMatchObject({ subject: 'global-coalition', metric: 'member-count', unit: 'member' });
  });

  it('leaves out what was recorded at or before from, and after to', async () => {
    const res = await read(`${fact}/changes?${fresh}&from=${marks.corrected}&to=${marks.retracted}`);
    expect(res.body.changes.map((c: { kind: string }) => c.kind)).toEqual(['added', 'retracted']);
    expect(res.body.from.value.value.amount).toBe(72);
    expect(res.body.to.claimCount).toBe(1);
    const none = await read(`${fact}/changes?${fresh}&from=${marks.ranked}&to=${marks.ranked}`);
    expect(none.body.changes).toEqual([]);
  });

  it('covers the last 30 days when no dates are given, and starts before the first claim with no value', async () => {
    const res = await read(`${fact}/changes?${fresh}`);
    expect(res.status).toBe(200);
    expect(res.body.changes[0]).toMatchObject({ kind: 'added', claimId: ids.a, value: { amount: 71 } });
    expect(res.body.changes).toHaveLength(8);
    expect(res.body.from.value).toBeNull();
    expect(res.body.from.claimCount).toBe(0);
    expect(Date.parse(res.body.to.at) - Date.parse(res.body.from.at)).toBe(30 * 86_400_000);
  });

  it('answers bad dates with 400 problem+json naming the parameter, and an unknown fact with 404', async () => {
    for (const [query, field] of [
      ['from=yesterday', 'from'],
      ['to=2026-13-45T00:00:00Z', 'to'],
      ['from=2026-01-02', 'from'],
      [`from=${marks.last}&to=${marks.recorded}`, 'from'],
    ] as const) {
      const res = await read(`${fact}/changes?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const missing = await read('/v1/facts/global-coalition/no-such-metric/changes');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordCoalition, startTestApp, type TestApp } from '#test-support';

/** The cases of issue 14, "A headline that can be trusted", on the coalition figures. */
describe('a headline that can be trusted', () => {
  let app: TestApp;
  let ids: Awaited<ReturnType<typeof recordCoalition>>;
  const read = (path: string) => app.request('GET', path, { key: app.keys.reader });

  beforeAll(async () => {
    app = await startTestApp();
    ids = await recordCoalition(app);
  });
  afterAll(() => app?.close());

  it('an open dispute only in 2015 is history: contradicted and disputed_history, the current value not contested', async () => {
    const res = await read(`/v1/facts/global-coalition/member-count?minPosition=${ids.position}`);
    expect(res.body.flags).toEqual(expect.arrayContaining(['contradicted', 'disputed_history']));
    expect(res.body.flags).not.toContain('contested');
    expect(res.body.current).not.toHaveProperty('contested');
    const listed = await read('/v1/facts?flag=disputed_history');
    expect(listed.body.items.map((f: { metric: string }) => f.metric)).toEqual(['member-count']);
  });

  it('stale comes from the interval the metric declares; a metric that declares none is never stale', async () => {
    // The coalition metrics declare no interval: 2022 is long ago, and none of them is stale.
    expect((await read('/v1/facts/global-coalition/member-count')).body.flags).not.toContain('stale');
    expect((await read('/v1/facts?flag=stale')).body.items).toEqual([]);

    const defined = await app.request('POST', '/v1/metrics', {
      key: app.keys.editor,
      body: { id: 'partner-count', unit: 'member', kind: 'count', updateIntervalDays: 365 },
    });
    expect(defined.status, JSON.stringify(defined.body)).toBe(201);
    expect(defined.body).toMatchObject({ updateIntervalDays: 365 });
    // The same definition again is no news; another interval is another definition.
    const again = await app.request('POST', '/v1/metrics', {
      key: app.keys.editor,
      body: { id: 'partner-count', unit: 'member', kind: 'count', updateIntervalDays: 365 },
    });
    expect(again.status).toBe(200);
    const other = await app.request('POST', '/v1/metrics', {
      key: app.keys.editor,
      body: { id: 'partner-count', unit: 'member', kind: 'count', updateIntervalDays: 30 },
    });
    expect(other.status).toBe(409);
    const bad = await app.request('POST', '/v1/metrics', { key: app.keys.editor, body: { id: 'x-count', unit: 'x', kind: 'count', updateIntervalDays: 0 } });
    expect(bad.status).toBe(400);

    const recent = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    for (const [metric, at] of [
      ['partner-count', '2022-05-11'],
      ['member-count', recent],
    ] as const) {
      const res = await app.request('POST', '/v1/claims', {
        key: app.keys.editor,
        body: { sourceId: ids.sourceIds.national2022, subject: 'global-coalition', metric, value: { amount: 84 }, validTime: { at } },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      ids.position = res.body.position;
    }
    const partners = await read(`/v1/facts/global-coalition/partner-count?minPosition=${ids.position}`);
    expect(partners.body.flags).toContain('stale');
    const stale = await read('/v1/facts?flag=stale');
    expect(stale.body.items.map((f: { metric: string }) => f.metric)).toEqual(['partner-count']);
  });

  it('a 1-to-1 tie is no corroboration: the value is contested, with the competing value, and 84 against 85 members is material', async () => {
    const source = await app.request('POST', '/v1/sources', {
      key: app.keys.editor,
      body: { title: 'Coalition meets in Marrakech', publisher: 'Wire', publishedAt: '2022-05-12', kind: 'news_article', language: 'en' },
    });
    const res = await app.request('POST', '/v1/claims', {
      key: app.keys.editor,
      body: { sourceId: source.body.id, subject: 'global-coalition', metric: 'member-count', value: { amount: 85 }, validTime: { at: '2022-05-11' } },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    // The claim for a recent day recorded above is the current value now: retract it.
    const timeline = await read(`/v1/facts/global-coalition/member-count/timeline?minPosition=${res.body.position}`);
    const recent = timeline.body.claims.find((c: { validTime: { at?: string } }) => c.validTime.at! > '2023');
    const retracted = await app.request('POST', `/v1/claims/${recent.id}/retraction`, { key: app.keys.editor, body: { reason: 'a test figure' } });

    const fact = await read(`/v1/facts/global-coalition/member-count?minPosition=${retracted.body.position}`);
    expect(fact.body.current).toMatchObject({
      value: { amount: 85 },
      claimIds: [res.body.id],
      basis: 'tie',
      contested: true,
      competing: [{ value: { amount: 84 }, claimIds: [ids.claimIds.eightyFour] }],
    });
    expect(fact.body.flags).toEqual(expect.arrayContaining(['contradicted', 'contested', 'disputed_history']));
    const c = fact.body.contradictions.find((x: { claimIds: string[] }) => x.claimIds.includes(res.body.id));
    expect(c).toMatchObject({ severity: 'medium', status: 'open' });
    expect(c.gap).toBeCloseTo(1 / 85);
    expect((await read('/v1/contradictions?status=open&metric=member-count')).body.items.map((x: { severity: string }) => x.severity)).toEqual([
      'medium',
      'low',
    ]);
  });

  it('a verdict judges one version: after a correction it is out of date in the claim, the timeline, the headline and the ClaimReview', async () => {
    const id = ids.claimIds.all60!;
    const reviewed = await app.request('POST', `/v1/claims/${id}/reviews`, { key: app.keys.reviewer, body: { verdict: 'accurate' } });
    expect(reviewed.body).toMatchObject({ verdict: 'accurate' });
    expect(reviewed.body).not.toHaveProperty('verdictOutdated');
    const before = (await read(`/v1/claims/${id}/claim-review`)).body;
    expect(before).not.toHaveProperty('expires');
    expect(before.claimReviewed).toBe('all\u00a060');
    // Kerry is quoted: he made the claim, not the paper that printed it.
    expect(before.itemReviewed.author).toEqual({ '@type': 'Person', name: 'John Kerry' });

    const corrected = await app.request('POST', `/v1/claims/${id}/corrections`, {
      key: app.keys.editor,
      body: { value: { amount: 62, qualifier: 'exact' }, reason: 'misread' },
    });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
    expect(corrected.body).toMatchObject({ verdict: 'accurate', verdictOutdated: true });
    const claimed = (await read(`/v1/claims/${id}`)).body;
    expect(claimed).toMatchObject({ verdict: 'accurate', verdictOutdated: true });

    const timeline = await read(`/v1/facts/global-coalition/member-count/timeline?minPosition=${corrected.body.position}`);
    expect(timeline.body.claims.find((c: { id: string }) => c.id === id)).toMatchObject({ verdict: 'accurate', verdictOutdated: true });

    const review = (await read(`/v1/claims/${id}/claim-review`)).body;
    expect(review.expires).toBe(corrected.body.history.at(-1).recordedAt);
    expect(review.reviewRating.alternateName).toBe('accurate');

    // A new verdict judges the corrected version.
    const again = await app.request('POST', `/v1/claims/${id}/reviews`, { key: app.keys.reviewer, body: { verdict: 'inaccurate' } });
    expect(again.body).not.toHaveProperty('verdictOutdated');
    expect((await read(`/v1/claims/${id}/claim-review`)).body).not.toHaveProperty('expires');
  });

  it('unreviewed: no claim behind the current value has a verdict on its present version', async () => {
    const fact = (await read('/v1/facts/global-coalition/member-count')).body;
    expect(fact.flags).toContain('unreviewed');
    const chosen = fact.current.claimIds[0];
    const reviewed = await app.request('POST', `/v1/claims/${chosen}/reviews`, { key: app.keys.reviewer, body: { verdict: 'accurate' } });
    const after = await read(`/v1/facts/global-coalition/member-count?minPosition=${reviewed.body.position}`);
    expect(after.body.flags).not.toContain('unreviewed');
    const corrected = await app.request('POST', `/v1/claims/${chosen}/corrections`, {
      key: app.keys.editor,
      body: { validTime: { at: '2022-05-10' }, reason: 'the day before' },
    });
    const outdated = await read(`/v1/facts/global-coalition/member-count?minPosition=${corrected.body.position}`);
    expect(outdated.body.flags).toContain('unreviewed');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '#test-support';
import { coalition, membershipClaims, metric, type SourceKey, sources } from '../fixtures/coalition.js';

describe('recording the coalition membership figures over HTTP', () => {
  let app: TestApp;
  const sourceIds = {} as Record<SourceKey, string>;
  const claimIds = {} as Record<(typeof membershipClaims)[number]['key'], string>;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('registers the sources, the metric and the entity with its aliases', async () => {
    for (const [key, source] of Object.entries(sources) as Array<[SourceKey, (typeof sources)[SourceKey]]>) {
      const res = await app.request('POST', '/v1/sources', { key: app.keys.editor, body: source });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.headers.get('etag')).toBe('"1"');
      expect(res.body).toMatchObject({ title: source.title, publishedAt: source.publishedAt, version: 1 });
      sourceIds[key] = res.body.id;
    }
    expect((await app.request('GET', `/v1/sources/${sourceIds.washington2017}`, { key: app.keys.reader })).body).toMatchObject({
      publishedAtPrecision: 'month',
    });

    const m = await app.request('POST', '/v1/metrics', { key: app.keys.editor, body: metric });
    expect(m.status).toBe(201);
    const e = await app.request('POST', '/v1/entities', { key: app.keys.editor, body: coalition });
    expect(e.status).toBe(201);
    expect(e.body.aliases).toEqual(coalition.aliases);
    const alias = await app.request('POST', `/v1/entities/${coalition.id}/aliases`, { key: app.keys.editor, body: { alias: 'Coalition' } });
    expect(alias.body.aliases).toContain('Coalition');
  });

  it('records each figure under whichever name the article uses, with provenance', async () => {
    for (const claim of membershipClaims) {
      const { key, source, ...body } = claim;
      const res = await app.request('POST', '/v1/claims', {
        key: app.keys.editor,
        body: { ...body, sourceId: sourceIds[source], metric: metric.id },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body).toMatchObject({
        subject: coalition.id,
        value: { ...claim.value, unit: 'member' },
        validTime: claim.validTime,
        quote: claim.quote,
        status: 'active',
        rank: 'normal',
        source: { id: sourceIds[source], title: sources[source].title },
        recordedBy: 'test editor',
        version: 1,
      });
      expect(res.body.position).toBeGreaterThan(0);
      expect(res.headers.get('location')).toBe(`/v1/claims/${res.body.id}`);
      claimIds[key] = res.body.id;
    }
    expect(new Set(Object.values(claimIds)).size).toBe(4);
  });

  it('corrects one, retracts one and reviews one, each an event of its own', async () => {
    const corrected = await app.request('POST', `/v1/claims/${claimIds.seventyTwo}/corrections`, {
      key: app.keys.editor,
      headers: { 'if-match': '"1"' },
      body: { validTime: { at: '2017-07-13' }, reason: 'the meeting week, not the whole month' },
    });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
    expect(corrected.body).toMatchObject({ validTime: { at: '2017-07-13' }, version: 2 });
    expect(corrected.headers.get('etag')).toBe('"2"');

    const retracted = await app.request('POST', `/v1/claims/${claimIds.over60}/retraction`, {
      key: app.keys.editor,
      body: { reason: 'restated as all 60 later in the same briefing' },
    });
    expect(retracted.body).toMatchObject({ status: 'retracted', version: 2 });

    const reviewed = await app.request('POST', `/v1/claims/${claimIds.eightyFour}/reviews`, {
      key: app.keys.reviewer,
      body: { verdict: 'accurate', note: 'matches the coalition website on that date' },
    });
    expect(reviewed.body).toMatchObject({ verdict: 'accurate', version: 2 });

    const ranked = await app.request('POST', `/v1/claims/${claimIds.all60}/rank`, {
      key: app.keys.reviewer,
      body: { rank: 'preferred', reason: 'exact figure from the Secretary of State' },
    });
    expect(ranked.body).toMatchObject({ rank: 'preferred', version: 2 });
  });

  it('reads every claim back with its full event history: who, when, what', async () => {
    const expected = {
      over60: ['ClaimRecorded', 'ClaimRetracted'],
      all60: ['ClaimRecorded', 'ClaimRanked'],
      seventyTwo: ['ClaimRecorded', 'ClaimCorrected'],
      eightyFour: ['ClaimRecorded', 'ClaimReviewed'],
    };
    for (const [key, types] of Object.entries(expected) as Array<[keyof typeof claimIds, string[]]>) {
      const res = await app.request('GET', `/v1/claims/${claimIds[key]}`, { key: app.keys.reader });
      expect(res.status).toBe(200);
      expect(res.body.history.map((h: { type: string }) => h.type)).toEqual(types);
      for (const entry of res.body.history) {
        expect(entry.actor).toMatch(/^test (editor|reviewer)$/);
        expect(entry.requestId).toMatch(/^[0-9a-f-]{36}$/);
        expect(Date.parse(entry.recordedAt)).not.toBeNaN();
      }
    }
    const corrected = await app.request('GET', `/v1/claims/${claimIds.seventyTwo}`, { key: app.keys.reader });
    expect(corrected.body.history[1].data).toMatchObject({
      validTime: { at: '2017-07-13' },
      previous: { validTime: { at: '2017-07' }, value: { amount: 72 } },
      reason: 'the meeting week, not the whole month',
    });
  });

  it('treats recording the same claim again as the same claim', async () => {
    const { key: _, source, ...body } = membershipClaims[3];
    const again = await app.request('POST', '/v1/claims', { key: app.keys.editor, body: { ...body, sourceId: sourceIds[source], metric: metric.id } });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(claimIds.eightyFour);
    expect(again.body.history).toHaveLength(2);
  });

  it('answers each write with the claim exactly as a read of it gives', async () => {
    const { key: _, source, ...body } = membershipClaims[3];
    const read = async (id: string) => (await app.request('GET', `/v1/claims/${id}`, { key: app.keys.reader })).body;
    const recorded = await app.request('POST', '/v1/claims', {
      key: app.keys.editor,
      body: { ...body, sourceId: sourceIds[source], metric: metric.id, validTime: { at: '2022-05-12' }, attribution: 'a spokesperson' },
    });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toEqual(await read(recorded.body.id));
    const corrected = await app.request('POST', `/v1/claims/${recorded.body.id}/corrections`, {
      key: app.keys.editor,
      body: { value: { amount: 85, qualifier: 'exact' }, reason: 'the figure as printed the next day' },
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body.history).toHaveLength(2);
    expect(corrected.body).toEqual(await read(recorded.body.id));
  });

  it('checks a quote against the source text when the source has one', async () => {
    const text = 'Officials said the coalition now has 86 members, up from 84.';
    const src = await app.request('POST', '/v1/sources', {
      key: app.keys.editor,
      body: { title: 'A statement with its text', publishedAt: '2023-03', kind: 'official_statement', language: 'en', text },
    });
    const start = text.indexOf('86 members');
    const claim = (quote: object) => ({
      sourceId: src.body.id,
      subject: 'global-coalition',
      metric: metric.id,
      value: { amount: 86 },
      validTime: { at: '2023-03' },
      quote,
    });
    const before = await app.countEvents();
    const wrong = await app.request('POST', '/v1/claims', { key: app.keys.editor, body: claim({ text: '86 members', start: start + 1, end: start + 11 }) });
    expect(wrong.status).toBe(422);
    expect(wrong.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(wrong.body.errors).toEqual([expect.objectContaining({ field: 'quote.text' })]);
    expect(await app.countEvents()).toBe(before);

    const right = await app.request('POST', '/v1/claims', { key: app.keys.editor, body: claim({ text: '86 members', start, end: start + 10 }) });
    expect(right.status).toBe(201);
  });

  it('checks a quote against text given to a source after claims were recorded from it', async () => {
    const src = await app.request('POST', '/v1/sources', {
      key: app.keys.editor,
      body: { title: 'A statement, its text to follow', publishedAt: '2023-04', kind: 'official_statement', language: 'en' },
    });
    const claim = (amount: number, at: string, quote?: object) => ({
      sourceId: src.body.id,
      subject: 'global-coalition',
      metric: metric.id,
      value: { amount },
      validTime: { at },
      ...(quote ? { quote } : {}),
    });
    // Recorded while the source has no text: the API now knows the source as it was then.
    expect((await app.request('POST', '/v1/claims', { key: app.keys.editor, body: claim(87, '2023-04-01') })).status).toBe(201);
    const text = 'The coalition has 88 members.';
    expect((await app.request('PATCH', `/v1/sources/${src.body.id}`, { key: app.keys.editor, body: { text } })).status).toBe(200);
    const start = text.indexOf('88 members');
    const wrong = await app.request('POST', '/v1/claims', {
      key: app.keys.editor,
      body: claim(88, '2023-04-02', { text: '88 members', start: start + 2, end: start + 12 }),
    });
    expect(wrong.status, JSON.stringify(wrong.body)).toBe(422);
    const right = await app.request('POST', '/v1/claims', {
      key: app.keys.editor,
      body: claim(88, '2023-04-02', { text: '88 members', start, end: start + 10 }),
    });
    expect(right.status, JSON.stringify(right.body)).toBe(201);
    expect(right.body.source).toMatchObject({ id: src.body.id });
  });
});

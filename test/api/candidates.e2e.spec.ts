import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '#test-support';

// A news article as a newsroom pastes it: a headline, a blank line, the body.
const ARTICLE = [
  'Coalition partners pledge $600m for stabilisation',
  '',
  'Partners of the Global Coalition have pledged more than $600 million (£450m) towards stabilisation in Iraq and Syria, ' +
    'officials said on 27 August 2021. The G7 backed the plan in 2019.',
  'Representatives of 84 members met in Rome, where about 40 countries sent ministers. Funding for the programme fell 12% ' +
    'to $1.2bn in 2020, while between 30 and 40% of the territory once held by the group has been cleared.',
  'Thousands of families have returned within three months, and almost two-thirds of the 2,234 people questioned said ' +
    'they felt safer. The national side won 3-1 in the final on Sunday.',
].join('\n');

describe('GET /v1/sources/:id/candidates', () => {
  let app: TestApp;
  let sourceId: string;
  const candidates = (id: string, query = '') => app.request('GET', `/v1/sources/${id}/candidates${query}`, { key: app.keys.reader });

  beforeAll(async () => {
    app = await startTestApp();
    const res = await app.request('POST', '/v1/sources', {
      key: app.keys.editor,
      body: {
        title: 'Coalition partners pledge $600m',
        publisher: 'Newsroom24',
        publishedAt: '2021-08-27',
        kind: 'news_article',
        language: 'en',
        text: ARTICLE,
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    sourceId = res.body.id;
  });
  afterAll(() => app?.close());

  it("answers every figure in the text, in text order, each quote exactly the text's words", async () => {
    const res = await candidates(sourceId);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const items: any[] = res.body.items;
    for (const item of items) expect(ARTICLE.slice(item.quote.start, item.quote.end)).toBe(item.quote.text);
    expect(items.map((i) => i.quote.start)).toEqual([...items.map((i) => i.quote.start)].sort((a, b) => a - b));
    expect(items.map((i) => [i.quote.text, i.kind, i.value])).toEqual([
      ['$600m', 'money', { amount: 600_000_000, qualifier: 'exact', unit: 'USD' }],
      ['more than $600 million', 'money', { amount: 600_000_000, lowerBound: 600_000_000, qualifier: 'more_than', unit: 'USD' }],
      // The conversion in brackets is a figure of its own, qualified as the one it converts.
      ['£450m', 'money', { amount: 450_000_000, lowerBound: 450_000_000, qualifier: 'more_than', unit: 'GBP' }],
      ['84', 'count', { amount: 84, qualifier: 'exact', unit: 'members' }],
      ['about 40', 'count', { amount: 40, qualifier: 'approx', unit: 'countries' }],
      // A change, not a range: two figures.
      ['12%', 'percent', { amount: 12, qualifier: 'exact', unit: 'percent' }],
      ['$1.2bn', 'money', { amount: 1_200_000_000, qualifier: 'exact', unit: 'USD' }],
      ['between 30 and 40%', 'percent', { lowerBound: 30, upperBound: 40, qualifier: 'range', unit: 'percent' }],
      ['Thousands', 'count', { lowerBound: 2_000, upperBound: 999_999, qualifier: 'vague', unit: 'families' }],
      ['within three months', 'duration', { amount: 3, upperBound: 3, qualifier: 'at_most', unit: 'months' }],
      ['almost two-thirds', 'ratio', { amount: 0.666666666667, qualifier: 'approx', unit: 'fraction' }],
      ['2,234', 'count', { amount: 2234, qualifier: 'exact', unit: 'people' }],
    ]);
    // The sentence's date becomes the suggested valid time; the name before the figure a hint of its subject.
    expect(items[1]).toMatchObject({ validTime: { at: '2021-08-27' }, subjectHint: 'Global Coalition' });
    expect(items[6]).toMatchObject({ validTime: { at: '2020' } });
    expect(items.some((i) => 'recordedAs' in i)).toBe(false);
  });

  it('marks a figure once a claim quotes it, so that it is not offered again', async () => {
    const { body: before } = await candidates(sourceId);
    const pledge = before.items.find((i: any) => i.quote.text === 'more than $600 million');
    expect((await app.request('POST', '/v1/metrics', { key: app.keys.editor, body: { id: 'stabilization-pledges', unit: 'USD', kind: 'money' } })).status).toBe(
      201,
    );
    const claim = await app.request('POST', '/v1/claims', {
      key: app.keys.editor,
      body: {
        sourceId,
        subject: pledge.subjectHint,
        createEntity: true,
        metric: 'stabilization-pledges',
        value: pledge.value,
        validTime: pledge.validTime,
        quote: pledge.quote,
      },
    });
    expect(claim.status, JSON.stringify(claim.body)).toBe(201);

    const res = await candidates(sourceId, `?minPosition=${claim.body.position}`);
    expect(res.status).toBe(200);
    const recorded = res.body.items.filter((i: any) => i.recordedAs);
    expect(recorded).toEqual([{ ...pledge, recordedAs: claim.body.id }]);
    expect(res.body.items).toHaveLength(before.items.length);

    // Retracted, the words are free again.
    const retracted = await app.request('POST', `/v1/claims/${claim.body.id}/retraction`, {
      key: app.keys.editor,
      headers: { 'if-match': '"1"' },
      body: { reason: 'recorded against the wrong metric' },
    });
    expect(retracted.status, JSON.stringify(retracted.body)).toBe(200);
    const after = await candidates(sourceId, `?minPosition=${retracted.body.position}`);
    expect(after.body.items.filter((i: any) => i.recordedAs)).toEqual([]);
  });

  it('answers no items for a source without text, and 404 for one that does not exist', async () => {
    const bare = await app.request('POST', '/v1/sources', {
      key: app.keys.editor,
      body: { title: 'Coalition members (table)', publishedAt: '2021', kind: 'statistical_release' },
    });
    expect((await candidates(bare.body.id)).body).toEqual({ items: [] });
    const missing = await candidates('no-such-source');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
  });

  it('refuses a request without a key, and a query parameter it does not take', async () => {
    expect((await app.request('GET', `/v1/sources/${sourceId}/candidates`, { key: null })).status).toBe(401);
    const odd = await candidates(sourceId, '?limit=5');
    expect(odd.status).toBe(400);
    expect(odd.body.errors).toEqual([expect.objectContaining({ field: 'limit' })]);
  });
});

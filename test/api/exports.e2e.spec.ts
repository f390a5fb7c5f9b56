import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordCoalition, startTestApp, type TestApp } from '#test-support';

const COLUMNS = [
  'claim_id',
  'valid_time',
  'amount',
  'lower_bound',
  'upper_bound',
  'qualifier',
  'unit',
  'source_title',
  'publisher',
  'url',
  'published_at',
  'quote',
  'attribution',
  'rank',
  'status',
  'verdict',
];

/** The CSV as the rows a spreadsheet would show, header first. */
const rowsOf = (csv: string): string[][] => parse(csv, { bom: true });

describe('exports over HTTP', () => {
  let app: TestApp;
  let ids: Record<string, string>;
  let position: number;
  let sourcedClaim: string;

  const get = (path: string) => app.request('GET', path, { key: app.keys.reader });
  /** The export and the JSON timeline it renders, with the same parameters. */
  const both = async (query = '') => {
    const csv = await get(`/v1/facts/global-coalition/member-count/timeline.csv?minPosition=${position}${query}`);
    const json = await get(`/v1/facts/global-coalition/member-count/timeline?minPosition=${position}${query}`);
    expect(csv.status, String(csv.body)).toBe(200);
    return { csv, json: json.body, rows: rowsOf(csv.body as string) };
  };

  beforeAll(async () => {
    app = await startTestApp();
    const recorded = await recordCoalition(app);
    ids = recorded.claimIds;
    // A source with a url, and text a spreadsheet must not run: commas, quotes, a formula.
    const source = await app.request('POST', '/v1/sources', {
      key: app.keys.editor,
      body: {
        title: 'Coalition "fact sheet", 2023',
        publisher: 'Coalition, Office',
        url: 'https://coalition.example/facts',
        publishedAt: '2023-03-01',
        kind: 'official_statement',
        language: 'en',
      },
    });
    const claim = await app.request('POST', '/v1/claims', {
      key: app.keys.editor,
      body: {
        sourceId: source.body.id,
        subject: 'global-coalition',
        metric: 'member-count',
        value: { lowerBound: 80, upperBound: 86, qualifier: 'range' },
        validTime: { from: '2023-01', to: '2023-03' },
        quote: { text: 'between 80 and 86 "partners",\nall told', start: 10, end: 48 },
        attribution: '=HYPERLINK("https://evil.example")',
      },
    });
    expect(claim.status, JSON.stringify(claim.body)).toBe(201);
    sourcedClaim = claim.body.id;
    position = claim.body.position;
  });
  afterAll(() => app?.close());

  it('documents both exports in OpenAPI for readers, with their media types', async () => {
    const { paths } = (await app.request('GET', '/v1/openapi.json', { key: null })).body;
    const csv = paths['/v1/facts/{subject}/{metric}/timeline.csv'].get;
    const review = paths['/v1/claims/{id}/claim-review'].get;
    expect([csv['x-required-role'], review['x-required-role']]).toEqual(['reader', 'reader']);
    expect(Object.keys(csv.responses['200'].content)).toEqual(['text/csv']);
    expect(Object.keys(review.responses['200'].content)).toEqual(['application/ld+json']);
  });

  it('answers the timeline as CSV: a header, then one row per timeline claim with the same values', async () => {
    const { csv, json, rows } = await both();
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="global-coalition-member-count-timeline.csv"');
    expect(rows[0]).toEqual(COLUMNS);
    const body = rows.slice(1).map((r) => Object.fromEntries(COLUMNS.map((c, i) => [c, r[i]])));
    expect(body).toHaveLength(json.claims.length);
    expect(body.length).toBe(5);
    const text = (v: unknown) => (v === undefined ? '' : `${v as string}`);
    body.forEach((row, i) => {
      const c = json.claims[i];
      expect(row).toEqual({
        claim_id: c.id,
        valid_time: 'at' in c.validTime ? c.validTime.at : `${c.validTime.from}/${c.validTime.to}`,
        amount: text(c.value.amount),
        lower_bound: text(c.value.lowerBound),
        upper_bound: text(c.value.upperBound),
        qualifier: c.value.qualifier,
        unit: c.value.unit,
        source_title: c.source.title,
        publisher: text(c.source.publisher),
        url: text(c.source.url),
        published_at: c.source.publishedAt,
        quote: text(c.quote?.text),
        attribution: c.id === sourcedClaim ? `'${c.attribution}` : text(c.attribution),
        rank: c.rank,
        status: c.status,
        verdict: text(c.verdict),
      });
    });
  });

  it('keeps commas, quotes and line breaks inside their cells, and disarms a formula', async () => {
    const { rows } = await both();
    const row = rows.find((r) => r[0] === sourcedClaim)!;
    expect(row.slice(1, 13)).toEqual([
      '2023-01/2023-03',
      '',
      '80',
      '86',
      'range',
      'member',
      'Coalition "fact sheet", 2023',
      'Coalition, Office',
      'https://coalition.example/facts',
      '2023-03-01',
      'between 80 and 86 "partners",\nall told',
      `'=HYPERLINK("https://evil.example")`,
    ]);
  });

  it("takes the JSON timeline's parameters: include, knownAt, publishedBefore", async () => {
    const before = new Date().toISOString();
    const retracted = await app.request('POST', `/v1/claims/${ids.over60}/retraction`, { key: app.keys.editor, body: { reason: 'restated as all 60' } });
    const corrected = await app.request('POST', `/v1/claims/${ids.seventyTwo}/corrections`, {
      key: app.keys.editor,
      body: { value: { amount: 73, qualifier: 'exact' }, reason: 'a test correction' },
    });
    position = corrected.body.position;
    expect(retracted.status).toBe(200);

    const now = await both();
    expect(now.rows.slice(1).map((r) => r[0])).not.toContain(ids.over60);
    expect(now.rows.find((r) => r[0] === ids.seventyTwo)![2]).toBe('73');

    const all = await both('&include=all');
    expect(all.rows.find((r) => r[0] === ids.over60)![14]).toBe('retracted');
    expect(all.rows.length - 1).toBe(all.json.claims.length);

    const then = await both(`&knownAt=${encodeURIComponent(before)}`);
    expect(then.rows.slice(1).map((r) => r[0])).toEqual(then.json.claims.map((c: { id: string }) => c.id));
    expect(then.rows.slice(1).map((r) => r[0])).toContain(ids.over60);
    expect(then.rows.find((r) => r[0] === ids.seventyTwo)![2]).toBe('72');

    const early = await both('&publishedBefore=2016');
    expect(early.rows.slice(1).map((r) => r[0])).toEqual([ids.all60]);
  });

  it('answers 404 problem+json for a fact that does not exist, and 400 for a bad parameter', async () => {
    const missing = await get('/v1/facts/global-coalition/no-such-metric/timeline.csv');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
    const bad = await get('/v1/facts/global-coalition/member-count/timeline.csv?knownAt=yesterday');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('knownAt');
  });

  it("answers a claim's verdict as a schema.org ClaimReview, and 409 before there is one", async () => {
    const id = ids.eightyFour!;
    const early = await get(`/v1/claims/${id}/claim-review`);
    expect(early.status).toBe(409);
    expect(early.headers.get('content-type')).toContain('application/problem+json');
    expect((await get('/v1/claims/00000000-0000-4000-8000-000000000000/claim-review')).status).toBe(404);
    expect((await get('/v1/claims/not-a-claim/claim-review')).status).toBe(404);

    const reviewed = await app.request('POST', `/v1/claims/${id}/reviews`, {
      key: app.keys.reviewer,
      body: { verdict: 'accurate', note: 'matches the coalition website' },
    });
    const reviewedAt = reviewed.body.history.at(-1).recordedAt;
    const res = await get(`/v1/claims/${id}/claim-review`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    expect(res.body).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `${app.url}/#/facts/global-coalition/member-count`,
      claimReviewed: '84 states and international organisations',
      datePublished: reviewedAt,
      author: { '@type': 'Person', name: 'test reviewer' },
      reviewRating: { '@type': 'Rating', alternateName: 'accurate', ratingExplanation: 'matches the coalition website' },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Organization', name: 'The National' },
        datePublished: '2022-05-11',
        appearance: {
          '@type': 'CreativeWork',
          headline: "Anti-ISIS coalition meets on countering extremist group's revival",
          datePublished: '2022-05-11',
          publisher: { '@type': 'Organization', name: 'The National' },
        },
      },
    });

    // A later verdict replaces the earlier one, with its own reviewer and date.
    const revised = await app.request('POST', `/v1/claims/${id}/reviews`, { body: { verdict: 'outdated' } });
    const again = (await get(`/v1/claims/${id}/claim-review`)).body;
    expect(again).toMatchObject({ datePublished: revised.body.history.at(-1).recordedAt, reviewRating: { alternateName: 'outdated' } });
    expect(again.author).toEqual({ '@type': 'Person', name: 'admin (FACTLOG_ADMIN_KEY)' });
    expect(again.reviewRating).not.toHaveProperty('ratingExplanation');
  });

  it('renders the value when a reviewed claim quotes nothing', async () => {
    const source = await app.request('POST', '/v1/sources', {
      key: app.keys.editor,
      body: { title: 'Members list', publishedAt: '2024', kind: 'statistical_release', language: 'en' },
    });
    const claim = await app.request('POST', '/v1/claims', {
      key: app.keys.editor,
      body: {
        sourceId: source.body.id,
        subject: 'global-coalition',
        metric: 'member-count',
        value: { amount: 86, qualifier: 'at_least' },
        validTime: { at: '2024' },
      },
    });
    await app.request('POST', `/v1/claims/${claim.body.id}/reviews`, { key: app.keys.reviewer, body: { verdict: 'unsupported' } });
    const res = await get(`/v1/claims/${claim.body.id}/claim-review`);
    expect(res.body.claimReviewed).toBe('global-coalition member-count: at least 86 member (2024)');
    expect(res.body.itemReviewed).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Organization', name: 'Members list' },
      datePublished: '2024',
      appearance: { '@type': 'CreativeWork', headline: 'Members list', datePublished: '2024' },
    });
  });
});

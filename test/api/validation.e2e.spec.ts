import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '#test-support';
import { coalition, metric, sources } from '../fixtures/coalition.js';

// Each rule, broken once: the status, the field the problem names, and not one event written.
describe('bad input is refused with the field at fault, and writes nothing', () => {
  let app: TestApp;
  let sourceId: string;
  let claimId: string;

  beforeAll(async () => {
    app = await startTestApp();
    sourceId = (await app.request('POST', '/v1/sources', { body: sources.london2015 })).body.id;
    await app.request('POST', '/v1/metrics', { body: metric });
    await app.request('POST', '/v1/entities', { body: coalition });
    claimId = (await app.request('POST', '/v1/claims', { body: claim() })).body.id;
  });
  afterAll(() => app?.close());

  const claim = (patch: Record<string, unknown> = {}) => ({
    sourceId,
    subject: 'global-coalition',
    metric: metric.id,
    value: { amount: 60, qualifier: 'exact' },
    validTime: { at: '2015-01-22' },
    ...patch,
  });
  const source = (patch: Record<string, unknown>) => ({ ...sources.london2015, title: 'Another article', ...patch });

  const cases: Array<[string, string, () => unknown, number, string]> = [
    ['claim: no body fields', '/v1/claims', () => ({}), 400, 'sourceId'],
    ['claim: amount is text', '/v1/claims', () => claim({ value: { amount: 'sixty' } }), 400, 'value.amount'],
    ['claim: unknown qualifier', '/v1/claims', () => claim({ value: { amount: 60, qualifier: 'roughly' } }), 400, 'value.qualifier'],
    ['claim: unknown field', '/v1/claims', () => claim({ colour: 'red' }), 400, '(root)'],
    ['claim: date not ISO', '/v1/claims', () => claim({ validTime: { at: '22/01/2015' } }), 400, 'validTime.at'],
    ['claim: date not real', '/v1/claims', () => claim({ validTime: { at: '2015-02-30' } }), 422, 'validTime.at'],
    ['claim: interval backwards', '/v1/claims', () => claim({ validTime: { from: '2016', to: '2015' } }), 422, 'validTime.to'],
    ['claim: bounds reversed', '/v1/claims', () => claim({ value: { lowerBound: 40, upperBound: 30, qualifier: 'range' } }), 422, 'value.lowerBound'],
    ['claim: range without bounds', '/v1/claims', () => claim({ value: { amount: 35, qualifier: 'range' } }), 422, 'value.lowerBound'],
    [
      'claim: "over" with an upper bound',
      '/v1/claims',
      () => claim({ value: { amount: 60, upperBound: 70, qualifier: 'more_than' } }),
      422,
      'value.upperBound',
    ],
    [
      'claim: amount outside its bounds',
      '/v1/claims',
      () => claim({ value: { amount: 50, lowerBound: 55, upperBound: 65, qualifier: 'approx' } }),
      422,
      'value.amount',
    ],
    ['claim: unit of another metric', '/v1/claims', () => claim({ value: { amount: 60, unit: 'usd' } }), 422, 'value.unit'],
    ['claim: unknown subject', '/v1/claims', () => claim({ subject: 'Atlantis' }), 422, 'subject'],
    ['claim: unknown source', '/v1/claims', () => claim({ sourceId: 'no-such-source' }), 422, 'sourceId'],
    ['claim: unknown metric', '/v1/claims', () => claim({ metric: 'no-such-metric' }), 422, 'metric'],
    ['claim: quote offsets reversed', '/v1/claims', () => claim({ quote: { text: 'all 60', start: 20, end: 10 } }), 422, 'quote.end'],
    ['source: url not http', '/v1/sources', () => source({ url: 'ftp://example.org/a' }), 400, 'url'],
    ['source: unknown kind', '/v1/sources', () => source({ kind: 'tweet' }), 400, 'kind'],
    ['source: bad language', '/v1/sources', () => source({ language: 'English' }), 400, 'language'],
    ['source: month 13', '/v1/sources', () => source({ publishedAt: '2015-13' }), 422, 'publishedAt'],
    ['entity: id not a slug', '/v1/entities', () => ({ id: 'Global Coalition', name: 'x' }), 400, 'id'],
    ['entity: alias of another entity', '/v1/entities', () => ({ id: 'isis', name: 'ISIS', aliases: ['D-ISIS Coalition'] }), 409, 'aliases.0'],
    ['metric: negative tolerance', '/v1/metrics', () => ({ ...metric, id: 'm2', tolerance: -0.1 }), 400, 'tolerance'],
    ['metric: redefined differently', '/v1/metrics', () => ({ ...metric, unit: 'country' }), 409, 'id'],
    ['correction: no reason', `/v1/claims/{claim}/corrections`, () => ({ value: { amount: 61 } }), 400, 'reason'],
    ['correction: nothing to change', `/v1/claims/{claim}/corrections`, () => ({ reason: 'because' }), 400, 'value'],
    ['correction: same value', `/v1/claims/{claim}/corrections`, () => ({ value: { amount: 60 }, reason: 'because' }), 422, 'value'],
    ['review: unknown verdict', `/v1/claims/{claim}/reviews`, () => ({ verdict: 'true-ish' }), 400, 'verdict'],
    ['rank: no reason', `/v1/claims/{claim}/rank`, () => ({ rank: 'preferred' }), 400, 'reason'],
    ['restoration: claim not retracted', `/v1/claims/{claim}/restoration`, () => ({ reason: 'back' }), 409, ''],
  ];

  it.each(cases)('%s', async (_, path, body, status, field) => {
    const before = await app.countEvents();
    const res = await app.request('POST', path.replace('{claim}', claimId), { body: body() });
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status, title: expect.any(String), instance: expect.any(String), requestId: expect.any(String) });
    if (field) expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await app.countEvents()).toBe(before);
  });

  it('answers malformed JSON with 400 problem+json', async () => {
    const res = await fetch(`${app.url}/v1/claims`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${app.keys.editor}` },
      body: '{"sourceId": ',
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('answers unknown ids with 404', async () => {
    for (const path of [
      '/v1/claims/00000000-0000-4000-8000-000000000000',
      '/v1/claims/not-a-uuid',
      '/v1/sources/nope',
      '/v1/entities/nope',
      '/v1/metrics/nope',
    ]) {
      const res = await app.request('GET', path, { key: app.keys.reader });
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '#test-support';
import { coalition, metric, sources } from '../fixtures/coalition.js';

// Every date that enters the API is held to the domain's one rule (years 0001 to 9999, every
// part existing): what is accepted can be stored and compared by the projections and PostgreSQL.
describe('dates in requests', () => {
  let app: TestApp;
  let sourceId: string;
  const fact = '/v1/facts/global-coalition/member-count';

  beforeAll(async () => {
    app = await startTestApp({ runProjector: true });
    sourceId = (await app.request('POST', '/v1/sources', { body: sources.london2015 })).body.id;
    await app.request('POST', '/v1/metrics', { body: metric });
    await app.request('POST', '/v1/entities', { body: coalition });
    await app.request('POST', '/v1/claims', {
      body: { sourceId, subject: 'global-coalition', metric: metric.id, value: { amount: 60 }, validTime: { at: '2015-01-22' } },
    });
  });
  afterAll(() => app?.close());

  const claim = (validTime: unknown) => ({ sourceId, subject: 'global-coalition', metric: metric.id, value: { amount: 61 }, validTime });

  it.each([
    ['a source published in year 0', '/v1/sources', () => ({ ...sources.london2015, title: 'Year zero', publishedAt: '0000' }), 'publishedAt'],
    ['a claim at a day of year 0', '/v1/claims', () => claim({ at: '0000-06-01' }), 'validTime.at'],
    ['a claim from year 0', '/v1/claims', () => claim({ from: '0000', to: '2015' }), 'validTime.from'],
  ])('refuses %s with 422, writing nothing', async (_, path, body, field) => {
    const before = await app.countEvents();
    const res = await app.request('POST', path, { body: body() });
    expect(res.status, JSON.stringify(res.body)).toBe(422);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    expect(await app.countEvents()).toBe(before);
  });

  it('refuses a source update to year 0', async () => {
    const res = await app.request('PATCH', `/v1/sources/${sourceId}`, { body: { publishedAt: '0000-01' } });
    expect(res.status, JSON.stringify(res.body)).toBe(422);
    expect(res.body.errors[0].field).toBe('publishedAt');
  });

  it.each(['0001', '0001-01-01', '9999', '9999-12-31', '2016-02-29'])('accepts the date %s, and the projection stores it', async (at) => {
    const res = await app.request('POST', '/v1/claims', { body: claim({ at }) });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const read = await app.request('GET', `${fact}/timeline?minPosition=${res.body.position}`, { key: app.keys.reader });
    expect(read.status, JSON.stringify(read.body)).toBe(200);
  });

  const paths = [
    (q: string) => `${fact}?${q}`,
    (q: string) => `${fact}/timeline?${q}`,
    (q: string) => `${fact}/timeline.csv?${q}`,
    (q: string) => `/v1/contradictions?${q}`,
    (q: string) => `${fact}/value?validAt=2017&${q}`,
  ];
  it.each(['2019-02-30', '2019-00', '9999-99-99', '0000', '2019-1', 'soon'])('refuses publishedBefore=%s with 400 on every read', async (date) => {
    for (const path of paths) {
      const res = await app.request('GET', path(`publishedBefore=${date}`), { key: app.keys.reader });
      expect(res.status, `${path('')}: ${JSON.stringify(res.body)}`).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['publishedBefore']);
    }
  });

  it.each(['2019-00', '2019-13', '2019-02-29', '0000', ''])('refuses validAt=%s with 400', async (date) => {
    const res = await app.request('GET', `${fact}/value?validAt=${date}`, { key: app.keys.reader });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['validAt']);
  });

  it('reads a partial date as its last day', async () => {
    const res = await app.request('GET', `${fact}/value?validAt=2016-02&publishedBefore=2015-02`, { key: app.keys.reader });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(JSON.stringify(res.body)).toContain('2016-02-29');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '#test-support';

// What a client written from the documentation sends: no language for a table of figures,
// null for a field it has no value for, metric ids with underscores.
describe('input rules a client meets', () => {
  let app: TestApp;
  const post = (path: string, body: unknown) => app.request('POST', path, { key: app.keys.editor, body });
  const read = (path: string) => app.request('GET', path, { key: app.keys.reader });

  beforeAll(async () => {
    app = await startTestApp();
    const entity = await post('/v1/entities', { id: 'global-coalition', name: 'Global Coalition to Defeat ISIS', aliases: ['D-ISIS Coalition'] });
    expect(entity.status, JSON.stringify(entity.body)).toBe(201);
  });
  afterAll(() => app?.close());

  /** A refused request names the field and writes nothing. */
  async function refused(path: string, body: unknown, status: number, field: string) {
    const before = await app.countEvents();
    const res = await post(path, body);
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await app.countEvents()).toBe(before);
    const error = res.body.errors.find((e: { field: string }) => e.field === field);
    expect(error, JSON.stringify(res.body.errors)).toBeDefined();
    return error.message as string;
  }

  describe('a source without a language', () => {
    it('is registered as undetermined (und), and found the same when sent again', async () => {
      const release = { title: 'Membership by quarter, table 1', publisher: 'Coalition Secretariat', publishedAt: '2024-04', kind: 'statistical_release' };
      const res = await post('/v1/sources', release);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.language).toBe('und');
      expect((await read(`/v1/sources/${res.body.id}`)).body.language).toBe('und');
      const again = await post('/v1/sources', release);
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ id: res.body.id, version: 1 });
    });

    it('still refuses a language that is not a tag, naming it', async () => {
      await refused('/v1/sources', { title: 'T', publishedAt: '2024', kind: 'other', language: 'English' }, 400, 'language');
    });
  });

  describe('null for a field', () => {
    it('is absent when the field is optional: a source without publisher or URL, a claim without quote or upper bound', async () => {
      const source = await post('/v1/sources', {
        title: 'Coalition ministers meet',
        publisher: null,
        url: null,
        publishedAt: '2015-01-23',
        kind: 'news_article',
        language: null,
        text: null,
      });
      expect(source.status, JSON.stringify(source.body)).toBe(201);
      expect(source.body).not.toHaveProperty('publisher');
      expect(source.body).not.toHaveProperty('url');
      expect(source.body.language).toBe('und');
      const metric = await post('/v1/metrics', { id: 'member-count', unit: 'member', kind: 'count', cumulative: null, tolerance: null });
      expect(metric.status, JSON.stringify(metric.body)).toBe(201);
      expect(metric.body).toMatchObject({ cumulative: false, tolerance: 0 });

      const claim = await post('/v1/claims', {
        sourceId: source.body.id,
        subject: 'D-ISIS Coalition',
        metric: 'member-count',
        value: { amount: 60, lowerBound: null, upperBound: null, unit: null, qualifier: 'more_than' },
        validTime: { at: '2015-01-22' },
        quote: null,
        attribution: null,
        note: null,
        createEntity: null,
      });
      expect(claim.status, JSON.stringify(claim.body)).toBe(201);
      expect(claim.body.value).toEqual({ amount: 60, qualifier: 'more_than', unit: 'member' });
      expect(claim.body).not.toHaveProperty('quote');
      expect(claim.body).not.toHaveProperty('attribution');
    });

    it('is refused when the field is required, naming it, and nothing is written', async () => {
      expect(await refused('/v1/sources', { title: null, publishedAt: '2015', kind: 'other' }, 400, 'title')).toBe('required: null is taken as absent');
      expect(await refused('/v1/metrics', { id: 'airstrikes', unit: null, kind: 'count' }, 400, 'unit')).toBe('required: null is taken as absent');
      expect(await refused('/v1/entities', { id: 'isis', name: null }, 400, 'name')).toBe('required: null is taken as absent');
      expect(await refused('/v1/claims/00000000-0000-8000-8000-000000000000/workflow', { to: null }, 400, 'to')).toBe('required: null is taken as absent');
    });

    it('is allowed by the OpenAPI document for optional fields only', async () => {
      const doc = (await app.request('GET', '/v1/openapi.json', { key: null })).body;
      // Bodies are named shapes, referred to from the operations and from each other.
      const named = (schema: { $ref?: string }) => (schema.$ref ? doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')] : schema);
      const claim = named(doc.paths['/v1/claims'].post.requestBody.content['application/json'].schema);
      expect(named(claim.properties.value).properties.upperBound.nullable).toBe(true);
      expect(claim.properties.quote.nullable).toBe(true);
      expect(claim.properties.quote.allOf).toEqual([{ $ref: '#/components/schemas/QuoteInput' }]);
      expect(claim.properties.sourceId.nullable).toBeUndefined();
      const source = named(doc.paths['/v1/sources'].post.requestBody.content['application/json'].schema);
      expect(source.properties.language.nullable).toBe(true);
      expect(source.required).not.toContain('language');
      expect(source.properties.title.nullable).toBeUndefined();
    });

    it('in a list is an element, not a missing field: refused, naming it', async () => {
      await refused('/v1/entities', { id: 'isis', name: 'ISIS', aliases: ['Daesh', null] }, 400, 'aliases.1');
    });

    it('in a change to a source changes nothing: a change of nothing is refused', async () => {
      const source = await post('/v1/sources', { title: 'A release to update', publishedAt: '2020', kind: 'other' });
      const before = await app.countEvents();
      const res = await app.request('PATCH', `/v1/sources/${source.body.id}`, { key: app.keys.editor, body: { publisher: null } });
      expect(res.status).toBe(400);
      expect(await app.countEvents()).toBe(before);
    });
  });

  describe('a metric id with underscores', () => {
    it('is defined, claimed, read as a fact and listed, apart from the same words with dashes', async () => {
      const metric = await post('/v1/metrics', { id: 'member_count', unit: 'country', kind: 'count' });
      expect(metric.status, JSON.stringify(metric.body)).toBe(201);
      expect(metric.headers.get('location')).toBe('/v1/metrics/member_count');
      expect((await read('/v1/metrics/member_count')).body).toMatchObject({ id: 'member_count', unit: 'country' });

      const source = await post('/v1/sources', { title: 'Partners of the coalition', publishedAt: '2022-05-11', kind: 'official_statement' });
      const claim = await post('/v1/claims', {
        sourceId: source.body.id,
        subject: 'global-coalition',
        metric: 'member_count',
        value: { amount: 84 },
        validTime: { at: '2022-05-11' },
      });
      expect(claim.status, JSON.stringify(claim.body)).toBe(201);
      expect(claim.body.metric).toBe('member_count');

      const fact = await read(`/v1/facts/global-coalition/member_count?minPosition=${claim.body.position}`);
      expect(fact.status, JSON.stringify(fact.body)).toBe(200);
      expect(fact.body).toMatchObject({ metric: 'member_count', unit: 'country', current: { value: { amount: 84 } } });
      expect((await read('/v1/claims?metric=member_count')).body.items.map((c: { id: string }) => c.id)).toEqual([claim.body.id]);
      // `_` is no wildcard in a search: member_ finds member_count, not member-count.
      expect((await read('/v1/metrics?q=member_')).body.items.map((m: { id: string }) => m.id)).toEqual(['member_count']);
      expect((await read('/v1/metrics?q=member')).body.items.map((m: { id: string }) => m.id)).toEqual(['member-count', 'member_count']);
    });

    it('is refused with the rule when it is not one, naming the field', async () => {
      for (const id of ['Member_Count', 'member__count', '_member', 'member count']) {
        expect(await refused('/v1/metrics', { id, unit: 'member', kind: 'count' }, 400, 'id')).toContain(
          'a metric id: lower-case letters and digits, words joined by single - or _',
        );
      }
    });
  });
});

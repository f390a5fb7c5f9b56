import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '#test-support';

// The lists of everything a client can create, over the demo data and a few sources of their own.
describe('lists of sources, entities, metrics and claims', () => {
  let app: TestApp;
  let position = 0;
  const read = (path: string) => app.request('GET', path, { key: app.keys.reader });
  const sep = (path: string) => (path.includes('?') ? '&' : '?');

  /** Every page of a list, following `next`, with the number of pages read. */
  async function pageThrough(path: string, limit: number) {
    const items: any[] = [];
    let pages = 0;
    let cursor: string | null = null;
    do {
      const res = await read(`${path}${sep(path)}limit=${limit}&minPosition=${position}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(limit);
      items.push(...res.body.items);
      cursor = res.body.next;
      pages += 1;
    } while (cursor);
    return { items, pages };
  }
  const all = async (path: string) => (await pageThrough(path, 200)).items;

  beforeAll(async () => {
    app = await startTestApp({ demo: true });
    position = app.demo!.position;
    // Three statistical releases on one day (ordered by id among themselves) and one without a publisher.
    for (const [id, title, publishedAt] of [
      ['stat-b', 'Quarterly displacement figures', '2019-03-31'],
      ['stat-a', 'Quarterly displacement figures (revised)', '2019-03-31'],
      ['stat-c', 'Annual displacement report', '2019-03-31'],
    ]) {
      const res = await app.request('POST', '/v1/sources', {
        body: { id, title, publisher: 'Office for Statistics', publishedAt, kind: 'statistical_release' },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      position = Math.max(position, res.body.position);
    }
    const wire = await app.request('POST', '/v1/sources', {
      body: { id: 'wire-1', title: 'Wire copy: 100% of fighters_detained', publishedAt: '2019', kind: 'other', language: 'en' },
    });
    position = Math.max(position, wire.body.position);
  });
  afterAll(() => app?.close());

  describe('GET /v1/sources', () => {
    it('pages through every source once, newest first, then by id', async () => {
      const { items, pages } = await pageThrough('/v1/sources', 2);
      expect(pages).toBe(5);
      expect(items.map((s) => s.id)).toEqual((await all('/v1/sources')).map((s) => s.id));
      expect(new Set(items.map((s) => s.id)).size).toBe(9);
      expect(items.map((s) => s.publishedAt)).toEqual([
        '2022-05-11',
        '2021',
        '2019-03-31',
        '2019-03-31',
        '2019-03-31',
        '2019',
        '2017-07',
        '2016-07',
        '2015-01-23',
      ]);
      expect(items.slice(2, 5).map((s) => s.id)).toEqual(['stat-a', 'stat-b', 'stat-c']);
      expect(items[0]).toEqual({
        id: expect.any(String),
        title: "Anti-ISIS coalition meets on countering extremist group's revival",
        publisher: 'The National',
        url: null,
        publishedAt: '2022-05-11',
        kind: 'news_article',
        language: 'en',
      });
    });

    it('searches words anywhere in the title or publisher, in any case, taking % and _ literally', async () => {
      expect((await all('/v1/sources?q=DISPLACEMENT')).map((s) => s.id)).toEqual(['stat-a', 'stat-b', 'stat-c']);
      expect((await all('/v1/sources?q=revised')).map((s) => s.id)).toEqual(['stat-a']);
      expect((await all('/v1/sources?q=newsroom')).map((s) => s.publisher)).toEqual(['Newsroom24']);
      expect((await all('/v1/sources?q=coalition%20meets')).map((s) => s.publishedAt)).toEqual(['2022-05-11', '2015-01-23']);
      expect((await all('/v1/sources?q=100%25')).map((s) => s.id)).toEqual(['wire-1']);
      expect((await all('/v1/sources?q=s_d')).map((s) => s.id)).toEqual(['wire-1']);
      expect(await all('/v1/sources?q=0%25%20of%20fighters-')).toEqual([]);
    });

    it('filters by publisher (whole, any case), kind and publication dates', async () => {
      expect((await all('/v1/sources?publisher=office%20FOR%20statistics')).map((s) => s.id)).toEqual(['stat-a', 'stat-b', 'stat-c']);
      expect(await all('/v1/sources?publisher=Office')).toEqual([]);
      expect((await all('/v1/sources?kind=official_statement')).map((s) => s.publishedAt)).toEqual(['2021']);
      expect((await all('/v1/sources?kind=news_article')).map((s) => s.publishedAt)).toEqual(['2022-05-11', '2017-07', '2016-07', '2015-01-23']);
      // A year stands for its days: from 2016 is from 2016-01-01, to 2019 up to 2019-12-31.
      expect((await all('/v1/sources?publishedFrom=2016&publishedTo=2019')).map((s) => s.publishedAt)).toEqual([
        '2019-03-31',
        '2019-03-31',
        '2019-03-31',
        '2019',
        '2017-07',
        '2016-07',
      ]);
      expect((await all('/v1/sources?publishedFrom=2021-01-01')).map((s) => s.publishedAt)).toEqual(['2022-05-11', '2021']);
      expect((await all('/v1/sources?publishedTo=2015-01')).map((s) => s.publishedAt)).toEqual(['2015-01-23']);
      expect((await all('/v1/sources?kind=statistical_release&q=annual&publishedFrom=2019-03')).map((s) => s.id)).toEqual(['stat-c']);
    });

    it('pages through a filtered list', async () => {
      const { items, pages } = await pageThrough('/v1/sources?publisher=Office%20for%20Statistics', 1);
      expect(items.map((s) => s.id)).toEqual(['stat-a', 'stat-b', 'stat-c']);
      expect(pages).toBe(3);
    });
  });

  describe('GET /v1/entities', () => {
    it('pages through every entity once, by id', async () => {
      const { items, pages } = await pageThrough('/v1/entities', 4);
      const ids = items.map((e) => e.id);
      expect(ids).toHaveLength(15);
      expect(pages).toBe(4);
      expect(ids).toEqual([...ids].sort());
      expect(new Set(ids).size).toBe(ids.length);
      expect(items.find((e) => e.id === 'isis')).toEqual({ id: 'isis', name: expect.any(String), aliases: expect.arrayContaining(['Daesh', 'ISIL']) });
    });

    it('finds an entity by the start of its id, name or any alias, in any case', async () => {
      expect((await all('/v1/entities?q=daesh')).map((e) => e.id)).toEqual(['isis']);
      expect((await all('/v1/entities?q=ANTI-isil')).map((e) => e.id)).toEqual(['global-coalition']);
      expect((await all('/v1/entities?q=global-co')).map((e) => e.id)).toEqual(['global-coalition']);
      expect((await all('/v1/entities?q=isl')).map((e) => e.id)).toEqual(['isis']);
      expect(await all('/v1/entities?q=coalition%20to%20defeat')).toEqual([]);
      expect(await all('/v1/entities?q=%25')).toEqual([]);
    });
  });

  describe('GET /v1/metrics', () => {
    it('pages through every metric once, by id', async () => {
      const { items, pages } = await pageThrough('/v1/metrics', 5);
      const ids = items.map((m) => m.id);
      expect(ids).toHaveLength(16);
      expect(pages).toBe(4);
      expect(ids).toEqual([...ids].sort());
      expect(items.find((m) => m.id === 'member-count')).toEqual({
        id: 'member-count',
        unit: 'member',
        kind: 'count',
        cumulative: false,
        tolerance: 0,
        measure: 'level',
        updateIntervalDays: 365,
      });
    });

    it('finds metrics by the start of their id, and filters by unit and kind', async () => {
      expect((await all('/v1/metrics?q=STABILIZATION')).map((m) => m.id)).toEqual(['stabilization-goal', 'stabilization-pledges']);
      expect((await all('/v1/metrics?kind=money')).map((m) => m.id)).toEqual(expect.arrayContaining(['stabilization-goal', 'stabilization-pledges']));
      for (const m of await all('/v1/metrics?kind=percent')) expect(m.kind).toBe('percent');
      expect((await all('/v1/metrics?unit=MEMBER')).map((m) => m.id)).toEqual(['member-count']);
      expect(await all('/v1/metrics?q=member&kind=money')).toEqual([]);
    });
  });

  describe('GET /v1/claims', () => {
    it('pages through every claim once, in the order they were recorded', async () => {
      const { items, pages } = await pageThrough('/v1/claims', 7);
      expect(items).toHaveLength(26);
      expect(pages).toBe(4);
      expect(new Set(items.map((c) => c.id)).size).toBe(26);
      const order = items.map((c) => `${c.recordedAt} ${c.id}`);
      expect(order).toEqual([...order].sort());
      expect(items.map((c) => c.id)).toEqual((await all('/v1/claims')).map((c) => c.id));
    });

    it('filters by subject under any of its names, by metric and by source', async () => {
      const members = await all('/v1/claims?subject=D-ISIS%20Coalition&metric=member-count');
      expect(members.map((c) => c.value.amount).sort()).toEqual([60, 60, 60, 72, 84]);
      expect(members[0]).toMatchObject({
        subject: 'global-coalition',
        metric: 'member-count',
        status: 'active',
        rank: 'normal',
        verdict: null,
        recordedBy: 'factlog demo',
      });
      const london = members.find((c) => c.quote?.text === 'over 60 countries');
      expect(london).toMatchObject({
        attribution: 'John Kerry',
        source: { publisher: 'Newsroom24', publishedAt: '2015-01-23', title: expect.stringContaining('London') },
      });
      const fromLondon = await all(`/v1/claims?source=${london.source.id}`);
      expect(fromLondon.length).toBeGreaterThan(1);
      for (const c of fromLondon) expect(c.source.id).toBe(london.source.id);
      expect(await all('/v1/claims?subject=nobody-at-all')).toEqual([]);
    });

    it('filters by status, verdict and rank as they change', async () => {
      const before = (await all('/v1/claims')).map((c) => c.id);
      // The demo gives two claims a verdict of its own: one accurate, one inconclusive.
      const accurate = (await all('/v1/claims?verdict=accurate')).map((c) => c.id);
      expect(accurate).toHaveLength(1);
      const [first, second] = await all('/v1/claims?subject=global-coalition&metric=member-count');
      const retracted = await app.request('POST', `/v1/claims/${first.id}/retraction`, { key: app.keys.editor, body: { reason: 'misread' } });
      expect(retracted.status, JSON.stringify(retracted.body)).toBe(200);
      const reviewed = await app.request('POST', `/v1/claims/${second.id}/reviews`, { key: app.keys.reviewer, body: { verdict: 'accurate' } });
      expect(reviewed.status, JSON.stringify(reviewed.body)).toBe(200);
      position = Math.max(retracted.body.position, reviewed.body.position);

      expect((await all('/v1/claims?status=retracted')).map((c) => c.id)).toEqual([first.id]);
      expect(await all('/v1/claims?status=active')).toHaveLength(25);
      expect((await all('/v1/claims?verdict=accurate')).map((c) => c.id).sort()).toEqual([...accurate, second.id].sort());
      expect(await all('/v1/claims?verdict=none')).toHaveLength(23);
      expect(await all('/v1/claims?rank=preferred')).toEqual([]);
      // A changed claim keeps its place: the list is in the order claims were first recorded.
      expect((await pageThrough('/v1/claims', 5)).items.map((c) => c.id)).toEqual(before);
    });
  });

  describe('every list', () => {
    const lists = ['/v1/sources', '/v1/entities', '/v1/metrics', '/v1/claims'];

    it.each(lists)('%s needs a key: 401 without one', async (path) => {
      const res = await app.request('GET', path, { key: null });
      expect(res.status).toBe(401);
    });

    it.each(lists)('%s answers a reader, with a page of at most 50 by default', async (path) => {
      const res = await read(path);
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(50);
      expect(res.body).toHaveProperty('next');
    });

    it.each<[string, string]>([
      ['/v1/sources?limit=0', 'limit'],
      ['/v1/entities?limit=201', 'limit'],
      ['/v1/metrics?limit=ten', 'limit'],
      ['/v1/claims?cursor=not-a-cursor', 'cursor'],
      ['/v1/sources?cursor=eyJ4IjoxfQ', 'cursor'],
      ['/v1/claims?cursor=eyJyZWNvcmRlZEF0IjoieCIsImlkIjoieSJ9', 'cursor'],
      ['/v1/sources?kind=blog', 'kind'],
      ['/v1/sources?publishedFrom=2015-02-30', 'publishedFrom'],
      ['/v1/sources?publishedTo=yesterday', 'publishedTo'],
      ['/v1/sources?publishedFrom=2020&publishedTo=2019', 'publishedTo'],
      ['/v1/sources?q=', 'q'],
      ['/v1/sources?title=x', 'title'],
      ['/v1/metrics?kind=area', 'kind'],
      ['/v1/claims?status=deleted', 'status'],
      ['/v1/claims?verdict=true', 'verdict'],
      ['/v1/claims?rank=top', 'rank'],
      ['/v1/claims?minPosition=-1', 'minPosition'],
      ['/v1/entities?name=isis', 'name'],
    ])('%s is a 400 naming %s', async (path, field) => {
      const res = await read(path);
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '#test-support';

type Marked = { text: string; marks: Array<[number, number]> };
type Hit = {
  kind: string;
  id: string;
  score: number;
  title: Marked;
  snippet: Marked | null;
  links: { api: string; web: string };
  claimId: string | null;
  sourceId: string | null;
  subject: string | null;
  metric: string | null;
  publisher: string | null;
  publishedOn: string | null;
};

/** The words a marked text marks, lower-case. */
const marked = (t: Marked) => t.marks.map(([s, e]) => t.text.slice(s, e).toLowerCase());

describe('GET /v1/search over the demo data', () => {
  let app: TestApp;
  let position = 0;
  const search = async (query: string, key?: string) => {
    const reply = await app.request('GET', `/v1/search?${query}&minPosition=${position}`, { key: key ?? app.keys.reader });
    return reply as { status: number; body: { items: Hit[]; next: string | null } & Record<string, unknown>; headers: Headers };
  };
  const hits = async (query: string) => {
    const reply = await search(query);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    return reply.body.items;
  };

  beforeAll(async () => {
    app = await startTestApp({ demo: true });
    position = app.demo!.position;
    // A source whose text holds markup and a claim with a comment: search finds texts and comments,
    // and hands markup back as text.
    const source = await app.request('POST', '/v1/sources', {
      key: app.keys.editor,
      body: {
        title: 'Zanzibar <b>clove</b> harvest report',
        publisher: 'Spice Gazette',
        publishedAt: '2019-03-02',
        kind: 'other',
        text: 'The <script>alert(1)</script> harvest of cloves in Pemba reached 8,000 tonnes.',
      },
    });
    expect(source.status, JSON.stringify(source.body)).toBe(201);
    const claims = await app.request('GET', `/v1/claims?limit=1&minPosition=${position}`, { key: app.keys.reader });
    const comment = await app.request('POST', `/v1/claims/${claims.body.items[0].id}/comments`, {
      key: app.keys.editor,
      body: { text: 'Check the xylophonist tally against the communique' },
    });
    expect(comment.status, JSON.stringify(comment.body)).toBe(201);
    position = Math.max(position, source.body.position, comment.body.position);
  });
  afterAll(() => app?.close());

  it('finds the coalition first for "coalition", with its name marked and links to it', async () => {
    const items = await hits('q=coalition');
    expect(items.length).toBeGreaterThan(3);
    expect(items[0]).toMatchObject({ kind: 'entity', id: 'entity:global-coalition', subject: 'global-coalition' });
    expect(items[0]!.links).toEqual({ api: '/v1/entities/global-coalition', web: '/#/facts?q=global-coalition' });
    expect(marked(items[0]!.title)).toContain('coalition');
    // Best first: the scores never rise down the list.
    const scores = items.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // Sources whose titles name it too.
    expect(items.some((h) => h.kind === 'source')).toBe(true);
  });

  it('finds partial names: "coalit" finds the coalition, "peshm" the Peshmerga', async () => {
    const coalit = await hits('q=coalit');
    expect(coalit.map((h) => h.id)).toContain('entity:global-coalition');
    const hit = coalit.find((h) => h.id === 'entity:global-coalition')!;
    expect(marked(hit.title).some((w) => w.startsWith('coalit'))).toBe(true);
    const peshm = await hits('q=peshm');
    expect(peshm[0]).toMatchObject({ kind: 'entity', id: 'entity:peshmerga' });
    // The part of the name that matched is marked.
    expect(marked(peshm[0]!.title)).toEqual(['peshm']);
  });

  it('finds "Kerry" in attributions, "over 60" in quotes, and "Newsroom24" as a publisher', async () => {
    const kerry = await hits('q=Kerry');
    expect(kerry.length).toBeGreaterThan(0);
    expect(kerry.every((h) => h.kind === 'claim')).toBe(true);
    expect(kerry[0]!.links.api).toBe(`/v1/claims/${kerry[0]!.claimId}`);
    expect(kerry[0]!.links.web).toBe(`/#/claims/${kerry[0]!.claimId}`);
    expect(marked(kerry[0]!.snippet!)).toContain('kerry');

    const over60 = await hits('q=over%2060');
    // The words as typed, together, come first.
    expect(over60[0]).toMatchObject({ kind: 'claim' });
    expect(over60[0]!.title.text).toContain('over 60');

    const newsroom = await hits('q=Newsroom24');
    expect(newsroom[0]).toMatchObject({ kind: 'source', publisher: 'Newsroom24' });
    expect(newsroom[0]!.links.web).toBe(`/#/sources/${newsroom[0]!.sourceId}`);
  });

  it('finds metrics by id and by the words of their id', async () => {
    const items = await hits('q=member%20count');
    expect(items[0]).toMatchObject({ kind: 'metric', id: 'metric:member-count', links: { api: '/v1/metrics/member-count' } });
    expect((await hits('q=member-count&kind=metric'))[0]!.id).toBe('metric:member-count');
  });

  it('finds source texts and comments, and gives markup back as text with offsets', async () => {
    const cloves = await hits('q=cloves%20harvest');
    expect(cloves[0]).toMatchObject({ kind: 'source', publisher: 'Spice Gazette', publishedOn: '2019-03-02' });
    expect(cloves[0]!.title.text).toBe('Zanzibar <b>clove</b> harvest report');
    expect(marked(cloves[0]!.title)).toEqual(['clove', 'harvest']);
    // A fragment of a text leaves markup out; a title keeps it, as text.
    expect(cloves[0]!.snippet!.text).toContain('alert(1)');
    expect(cloves[0]!.snippet!.text).not.toContain('<script');
    expect(marked(cloves[0]!.snippet!)).toEqual(expect.arrayContaining(['cloves', 'harvest']));

    const comment = await hits('q=xylophonist');
    expect(comment).toHaveLength(1);
    expect(comment[0]).toMatchObject({ kind: 'comment', subject: expect.any(String), metric: expect.any(String) });
    expect(comment[0]!.title.text).toBe('Check the xylophonist tally against the communique');
    expect(comment[0]!.links.api).toBe(`/v1/claims/${comment[0]!.claimId}`);
  });

  it('filters by kind, subject, metric, publisher and publication date', async () => {
    const claims = await hits('q=coalition&kind=claim');
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((h) => h.kind === 'claim')).toBe(true);
    const two = await hits('q=coalition&kind=claim,source');
    expect(new Set(two.map((h) => h.kind))).toEqual(new Set(['claim', 'source']));

    // The subject by any of its names.
    const bySubject = await hits(`q=coalition&subject=${encodeURIComponent('anti-ISIL coalition')}`);
    expect(bySubject.length).toBeGreaterThan(0);
    expect(bySubject.every((h) => h.subject === 'global-coalition')).toBe(true);
    const byMetric = await hits('q=60&metric=member-count');
    expect(byMetric.length).toBeGreaterThan(0);
    expect(byMetric.every((h) => h.metric === 'member-count')).toBe(true);

    const byPublisher = await hits('q=coalition&publisher=newsroom24');
    expect(byPublisher.length).toBeGreaterThan(0);
    expect(byPublisher.every((h) => h.publisher === 'Newsroom24')).toBe(true);

    const in2015 = await hits('q=coalition&publishedFrom=2015&publishedTo=2015');
    expect(in2015.length).toBeGreaterThan(0);
    expect(in2015.every((h) => h.publishedOn!.startsWith('2015-'))).toBe(true);
    const all = await hits('q=coalition&limit=100');
    expect(in2015.length).toBeLessThan(all.length);
  });

  it('keeps up with the log: a new alias, a claim on a new source, and the new publisher of that source', async () => {
    const key = app.keys.editor;
    const alias = await app.request('POST', '/v1/entities/peshmerga/aliases', { key, body: { alias: 'Zeravani brigades' } });
    expect(alias.status, JSON.stringify(alias.body)).toBe(200);
    const source = await app.request('POST', '/v1/sources', {
      key,
      body: { title: 'Ministry briefing', publisher: 'Harbour Post', publishedAt: '2018-06-04', kind: 'news_article' },
    });
    const claim = await app.request('POST', '/v1/claims', {
      key,
      body: {
        sourceId: source.body.id,
        subject: 'peshmerga',
        metric: 'member-count',
        value: { amount: 5, qualifier: 'exact' },
        validTime: { at: '2018-06-01' },
        attribution: 'Wilhelmina Okonkwo',
      },
    });
    expect(claim.status, JSON.stringify(claim.body)).toBe(201);
    const renamed = await app.request('PATCH', `/v1/sources/${source.body.id}`, { key, body: { publisher: 'Harbour Gazette', publishedAt: '2018-07' } });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    position = renamed.body.position;

    expect((await hits('q=zerav'))[0]).toMatchObject({ id: 'entity:peshmerga' });
    const byPublisher = await hits('q=Okonkwo&publisher=harbour%20gazette');
    expect(byPublisher.map((h) => [h.kind, h.claimId, h.publishedOn])).toEqual([['claim', claim.body.id, '2018-07-01']]);
    expect(await hits('q=Okonkwo&publisher=harbour%20post')).toEqual([]);
    expect((await hits('q=harbour%20gazette&kind=source'))[0]).toMatchObject({ sourceId: source.body.id, publisher: 'Harbour Gazette' });
  });

  it('pages with opaque cursors: every hit once, in the order of one long page', async () => {
    const whole = await hits('q=coalition&limit=100');
    expect(whole.length).toBeGreaterThan(6);
    const seen: Hit[] = [];
    let cursor: string | null = null;
    do {
      const reply = await search(`q=coalition&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(reply.status).toBe(200);
      expect(reply.body.items.length).toBeLessThanOrEqual(3);
      seen.push(...reply.body.items);
      cursor = reply.body.next;
    } while (cursor);
    expect(seen.map((h) => h.id)).toEqual(whole.map((h) => h.id));
  });

  it('finds nothing, without an error, for words nowhere in the data', async () => {
    const reply = await search('q=quetzalcoatl');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ items: [], next: null });
    // Only stop words: nothing to match in full text, and too short for partial names.
    expect((await search('q=the%20of')).body.items).toEqual([]);
  });

  it('answers 400 problem+json naming the parameter for bad input', async () => {
    for (const [query, field] of [
      ['q=', 'q'],
      ['q=%20%20', 'q'],
      ['kind=claim', 'q'],
      ['q=coalition&kind=planet', 'kind'],
      ['q=coalition&kind=claim,,source', 'kind'],
      ['q=coalition&limit=0', 'limit'],
      ['q=coalition&limit=101', 'limit'],
      ['q=coalition&publishedFrom=2016-13', 'publishedFrom'],
      ['q=coalition&publishedFrom=2016&publishedTo=2015', 'publishedTo'],
      ['q=coalition&cursor=not-a-cursor', 'cursor'],
      ['q=coalition&sort=score', 'sort'],
      [`q=${'a'.repeat(201)}`, 'q'],
    ] as const) {
      const reply = await search(query);
      expect(reply.status, query).toBe(400);
      expect(reply.headers.get('content-type'), query).toContain('application/problem+json');
      expect(
        (reply.body.errors as Array<{ field: string }>).map((e) => e.field),
        query,
      ).toContain(field);
    }
  });

  it('is for readers and up: no key, no search', async () => {
    const reply = await app.request('GET', '/v1/search?q=coalition', { key: null });
    expect(reply.status).toBe(401);
  });
});

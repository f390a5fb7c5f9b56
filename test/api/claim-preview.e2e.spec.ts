import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '#test-support';

const TEXT = 'The coalition now counts 90 countries, officials said on Thursday, up from over 60 last year.';

describe('previewing a claim before recording it', () => {
  let app: TestApp;
  let sourceId: string;
  const head = async () => {
    const { rows } = await sql<{ head: string | null }>`select max(global_position)::text as head from events`.execute(app.database.db);
    return Number(rows[0]!.head ?? 0);
  };
  const claimOf = (amount: number, words: string, extra: Record<string, unknown> = {}) => {
    const start = TEXT.indexOf(words);
    return {
      sourceId,
      subject: 'anti-ISIL coalition',
      metric: 'member-count',
      value: { amount, qualifier: 'exact' },
      validTime: { at: '2015-01-22' },
      quote: { text: words, start, end: start + words.length },
      ...extra,
    };
  };

  beforeAll(async () => {
    app = await startTestApp({ demo: true });
    const source = await app.request('POST', '/v1/sources', {
      key: app.keys.editor,
      body: { title: 'Coalition grows', publisher: 'Preview Wire', publishedAt: '2015-01-23', kind: 'news_article', language: 'en', text: TEXT },
    });
    expect(source.status).toBe(201);
    sourceId = source.body.id;
  });
  afterAll(() => app?.close());

  it('answers a contradiction with its severity against the demo figures, and appends nothing', async () => {
    const before = await head();
    const res = await app.request('POST', `/v1/claims/preview?minPosition=${before}`, { key: app.keys.editor, body: claimOf(90, '90 countries') });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(await head()).toBe(before);
    expect(res.body.claim).toMatchObject({ subject: 'global-coalition', metric: 'member-count', value: { amount: 90, unit: 'member', qualifier: 'exact' } });
    expect(res.body.alreadyRecorded).toBe(false);
    const onTheDay = res.body.relations.filter((r: any) => r.claim.validTime.at === '2015-01-22');
    expect(onTheDay.length).toBeGreaterThan(0);
    // "all 60" cannot be 90; "over 60" can.
    expect(onTheDay.map((r: any) => [r.claim.value.qualifier, r.kind, r.severity])).toEqual(
      expect.arrayContaining([
        ['exact', 'contradiction', 'high'],
        ['more_than', 'agreement', undefined],
      ]),
    );
    expect(res.body.relations.some((r: any) => r.kind === 'change')).toBe(true);
    expect(res.body.relations[0].claim.source.title).toEqual(expect.any(String));
    expect(res.body.contradictions).toEqual([expect.objectContaining({ severity: 'high', claimIds: expect.arrayContaining([res.body.claim.id]) })]);
    expect(res.body.flagsAfter).toContain('contradicted');

    // The claim it previewed, recorded, is the same claim: a second preview says it is there.
    const recorded = await app.request('POST', '/v1/claims', { key: app.keys.editor, body: claimOf(90, '90 countries') });
    expect(recorded.status).toBe(201);
    expect(recorded.body.id).toBe(res.body.claim.id);
    const again = await app.request('POST', `/v1/claims/preview?minPosition=${recorded.body.position}`, {
      key: app.keys.editor,
      body: claimOf(90, '90 countries'),
    });
    expect(again.body.alreadyRecorded).toBe(true);
    expect(again.body.relations.map((r: any) => r.claim.id)).not.toContain(recorded.body.id);
  });

  it('agrees with the figures of the same day when the values meet', async () => {
    const res = await app.request('POST', '/v1/claims/preview', {
      key: app.keys.editor,
      body: claimOf(60, 'over 60', { value: { amount: 60, qualifier: 'at_least' }, validTime: { at: '2014-12' } }),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.claim.value).toMatchObject({ qualifier: 'at_least', amount: 60 });
  });

  it('refuses what recording would refuse, naming the field, and appends nothing', async () => {
    const before = await head();
    const wrongQuote = await app.request('POST', '/v1/claims/preview', {
      key: app.keys.editor,
      body: { ...claimOf(90, '90 countries'), quote: { text: '91 countries', start: 25, end: 37 } },
    });
    expect(wrongQuote.status).toBe(422);
    expect(wrongQuote.body.errors[0].field).toMatch(/^quote/);
    const unknownSubject = await app.request('POST', '/v1/claims/preview', {
      key: app.keys.editor,
      body: claimOf(90, '90 countries', { subject: 'Nobody Known' }),
    });
    expect(unknownSubject.status).toBe(422);
    expect(unknownSubject.body.errors[0].field).toBe('subject');
    // A new subject defined on saving has no claims yet: nothing to relate to, nothing defined now.
    const newSubject = await app.request('POST', '/v1/claims/preview', {
      key: app.keys.editor,
      body: claimOf(90, '90 countries', { subject: 'Nobody Known', createEntity: true }),
    });
    expect(newSubject.status).toBe(200);
    expect(newSubject.body).toMatchObject({ relations: [], contradictions: [], current: true, claim: { subject: 'nobody-known' } });
    expect(await head()).toBe(before);
    expect((await app.request('GET', '/v1/entities/nobody-known', { key: app.keys.reader })).status).toBe(404);
  });

  it('is for editors: a reader is refused', async () => {
    const res = await app.request('POST', '/v1/claims/preview', { key: app.keys.reader, body: claimOf(90, '90 countries') });
    expect(res.status).toBe(403);
  });
});

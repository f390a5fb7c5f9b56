import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '#test-support';

// Values at a time and units (README.md, "Values at a time" and "Units"), over HTTP on the demo data.
describe('values at a time, and units', () => {
  let app: TestApp;
  let sourceId: string;
  let otherSourceId: string;
  let position = 0;
  const read = (path: string) => app.request('GET', `${path}${path.includes('?') ? '&' : '?'}minPosition=${position}`, { key: app.keys.reader });
  const write = async (path: string, body: object) => {
    const res = await app.request('POST', path, { key: app.keys.editor, body });
    if (res.body?.position) position = Math.max(position, res.body.position);
    return res;
  };
  const claim = (metric: string, value: object, at: string, subject = 'global-coalition', from = sourceId) =>
    write('/v1/claims', { sourceId: from, subject, metric, value, validTime: { at } });

  beforeAll(async () => {
    app = await startTestApp({ demo: true });
    position = app.demo!.position;
    const source = await write('/v1/sources', {
      title: 'Units desk notes',
      publisher: 'Units Wire',
      publishedAt: '2024-01-02',
      kind: 'news_article',
      language: 'en',
    });
    expect(source.status, JSON.stringify(source.body)).toBe(201);
    sourceId = source.body.id;
    otherSourceId = (
      await write('/v1/sources', { title: 'More desk notes', publisher: 'Other Wire', publishedAt: '2024-01-03', kind: 'news_article', language: 'en' })
    ).body.id;
  });
  afterAll(() => app?.close());

  describe('a level is carried forward', () => {
    it('answers June 2016 with 60, as of 22 January 2015, and the next known 72 of July 2017', async () => {
      const res = await read('/v1/facts/global-coalition/member-count/value?validAt=2016-06-01');
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toMatchObject({
        validAt: '2016-06-01',
        measure: 'level',
        carriedForward: true,
        value: { value: { amount: 60, unit: 'member' }, validTime: { at: '2015-01-22' } },
        next: { value: { amount: 72, qualifier: 'exact' }, validTime: { at: '2017-07' } },
      });
      expect(res.body.claimCount).toBeGreaterThan(0);
      expect(res.body.description).toMatch(/^60 member, as of 22 January 2015 \(next known: 72 member, July 2017\)$/);
    });

    it('answers a date its claims cover as before, not carried, and the newest figure with no next', async () => {
      const covered = await read('/v1/facts/global-coalition/member-count/value?validAt=2017-07-20');
      expect(covered.body).toMatchObject({ value: { value: { amount: 72 } }, claimCount: 1, carriedForward: false, next: { value: { amount: 84 } } });
      const later = await read('/v1/facts/anti-ISIL%20coalition/member-count/value?validAt=2030');
      expect(later.body).toMatchObject({ value: { value: { amount: 84 }, validTime: { at: '2022-05-11' } }, carriedForward: true, next: null });
      const before = await read('/v1/facts/global-coalition/member-count/value?validAt=2014-12');
      expect(before.body).toMatchObject({ value: null, claimCount: 0, carriedForward: false, description: null, next: { validTime: { at: '2015-01-22' } } });
    });
  });

  describe('a flow is not', () => {
    it('answers a month without a figure with none, and names the next known', async () => {
      const metric = await write('/v1/metrics', { id: 'strikes-in-month', unit: 'airstrike', kind: 'count', measure: 'flow' });
      expect(metric.status, JSON.stringify(metric.body)).toBe(201);
      expect(metric.body).toMatchObject({ measure: 'flow' });
      expect((await write('/v1/metrics', { id: 'strikes-in-month', unit: 'airstrike', kind: 'count', measure: 'flow' })).status).toBe(200);
      expect((await write('/v1/metrics', { id: 'strikes-in-month', unit: 'airstrike', kind: 'count' })).status).toBe(409);
      expect((await claim('strikes-in-month', { amount: 120, qualifier: 'exact' }, '2015-01')).status).toBe(201);
      expect((await claim('strikes-in-month', { amount: 150, qualifier: 'exact' }, '2015-03')).status).toBe(201);

      const january = await read('/v1/facts/global-coalition/strikes-in-month/value?validAt=2015-01-20');
      expect(january.body).toMatchObject({ measure: 'flow', value: { value: { amount: 120 } }, carriedForward: false, claimCount: 1 });
      const february = await read('/v1/facts/global-coalition/strikes-in-month/value?validAt=2015-02-15');
      expect(february.body).toMatchObject({ measure: 'flow', value: null, claimCount: 0, carriedForward: false, description: null });
      expect(february.body.next).toMatchObject({ value: { amount: 150 }, validTime: { at: '2015-03' } });
      // The demo's metrics, defined without a measure, are levels.
      expect((await app.request('GET', '/v1/metrics/member-count', { key: app.keys.reader })).body).toMatchObject({ measure: 'level' });
      const listed = (await read('/v1/metrics?q=s')).body.items.map((m: { id: string; measure: string }) => [m.id, m.measure]);
      expect(listed).toEqual(
        expect.arrayContaining([
          ['strikes-in-month', 'flow'],
          ['stabilization-pledges', 'level'],
        ]),
      );
    });
  });

  describe('units', () => {
    it('takes "countries" for a count in "member": the same count, compared as members, shown as stated', async () => {
      const res = await claim('member-count', { amount: 84, qualifier: 'exact', unit: 'countries' }, '2022-05-11');
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.value).toEqual({ amount: 84, qualifier: 'exact', unit: 'member', stated: { amount: 84, unit: 'countries' } });
      const fact = await read('/v1/facts/global-coalition/member-count');
      // It agrees with The National's 84 members: no new contradiction, and it corroborates the value.
      expect(fact.body.current.claimIds).toContain(res.body.id);
      expect(fact.body.contradictions.map((c: { claimIds: string[] }) => c.claimIds).flat()).not.toContain(res.body.id);
    });

    it('converts days to a metric in months, compares in months, and keeps the days for display', async () => {
      expect((await write('/v1/metrics', { id: 'campaign-length', unit: 'month', kind: 'duration' })).status).toBe(201);
      const months = await claim('campaign-length', { amount: 2, qualifier: 'exact' }, '2015-03-01');
      const days = await claim('campaign-length', { amount: 60.875, qualifier: 'exact', unit: 'days' }, '2015-03-01', 'global-coalition', otherSourceId);
      expect(months.status).toBe(201);
      expect(days.status, JSON.stringify(days.body)).toBe(201);
      // A month is a twelfth of a Julian year: 60.875 days are 2 months, and agree with them.
      expect(days.body.value).toEqual({ amount: 2, qualifier: 'exact', unit: 'month', stated: { amount: 60.875, unit: 'days' } });
      const agreed = await read('/v1/facts/global-coalition/campaign-length');
      expect(agreed.body).toMatchObject({ contradictions: [], current: { value: { amount: 2, unit: 'month' } } });
      expect([...agreed.body.current.claimIds].sort()).toEqual([months.body.id, days.body.id].sort());
      // 61 days (2.004 months) and 91 days (2.99 months) contradict, judged in months.
      expect((await claim('campaign-length', { amount: 61, qualifier: 'exact', unit: 'days' }, '2015-03-01', 'Daesh')).status).toBe(201);
      const ninetyOne = await claim('campaign-length', { amount: 91, qualifier: 'exact', unit: 'days' }, '2015-03-01', 'Daesh', otherSourceId);
      expect(ninetyOne.status).toBe(201);
      const fact = await read('/v1/facts/Daesh/campaign-length');
      expect(fact.body.contradictions).toHaveLength(1);
      expect(fact.body.contradictions[0]).toMatchObject({ severity: 'high' });
      expect(fact.body.contradictions[0].gap).toBeCloseTo((91 - 61) / 91, 6);
      const timeline = await read('/v1/facts/Daesh/campaign-length/timeline');
      expect(timeline.body.claims.map((c: { value: { stated?: { unit: string } } }) => c.value.stated?.unit)).toEqual(['days', 'days']);
    });

    it('refuses kilograms for months and euros for dollars, naming value.unit and appending nothing', async () => {
      const before = await app.countEvents();
      const kg = await claim('campaign-length', { amount: 3, qualifier: 'exact', unit: 'kg' }, '2015-04-01');
      expect(kg.status).toBe(422);
      expect(kg.body.errors).toEqual([{ field: 'value.unit', message: expect.stringContaining('measure different things') }]);
      const euros = await claim('stabilization-pledges', { amount: 500_000_000, qualifier: 'exact', unit: 'eur' }, '2015-04-01');
      expect(euros.status).toBe(422);
      expect(euros.body.errors).toEqual([{ field: 'value.unit', message: expect.stringContaining('no exchange rate') }]);
      const scaled = await claim('member-count', { amount: 6, qualifier: 'exact', unit: 'dozen countries' }, '2015-04-01');
      expect(scaled.status).toBe(422);
      expect(await app.countEvents()).toBe(before);
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '#test-support';
import { DEMO_ACTOR, demoClaims, loadDemo, loadDemoIntoFreshLog } from '../../apps/api/src/demo/index.js';

type Claim = { value: { amount?: number; lowerBound?: number; upperBound?: number; qualifier: string }; validTime: { at: string }; quote: { text: string } };

describe('the demo data, loaded through the command handlers and read over HTTP', () => {
  let app: TestApp;
  const read = (path: string) => app.request('GET', path, { key: app.keys.reader });
  const fact = (subject: string, metric: string, suffix = '') =>
    read(`/v1/facts/${encodeURIComponent(subject)}/${metric}${suffix}?minPosition=${app.demo!.position}`);

  beforeAll(async () => {
    app = await startTestApp({ demo: true });
  });
  afterAll(() => app?.close());

  it('records every claim of the demo, as the demo actor', async () => {
    expect(app.demo).toMatchObject({ loaded: true, claims: demoClaims.length });
    const audit = await read(`/v1/audit?actor=${encodeURIComponent(DEMO_ACTOR.name)}&limit=500`);
    // Every event but the API keys' own (the test's keys, made by its admin).
    const all = await app.request('GET', '/v1/audit?limit=500');
    const keyEvents = all.body.items.filter((e: { stream: string }) => e.stream.startsWith('apikey-')).length;
    expect(keyEvents).toBe(4);
    expect(audit.body.items.length).toBe((await app.countEvents()) - keyEvents);
    expect(audit.body.items.filter((e: { type: string }) => e.type === 'ClaimRecorded')).toHaveLength(demoClaims.length);
  });

  it('shows the membership going 60, 72, 84, with 84 now and the January 2015 tension flagged', async () => {
    const now = await fact('global-coalition', 'member-count');
    expect(now.status, JSON.stringify(now.body)).toBe(200);
    expect(now.body).toMatchObject({ current: { value: { amount: 84, qualifier: 'exact' }, validTime: { at: '2022-05-11' } }, sourceCount: 3 });
    expect(now.body.flags).toContain('contradicted');

    const timeline = await fact('anti-ISIL coalition', 'member-count', '/timeline');
    const claims: Claim[] = timeline.body.claims;
    expect(claims.map((c) => [c.validTime.at, c.value.amount])).toEqual([
      ['2015-01-22', 60],
      ['2015-01-22', 60],
      ['2015-01-22', 60],
      ['2017-07', 72],
      ['2022-05-11', 84],
    ]);
    expect(
      claims
        .slice(0, 3)
        .map((c) => c.value.qualifier)
        .sort(),
    ).toEqual(['exact', 'exact', 'more_than']);
  });

  it('has one open contradiction, low severity: "over 60" against "all 60" on 2015-01-22', async () => {
    const open = await read(`/v1/contradictions?status=open&minPosition=${app.demo!.position}`);
    expect(open.body.items).toHaveLength(1);
    const [c] = open.body.items;
    expect(c).toMatchObject({ subject: 'global-coalition', metric: 'member-count', severity: 'low', status: 'open' });
    expect(c.claims.every((x: Claim) => x.validTime.at === '2015-01-22')).toBe(true);
    expect(c.claims.map((x: Claim) => x.quote.text).sort()).toEqual(['all\u00a060', 'full 60\u00a0members', 'over 60 countries']);
    const flagged = await read('/v1/facts?flag=contradicted');
    expect(flagged.body.items.map((f: { subject: string; metric: string }) => `${f.subject}/${f.metric}`)).toEqual(['global-coalition/member-count']);
  });

  it('keeps what was pledged and what the goal was as two facts', async () => {
    const pledges = await fact('Global Coalition to Defeat Daesh/ISIS', 'stabilization-pledges');
    const goal = await fact('global-coalition', 'stabilization-goal');
    expect(pledges.body).toMatchObject({ subject: 'global-coalition', metric: 'stabilization-pledges', claimCount: 1 });
    expect(pledges.body.current.value).toMatchObject({ amount: 600_000_000, qualifier: 'more_than', unit: 'usd' });
    expect(goal.body).toMatchObject({ metric: 'stabilization-goal', claimCount: 2, contradictions: [] });
    expect(goal.body.current.value).toMatchObject({ amount: 700_000_000, qualifier: 'exact' });
    const goals = await fact('global-coalition', 'stabilization-goal', '/timeline');
    expect(goals.body.claims.map((c: Claim) => [c.validTime.at, c.value.amount])).toEqual([
      ['2021', 670_000_000],
      ['2022', 700_000_000],
    ]);
    for (const f of [pledges, goal]) expect(f.body.flags).not.toContain('contradicted');
  });

  it('sees the share of Iraq held by ISIS fall from 30-40% at its 2014 peak to under 10% in July 2016 as a change', async () => {
    const territory = await fact('Daesh', 'iraq-territory-held');
    expect(territory.body).toMatchObject({ subject: 'isis', contradictions: [] });
    expect(territory.body.current).toMatchObject({ value: { amount: 10, qualifier: 'less_than' }, validTime: { at: '2016-07-21' } });
    expect(territory.body.flags).not.toContain('contradicted');
    expect(territory.body.flags).not.toContain('anomaly');
    const timeline = await fact('isis', 'iraq-territory-held', '/timeline');
    expect(
      timeline.body.claims.map((c: Claim) => [c.validTime.at, c.value.qualifier, c.value.lowerBound ?? null, c.value.upperBound ?? c.value.amount]),
    ).toEqual([
      ['2014', 'range', 30, 40],
      ['2016-07-21', 'less_than', null, 10],
    ]);
  });

  it('keeps attendance at meetings apart from membership', async () => {
    const brussels = await fact('brussels-ministerial-2014', 'meeting-participants');
    expect(brussels.body.current.value).toMatchObject({ amount: 60, unit: 'participant' });
    const all = await read('/v1/facts?metric=meeting-participants');
    expect(all.body.items.map((f: { subject: string }) => f.subject).sort()).toEqual([
      'brussels-ministerial-2014',
      'london-small-group-2015',
      'marrakech-ministerial-2022',
      'washington-ministerial-2016',
    ]);
  });

  it('writes nothing when loaded again', async () => {
    const before = await app.countEvents();
    const again = await loadDemo(app.nest);
    expect(again.loaded).toBe(false);
    expect(await app.countEvents()).toBe(before);
  });

  it("is never loaded again once someone else has written, even under the demo actor's name", async () => {
    const named = await app.request('POST', '/v1/api-keys', { key: app.keys.admin, body: { name: DEMO_ACTOR.name, role: 'editor' } });
    const timeline = await fact('global-coalition', 'member-count', '/timeline');
    const seventyTwo = timeline.body.claims.find((c: { value: { amount: number } }) => c.value.amount === 72);
    const corrected = await app.request('POST', `/v1/claims/${seventyTwo.id}/corrections`, {
      key: named.body.key,
      body: { value: { amount: 73, qualifier: 'exact' }, reason: 'checked against the communiqué' },
    });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
    const before = await app.countEvents();

    expect(await loadDemoIntoFreshLog(app.nest)).toBeUndefined();
    // Loading it by hand over the corrected claim leaves the correction standing.
    expect((await loadDemo(app.nest)).loaded).toBe(false);
    expect(await app.countEvents()).toBe(before);
  });
});

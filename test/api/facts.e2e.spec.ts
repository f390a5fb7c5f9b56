import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordCoalition, startTestApp, type TestApp } from '#test-support';

describe('fact views of the coalition figures', () => {
  let app: TestApp;
  let ids: Awaited<ReturnType<typeof recordCoalition>>;
  const read = (path: string) => app.request('GET', path, { key: app.keys.reader });

  beforeAll(async () => {
    app = await startTestApp();
    ids = await recordCoalition(app);
  });
  afterAll(() => app?.close());

  it('shows the membership now: 84, from three sources, with the January 2015 tension flagged', async () => {
    const res = await read(`/v1/facts/D-ISIS%20Coalition/member-count?minPosition=${ids.position}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      subject: 'global-coalition',
      metric: 'member-count',
      unit: 'member',
      current: { value: { amount: 84 }, validTime: { at: '2022-05-11' }, claimIds: [ids.claimIds.eightyFour], basis: 'corroboration' },
      claimCount: 4,
      sourceCount: 3,
      asOf: { knownAt: null, publishedBefore: null },
    });
    expect(res.body.flags).toEqual(expect.arrayContaining(['contradicted', 'unreviewed']));
    expect(res.body.flags).not.toContain('single_source');
  });

  it('lists one open contradiction: "over 60" against "all 60", low severity; 60, 72, 84 is change', async () => {
    const res = await read('/v1/contradictions?status=open');
    expect(res.body.items).toHaveLength(1);
    const [c] = res.body.items;
    expect(c).toMatchObject({ subject: 'global-coalition', metric: 'member-count', severity: 'low', status: 'open' });
    expect(new Set(c.claimIds)).toEqual(new Set([ids.claimIds.over60, ids.claimIds.all60]));
    expect(c.claims.map((x: { quote: { text: string } }) => x.quote.text).sort()).toEqual(['all\u00a060', 'over 60 countries']);
  });

  it('keeps pledges and goal apart, and sees the fall in territory held as change', async () => {
    const pledges = await read('/v1/facts/global-coalition/stabilization-pledges');
    const goal = await read('/v1/facts/global-coalition/stabilization-goal');
    expect(pledges.body.current.value).toMatchObject({ amount: 600_000_000, qualifier: 'more_than', unit: 'usd' });
    expect(goal.body.current.value).toMatchObject({ amount: 670_000_000, qualifier: 'exact' });
    for (const f of [pledges, goal]) expect(f.body.flags).not.toContain('contradicted');

    const territory = await read('/v1/facts/Daesh/iraq-territory-held');
    expect(territory.body.current.value).toMatchObject({ amount: 10, qualifier: 'less_than' });
    expect(territory.body.contradictions).toEqual([]);
    expect(territory.body.flags).not.toContain('anomaly');
  });

  it('gives the timeline in valid-time order with source, quote and attribution', async () => {
    const res = await read('/v1/facts/global-coalition/member-count/timeline');
    expect(res.body.claims.map((c: { value: { amount: number } }) => c.value.amount)).toEqual([60, 60, 72, 84]);
    const over60 = res.body.claims.find((c: { id: string }) => c.id === ids.claimIds.over60);
    expect(over60).toMatchObject({
      attribution: 'John Kerry',
      quote: { text: 'over 60 countries', start: 953, end: 970 },
      source: { publisher: 'Newsroom24', publishedAt: '2015-01-23', title: expect.stringContaining('London') },
      inContradiction: expect.any(String),
    });
  });

  it('answers the value holding at a valid time', async () => {
    const in2017 = await read('/v1/facts/global-coalition/member-count/value?validAt=2017-07-20');
    expect(in2017.body).toMatchObject({ validAt: '2017-07-20', value: { value: { amount: 72 } }, claimCount: 1 });
    // No claim covers 2019: membership is a level, so July 2017's 72 holds, labelled as of then.
    const in2019 = await read('/v1/facts/global-coalition/member-count/value?validAt=2019');
    expect(in2019.body).toMatchObject({
      value: { value: { amount: 72 }, validTime: { at: '2017-07' } },
      carriedForward: true,
      claimCount: 1,
      next: { value: { amount: 84 } },
    });
  });

  it('lists facts with flag filters and cursors', async () => {
    const contradicted = await read('/v1/facts?flag=contradicted');
    expect(contradicted.body.items.map((f: { metric: string }) => f.metric)).toEqual(['member-count']);
    const first = await read('/v1/facts?limit=2');
    expect(first.body.items).toHaveLength(2);
    const second = await read(`/v1/facts?limit=2&cursor=${first.body.next}`);
    const all = [...first.body.items, ...second.body.items].map((f: { subject: string; metric: string }) => `${f.subject}/${f.metric}`);
    expect(new Set(all).size).toBe(4);
    expect(second.body.next).toBeNull();
    expect((await read('/v1/facts?cursor=not-ours')).status).toBe(400);
  });

  it('resolves the tension as a reviewer: the flag clears, the audit shows who', async () => {
    const [open] = (await read('/v1/contradictions?status=open')).body.items;
    const denied = await app.request('POST', `/v1/contradictions/${open.id}/resolution`, {
      key: app.keys.editor,
      body: { preferred: [ids.claimIds.all60], reason: 'x' },
    });
    expect(denied.status).toBe(403);
    // An id that names no contradiction: nothing is written.
    const unknown = await app.request('POST', '/v1/contradictions/00000000-0000-4000-8000-000000000000/resolution', {
      key: app.keys.reviewer,
      body: { preferred: [ids.claimIds.all60], reason: 'x' },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toBe('contradiction 00000000-0000-4000-8000-000000000000 does not exist');
    const resolved = await app.request('POST', `/v1/contradictions/${open.id}/resolution`, {
      key: app.keys.reviewer,
      body: { preferred: [ids.claimIds.all60], reason: 'Kerry gave the exact count later in the same briefing' },
    });
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(201);

    const fact = await read(`/v1/facts/global-coalition/member-count?minPosition=${resolved.body.position}`);
    expect(fact.body.flags).not.toContain('contradicted');
    expect((await read('/v1/contradictions?status=open')).body.items).toEqual([]);
    expect((await read('/v1/contradictions?status=resolved')).body.items[0]).toMatchObject({
      id: open.id,
      resolution: { preferred: [ids.claimIds.all60], resolvedBy: 'test reviewer' },
    });
    const audit = await read('/v1/audit?actor=test%20reviewer');
    expect(audit.body.items[0]).toMatchObject({ type: 'ContradictionResolved', actor: 'test reviewer', requestId: expect.any(String) });
    const bySubject = await read('/v1/audit?subject=anti-ISIL%20coalition&limit=500');
    expect(bySubject.body.items.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['ContradictionResolved', 'ClaimRecorded', 'EntityDefined']),
    );
    expect(
      bySubject.body.items.every(
        (e: { type: string; data: { entityId?: string } }) => e.type === 'ContradictionResolved' || e.data.entityId === 'global-coalition',
      ),
    ).toBe(true);
  });

  it('reopens a resolved contradiction when a new conflicting claim arrives', async () => {
    const res = await app.request('POST', '/v1/claims', {
      key: app.keys.editor,
      body: {
        sourceId: ids.sourceIds.london2015,
        subject: 'global-coalition',
        metric: 'member-count',
        value: { amount: 62, qualifier: 'exact' },
        validTime: { at: '2015-01-22' },
        note: 'a hypothetical misreading',
      },
    });
    const fact = await read(`/v1/facts/global-coalition/member-count?minPosition=${res.body.position}`);
    expect(fact.body.flags).toContain('contradicted');
    const [reopened] = (await read('/v1/contradictions?status=open')).body.items;
    expect(reopened.claimIds).toContain(res.body.id);
    expect(reopened.severity).not.toBe('low');
  });

  it('pages contradictions, severest first', async () => {
    const beforeMisreading = new Date().toISOString();
    const res = await app.request('POST', '/v1/claims', {
      key: app.keys.editor,
      body: {
        sourceId: ids.sourceIds.front2016,
        subject: 'ISIL',
        metric: 'iraq-territory-held',
        value: { amount: 25, qualifier: 'exact' },
        validTime: { at: '2016-07' },
        note: 'a hypothetical misreading',
      },
    });
    const all = (await read(`/v1/contradictions?minPosition=${res.body.position}`)).body.items;
    expect(all).toHaveLength(2);
    expect(all.map((c: { severity: string; subject: string }) => [c.subject, c.severity])).toEqual([
      ['isis', 'high'],
      ['global-coalition', 'medium'],
    ]);
    // As known before the misreading was recorded, and as published before any of the sources.
    const known = (await read(`/v1/contradictions?knownAt=${beforeMisreading}`)).body.items;
    expect(known.map((c: { subject: string }) => c.subject)).toEqual(['global-coalition']);
    expect((await read('/v1/contradictions?publishedBefore=2015-01-22')).body.items).toEqual([]);
    const first = await read('/v1/contradictions?limit=1');
    const second = await read(`/v1/contradictions?limit=1&cursor=${first.body.next}`);
    expect([...first.body.items, ...second.body.items].map((c: { id: string }) => c.id)).toEqual(all.map((c: { id: string }) => c.id));
    expect(second.body.next).toBeNull();

    // Now, the list comes from the projector's summary rows; as known now, every fact is
    // summarised from its claims. Both ways give the same list, resolved ones included.
    const [severest] = all as Array<{ id: string; claimIds: string[] }>;
    const resolved = await app.request('POST', `/v1/contradictions/${severest!.id}/resolution`, {
      key: app.keys.reviewer,
      body: { preferred: [severest!.claimIds[0]], reason: 'the front line report is the later one' },
    });
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(201);
    expect((await read(`/v1/facts/isis/iraq-territory-held?minPosition=${resolved.body.position}`)).status).toBe(200);
    for (const status of ['', 'status=open', 'status=resolved']) {
      const fromRows = (await read(`/v1/contradictions?${status}`)).body.items;
      const summarised = (await read(`/v1/contradictions?${status}&knownAt=${new Date().toISOString()}`)).body.items;
      expect(summarised).toEqual(fromRows);
    }
    expect((await read('/v1/contradictions?status=resolved')).body.items.map((c: { id: string }) => c.id)).toContain(severest!.id);
  });

  it('reports projection lag and Prometheus metrics', async () => {
    const res = await read('/v1/projections');
    expect(res.body.items[0]).toMatchObject({ name: 'fact-views-v1', eventsBehind: expect.any(Number), headPosition: expect.any(Number) });
    const metrics = await (await fetch(`${app.url}/metrics`)).text();
    expect(metrics).toMatch(/factlog_projection_events_behind\{projection="fact-views-v1"\} \d+/);
    expect(metrics).toMatch(/factlog_log_head_position \d+/);
  });
});

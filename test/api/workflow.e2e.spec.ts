import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordCoalition, type Role, startTestApp, type TestApp } from '#test-support';

const LOCKED = 'published claims are locked; a reviewer must reopen it';

const move = (app: TestApp, id: string, role: Role, to: string, note?: string) =>
  app.request('POST', `/v1/claims/${id}/workflow`, { key: app.keys[role], body: { to, ...(note ? { note } : {}) } });

/** Editors take the claim to review, a reviewer publishes it. */
async function publish(app: TestApp, id: string) {
  for (const [role, to] of [
    ['editor', 'in_progress'],
    ['editor', 'in_review'],
    ['reviewer', 'published'],
  ] as const) {
    const res = await move(app, id, role, to);
    if (res.status !== 200) throw new Error(`${to}: ${JSON.stringify(res.body)}`);
  }
}

// Each test works on claims of its own, so that any one of them can run alone or in any order.
describe('the editorial workflow over HTTP', () => {
  let app: TestApp;
  let sourceId: string;
  let recorded = 0;

  /** A new claim of 84 members, unstarted: each one for another day of May 2022. */
  const newClaim = async () => {
    recorded++;
    const res = await app.request('POST', '/v1/claims', {
      key: app.keys.editor,
      body: {
        sourceId,
        subject: 'global-coalition',
        metric: 'member-count',
        value: { amount: 84 },
        validTime: { at: `2022-05-${String(recorded).padStart(2, '0')}` },
      },
    });
    if (res.status !== 201) throw new Error(`claim not recorded: ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  const claim = async (id: string) => (await app.request('GET', `/v1/claims/${id}`, { key: app.keys.reader })).body;
  /** The request's status, and that it wrote nothing. */
  const refused = async (request: () => Promise<{ status: number; headers: Headers; body: any }>) => {
    const before = await app.countEvents();
    const res = await request();
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await app.countEvents()).toBe(before);
    return res;
  };

  beforeAll(async () => {
    app = await startTestApp();
    sourceId = (await recordCoalition(app)).sourceIds.national2022!;
  });
  afterAll(() => app?.close());

  it('documents its routes in OpenAPI with the role each needs and the body it takes', async () => {
    const { paths, components } = (await app.request('GET', '/v1/openapi.json', { key: null })).body;
    const body = (path: string) => {
      const { $ref } = paths[path].post.requestBody.content['application/json'].schema;
      return components.schemas[$ref.replace('#/components/schemas/', '')];
    };
    expect(paths['/v1/claims/{id}/workflow'].post['x-required-role']).toBe('editor');
    expect(body('/v1/claims/{id}/workflow')).toMatchObject({
      required: ['to'],
      properties: { to: { enum: ['in_progress', 'in_review', 'published'] }, note: { type: 'string' } },
    });
    expect(paths['/v1/claims/{id}/assignees'].post['x-required-role']).toBe('editor');
    expect(paths['/v1/claims/{id}/assignees/{assignee}'].delete['x-required-role']).toBe('editor');
    expect(body('/v1/claims/{id}/comments').properties.text).toMatchObject({ maxLength: 4000 });
    expect(paths['/v1/review'].get['x-required-role']).toBe('reader');
  });

  it('records a claim unstarted, with no assignees and no comments', async () => {
    expect((await claim(await newClaim())).workflow).toEqual({ status: 'unstarted', assignees: [], comments: [] });
  });

  it('takes a claim from unstarted to published: editors to review, only a reviewer publishes', async () => {
    const id = await newClaim();
    const recordedAt = (await claim(id)).position;
    const started = await move(app, id, 'editor', 'in_progress', 'checking the communique');
    expect(started.status, JSON.stringify(started.body)).toBe(200);
    expect(started.body).toMatchObject({ id, workflow: { status: 'in_progress' }, status: 'active', version: 2 });
    expect(started.body.position).toBe(recordedAt + 1);
    expect(started.headers.get('etag')).toBe('"2"');

    const inReview = await move(app, id, 'editor', 'in_review');
    expect(inReview.body).toMatchObject({ workflow: { status: 'in_review' }, version: 3 });
    expect(inReview.body.position).toBe(started.body.position + 1);

    const byEditor = await refused(() => move(app, id, 'editor', 'published'));
    expect(byEditor.status).toBe(403);
    expect(byEditor.body.detail).toMatch(/reviewer/);
    expect((await move(app, id, 'reader', 'published')).status).toBe(403);

    const published = await move(app, id, 'reviewer', 'published', 'matches the coalition website');
    expect(published.status).toBe(200);
    expect(published.body.workflow.status).toBe('published');

    const moves = (await claim(id)).history.filter((e: { type: string }) => e.type === 'ClaimWorkflowMoved');
    expect(moves.map((e: { data: unknown; actor: string }) => [e.data, e.actor])).toEqual([
      [{ claimId: id, from: 'unstarted', to: 'in_progress', note: 'checking the communique' }, 'test editor'],
      [{ claimId: id, from: 'in_progress', to: 'in_review' }, 'test editor'],
      [{ claimId: id, from: 'in_review', to: 'published', note: 'matches the coalition website' }, 'test reviewer'],
    ]);
  });

  it('refuses every change to a published claim with 409 and writes nothing', async () => {
    const id = await newClaim();
    await publish(app, id);
    const attempts: Array<[string, Role, string, unknown]> = [
      ['corrections', 'editor', 'POST', { value: { amount: 83, qualifier: 'exact' }, reason: 'misread' }],
      ['retraction', 'editor', 'POST', { reason: 'withdrawn' }],
      ['reviews', 'reviewer', 'POST', { verdict: 'inaccurate' }],
      ['rank', 'reviewer', 'POST', { rank: 'preferred', reason: 'official' }],
      ['assignees', 'editor', 'POST', { assignee: 'test reviewer' }],
    ];
    for (const [path, role, method, body] of attempts) {
      const res = await refused(() => app.request(method, `/v1/claims/${id}/${path}`, { key: app.keys[role], body }));
      expect(res.status, path).toBe(409);
      expect(res.body.detail, path).toBe(LOCKED);
    }
    expect((await claim(id)).value).toMatchObject({ amount: 84 });
  });

  it('still takes comments on a published claim', async () => {
    const id = await newClaim();
    await publish(app, id);
    const res = await app.request('POST', `/v1/claims/${id}/comments`, { key: app.keys.editor, body: { text: 'ran in the weekly check' } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ text: 'ran in the weekly check', author: 'test editor' });
  });

  it('refuses moves the workflow does not have with 409 naming "to", and an unknown status with 400', async () => {
    const id = await newClaim();
    const skip = await refused(() => move(app, id, 'reviewer', 'in_review'));
    expect(skip.status).toBe(409);
    expect(skip.body.errors).toEqual([{ field: 'to', message: expect.stringContaining('unstarted cannot move to in_review') }]);
    expect((await refused(() => move(app, id, 'reviewer', 'published'))).status).toBe(409);

    for (const body of [{ to: 'unstarted' }, { to: 'archived' }, {}, { to: 'in_progress', extra: 1 }]) {
      const res = await refused(() => app.request('POST', `/v1/claims/${id}/workflow`, { key: app.keys.editor, body }));
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).join()).toMatch(/to|\(root\)/);
    }
    expect((await refused(() => move(app, '00000000-0000-4000-8000-000000000000', 'editor', 'in_progress'))).status).toBe(404);
  });

  it('lets a reviewer send a claim in review back, and reopen a published one; an editor may do neither', async () => {
    const id = await newClaim();
    await move(app, id, 'editor', 'in_progress');
    await move(app, id, 'editor', 'in_review');
    expect((await refused(() => move(app, id, 'editor', 'in_progress'))).status).toBe(403);
    const sentBack = await move(app, id, 'reviewer', 'in_progress', 'which meeting?');
    expect(sentBack.body.workflow.status).toBe('in_progress');

    await move(app, id, 'editor', 'in_review');
    await move(app, id, 'reviewer', 'published');
    expect((await refused(() => move(app, id, 'editor', 'in_progress'))).status).toBe(403);
    const reopened = await move(app, id, 'reviewer', 'in_progress', 'the date is the meeting week');
    expect(reopened.status).toBe(200);
    expect(reopened.body.workflow.status).toBe('in_progress');

    const corrected = await app.request('POST', `/v1/claims/${id}/corrections`, {
      key: app.keys.editor,
      body: { validTime: { at: '2017-07-13' }, reason: 'the meeting week' },
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body.validTime).toEqual({ at: '2017-07-13' });
  });

  it('answers 412 to a move with a stale If-Match', async () => {
    const id = await newClaim();
    expect((await move(app, id, 'editor', 'in_progress')).headers.get('etag')).toBe('"2"');
    const res = await refused(() =>
      app.request('POST', `/v1/claims/${id}/workflow`, { key: app.keys.editor, headers: { 'if-match': '"1"' }, body: { to: 'in_review' } }),
    );
    expect(res.status).toBe(412);
  });

  it('assigns and unassigns reviewers', async () => {
    const id = await newClaim();
    const path = `/v1/claims/${id}/assignees`;
    const first = await app.request('POST', path, { key: app.keys.editor, body: { assignee: 'test reviewer' } });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.workflow.assignees).toEqual(['test reviewer']);
    await app.request('POST', path, { key: app.keys.editor, body: { assignee: 'Bea (review desk)' } });

    const before = await app.countEvents();
    const again = await app.request('POST', path, { key: app.keys.editor, body: { assignee: ' test reviewer ' } });
    expect(again.body.workflow.assignees).toEqual(['test reviewer', 'Bea (review desk)']);
    expect(await app.countEvents()).toBe(before);

    const removed = await app.request('DELETE', `${path}/${encodeURIComponent('Bea (review desk)')}`, { key: app.keys.editor });
    expect(removed.status).toBe(200);
    expect(removed.body.workflow.assignees).toEqual(['test reviewer']);
    expect((await refused(() => app.request('DELETE', `${path}/${encodeURIComponent('Bea (review desk)')}`, { key: app.keys.editor }))).status).toBe(404);

    expect((await refused(() => app.request('POST', path, { key: app.keys.reader, body: { assignee: 'x' } }))).status).toBe(403);
    for (const assignee of ['', '  ', 'x'.repeat(201)]) {
      const res = await refused(() => app.request('POST', path, { key: app.keys.editor, body: { assignee } }));
      expect(res.status).toBe(400);
      expect(res.body.errors[0].field).toBe('assignee');
    }
    expect((await claim(id)).workflow.assignees).toEqual(['test reviewer']);
  });

  it('keeps comments with their author and time, and a retried comment once', async () => {
    const id = await newClaim();
    const path = `/v1/claims/${id}/comments`;
    const made = await app.request('POST', path, {
      key: app.keys.editor,
      headers: { 'idempotency-key': 'c-all60-1' },
      body: { text: ' Kerry says "all 60" later on ' },
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), text: 'Kerry says "all 60" later on', author: 'test editor' });
    expect(Date.parse(made.body.at)).not.toBeNaN();

    const replayed = await app.request('POST', path, {
      key: app.keys.editor,
      headers: { 'idempotency-key': 'c-all60-1' },
      body: { text: ' Kerry says "all 60" later on ' },
    });
    expect(replayed.headers.get('idempotent-replayed')).toBe('true');
    expect(replayed.body.id).toBe(made.body.id);

    // The same request id without an Idempotency-Key names the same comment too.
    const headers = { 'x-request-id': 'comment-retry-7' };
    const once = await app.request('POST', path, { key: app.keys.reviewer, headers, body: { text: 'agreed' } });
    expect(once.status).toBe(201);
    const events = await app.countEvents();
    const twice = await app.request('POST', path, { key: app.keys.reviewer, headers, body: { text: 'agreed' } });
    expect(twice.status).toBe(200);
    expect(twice.body).toEqual({ ...once.body, version: twice.body.version, position: twice.body.position });
    expect(await app.countEvents()).toBe(events);

    expect((await claim(id)).workflow.comments).toEqual([
      { id: made.body.id, text: 'Kerry says "all 60" later on', author: 'test editor', at: made.body.at },
      { id: once.body.id, text: 'agreed', author: 'test reviewer', at: once.body.at },
    ]);

    for (const text of ['', '   ', 'y'.repeat(4001)]) {
      const res = await refused(() => app.request('POST', path, { key: app.keys.editor, body: { text } }));
      expect(res.status).toBe(400);
      expect(res.body.errors[0].field).toBe('text');
    }
    expect((await refused(() => app.request('POST', path, { key: app.keys.reader, body: { text: 'hi' } }))).status).toBe(403);
  });

  it('shows in the audit who moved, assigned and commented', async () => {
    const [first, second] = [await newClaim(), await newClaim()];
    for (const id of [first, second]) await publish(app, id);
    await move(app, second, 'reviewer', 'in_progress', 'reopened for the audit');
    await app.request('POST', `/v1/claims/${second}/assignees`, { key: app.keys.editor, body: { assignee: 'test reviewer' } });
    await app.request('DELETE', `/v1/claims/${second}/assignees/${encodeURIComponent('test reviewer')}`, { key: app.keys.editor });
    await app.request('POST', `/v1/claims/${second}/comments`, { key: app.keys.editor, body: { text: 'for the audit' } });
    const ours = (e: { stream: string }) => e.stream === `claim-${first}` || e.stream === `claim-${second}`;

    const byReviewer = await app.request('GET', `/v1/audit?actor=${encodeURIComponent('test reviewer')}&limit=500`, { key: app.keys.reader });
    const published = byReviewer.body.items.filter(
      (e: { stream: string; type: string; data: { to?: string } }) => ours(e) && e.type === 'ClaimWorkflowMoved' && e.data.to === 'published',
    );
    expect(published.map((e: { stream: string }) => e.stream).sort()).toEqual([`claim-${first}`, `claim-${second}`].sort());
    for (const e of published) expect(e).toMatchObject({ actor: 'test reviewer', requestId: expect.any(String) });

    const byEditor = await app.request('GET', `/v1/audit?actor=${encodeURIComponent('test editor')}&limit=500`, { key: app.keys.reader });
    const types = byEditor.body.items.filter(ours).map((e: { type: string }) => e.type);
    expect(types.filter((t: string) => t !== 'ClaimRecorded').sort()).toEqual(
      [
        'ClaimWorkflowMoved',
        'ClaimWorkflowMoved',
        'ClaimWorkflowMoved',
        'ClaimWorkflowMoved',
        'ReviewerAssigned',
        'ReviewerUnassigned',
        'ClaimCommented',
      ].sort(),
    );
    expect(byEditor.body.items.every((e: { actor: string }) => e.actor === 'test editor')).toBe(true);
  });
});

describe('the review list over HTTP', () => {
  let app: TestApp;
  let ids: Record<string, string>;

  // Its own app, since the list shows every claim: the coalition's eight, three of them moved.
  beforeAll(async () => {
    app = await startTestApp();
    ids = (await recordCoalition(app)).claimIds;
    await publish(app, ids.eightyFour!);
    await app.request('POST', `/v1/claims/${ids.eightyFour}/comments`, { key: app.keys.editor, body: { text: 'ran in the weekly check' } });
    await move(app, ids.seventyTwo!, 'editor', 'in_progress');
    await app.request('POST', `/v1/claims/${ids.all60}/assignees`, { key: app.keys.editor, body: { assignee: 'test reviewer' } });
  });
  afterAll(() => app?.close());

  it('lists claims for review by status and assignee, least recently changed first, a page at a time', async () => {
    const head = (await app.request('GET', '/v1/projections', { key: app.keys.reader })).body.items[0].headPosition;
    const review = async (query: string) => {
      const res = await app.request('GET', `/v1/review?minPosition=${head}&${query}`, { key: app.keys.reader });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body;
    };

    const published = await review('status=published');
    expect(published.items).toEqual([
      {
        id: ids.eightyFour,
        subject: 'global-coalition',
        metric: 'member-count',
        value: { amount: 84, qualifier: 'exact', unit: 'member' },
        validTime: { at: '2022-05-11' },
        source: { id: expect.any(String), title: "Anti-ISIS coalition meets on countering extremist group's revival" },
        status: 'published',
        assignees: [],
        verdict: null,
        verdictOutdated: false,
        retracted: false,
        commentCount: 1,
        changedAt: expect.any(String),
        changedBy: 'test editor',
      },
    ]);
    expect(published.next).toBeNull();
    expect((await review('status=in_progress')).items.map((i: { id: string }) => i.id)).toEqual([ids.seventyTwo]);
    expect((await review(`assignee=${encodeURIComponent('test reviewer')}`)).items.map((i: { id: string }) => i.id)).toEqual([ids.all60]);
    expect((await review(`status=in_progress&assignee=${encodeURIComponent('test reviewer')}`)).items).toEqual([]);
    const unstarted = (await review('status=unstarted')).items;
    expect(unstarted.map((i: { id: string }) => i.id)).toContain(ids.over60);
    expect(unstarted.every((i: { status: string }) => i.status === 'unstarted')).toBe(true);

    const all = (await review('limit=200')).items;
    expect(all).toHaveLength(8);
    const times = all.map((i: { changedAt: string }) => Date.parse(i.changedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const paged = [];
    for (let cursor: string | null = ''; cursor !== null;) {
      const page: { items: unknown[]; next: string | null } = await review(`limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(3);
      paged.push(...page.items);
      cursor = page.next;
    }
    expect(paged).toEqual(all);

    // A change sends the claim to the end of the list.
    const commented = await app.request('POST', `/v1/claims/${ids.over60}/comments`, { key: app.keys.editor, body: { text: 'restated as all 60' } });
    const after = await app.request('GET', `/v1/review?limit=200&minPosition=${commented.body.position}`, { key: app.keys.reader });
    expect(after.body.items.at(-1)).toMatchObject({ id: ids.over60, commentCount: 1, changedBy: 'test editor' });
  });

  it('refuses a review list query it cannot read with 400 naming the parameter', async () => {
    for (const [query, field] of [
      ['status=archived', 'status'],
      ['cursor=not-a-cursor', 'cursor'],
      ['limit=0', 'limit'],
      ['verdictOutdated=yes', 'verdictOutdated'],
    ]) {
      const res = await app.request('GET', `/v1/review?${query}`, { key: app.keys.reader });
      expect(res.status, query).toBe(400);
      expect(res.body.errors[0].field).toBe(field);
    }
  });

  it('marks a claim corrected after its verdict as out of date, finds it with verdictOutdated=true, and clears the mark at the next verdict', async () => {
    const id = ids.all60!;
    const review = async (query: string, minPosition: number) => {
      const res = await app.request('GET', `/v1/review?limit=200&minPosition=${minPosition}&${query}`, { key: app.keys.reader });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body.items as Array<{ id: string; verdict: string | null; verdictOutdated: boolean }>;
    };
    const ours = async (minPosition: number) => (await review('', minPosition)).find((i) => i.id === id);

    const reviewed = await app.request('POST', `/v1/claims/${id}/reviews`, { key: app.keys.reviewer, body: { verdict: 'accurate' } });
    expect(reviewed.status, JSON.stringify(reviewed.body)).toBe(200);
    expect(await ours(reviewed.body.position)).toMatchObject({ verdict: 'accurate', verdictOutdated: false });
    expect(await review('verdictOutdated=true', reviewed.body.position)).toEqual([]);

    const corrected = await app.request('POST', `/v1/claims/${id}/corrections`, {
      key: app.keys.editor,
      body: { value: { amount: 62, qualifier: 'exact' }, reason: 'misread' },
    });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
    expect(await ours(corrected.body.position)).toMatchObject({ verdict: 'accurate', verdictOutdated: true, value: { amount: 62 } });
    expect(await review('verdictOutdated=true', corrected.body.position)).toEqual([expect.objectContaining({ id, verdictOutdated: true })]);
    const current = await review('verdictOutdated=false', corrected.body.position);
    expect(current).toHaveLength(7);
    expect(current.some((i) => i.id === id || i.verdictOutdated)).toBe(false);
    // The filter goes with the others: the claim is assigned to the test reviewer and unstarted.
    const assigned = `assignee=${encodeURIComponent('test reviewer')}`;
    expect((await review(`verdictOutdated=true&${assigned}`, corrected.body.position)).map((i) => i.id)).toEqual([id]);
    expect(await review(`verdictOutdated=true&status=published`, corrected.body.position)).toEqual([]);

    const again = await app.request('POST', `/v1/claims/${id}/reviews`, { key: app.keys.reviewer, body: { verdict: 'misleading' } });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(await ours(again.body.position)).toMatchObject({ verdict: 'misleading', verdictOutdated: false });
    expect(await review('verdictOutdated=true', again.body.position)).toEqual([]);
  });
});

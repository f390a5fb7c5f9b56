import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '#access';
import { EventStore } from '#event-store';
import { exportLog, readRows, registerImport, runImportJob } from '#imports';
import { PROJECTIONS, waitForPosition } from '#projections';
import { startTestApp, type TestApp } from '#test-support';

// Everything a log holds goes out as an export and back into an empty database: every fact
// view, timeline, claim, contradiction and list read the same on both sides.

const TEXT = 'The statistics office said output reached 1,062.4 billion crowns in the fourth quarter.';

/** A rich history on top of the demo: corrections, a retraction and a restoration, ranks, verdicts, review, a resolution, revisions. */
async function buildHistory(app: TestApp): Promise<number> {
  const { editor, reviewer } = app.keys;
  let position = app.demo!.position;
  const ok = async (method: string, path: string, key: string, body?: unknown, headers?: Record<string, string>) => {
    const res = await app.request(method, path, { key, ...(body !== undefined ? { body } : {}), ...(headers ? { headers } : {}) });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    if (typeof res.body?.position === 'number') position = Math.max(position, res.body.position);
    return res.body;
  };
  const timeline = async (fact: string) => (await ok('GET', `/v1/facts/${fact}/timeline?include=all&minPosition=${position}`, reviewer)).claims;

  const members = await timeline('global-coalition/member-count');
  const at = (validAt: string) => members.filter((c: { validTime: { at?: string } }) => c.validTime.at === validAt);
  const [seventyTwo] = at('2017-07');
  const [eightyFour] = at('2022-05-11');
  // A correction of value, then of valid time; a verdict, a rank, a move through review.
  await ok('POST', `/v1/claims/${seventyTwo.id}/corrections`, editor, { value: { amount: 72, qualifier: 'approx' }, reason: 'the release rounds' });
  await ok('POST', `/v1/claims/${seventyTwo.id}/corrections`, editor, { validTime: { at: '2017-07-13' }, reason: 'the day of the release' });
  await ok('POST', `/v1/claims/${eightyFour.id}/reviews`, reviewer, { verdict: 'accurate', note: 'matches the communique' });
  await ok('POST', `/v1/claims/${eightyFour.id}/rank`, reviewer, { rank: 'preferred', reason: 'the official count' });
  await ok('POST', `/v1/claims/${eightyFour.id}/workflow`, editor, { to: 'in_progress' });
  await ok('POST', `/v1/claims/${eightyFour.id}/assignees`, editor, { assignee: 'test reviewer' });
  await ok('POST', `/v1/claims/${eightyFour.id}/assignees`, editor, { assignee: 'someone else' });
  await ok('DELETE', `/v1/claims/${eightyFour.id}/assignees/someone%20else`, editor);
  await ok('POST', `/v1/claims/${eightyFour.id}/comments`, editor, { text: 'the communique lists them' });
  await ok('POST', `/v1/claims/${eightyFour.id}/workflow`, editor, { to: 'in_review' });
  await ok('POST', `/v1/claims/${eightyFour.id}/workflow`, reviewer, { to: 'published', note: 'checked' });

  // The open contradiction ("over 60" against "all 60") resolved by a reviewer.
  const [open] = (await ok('GET', `/v1/contradictions?status=open&minPosition=${position}`, reviewer)).items;
  const all60 = open.claims.find((c: { quote?: { text: string } }) => c.quote?.text === 'all\u00a060');
  await ok('POST', `/v1/contradictions/${open.id}/resolution`, reviewer, { preferred: [all60.id], reason: 'the official list has 60' });

  // A retraction and a restoration on one claim; another stays retracted, one deprecated.
  const territory = await timeline('isis/iraq-territory-held');
  await ok('POST', `/v1/claims/${territory[0].id}/retraction`, editor, { reason: 'checking the source' });
  await ok('POST', `/v1/claims/${territory[0].id}/restoration`, editor, { reason: 'the source stands' });
  const goal = await timeline('global-coalition/stabilization-goal');
  await ok('POST', `/v1/claims/${goal[0].id}/retraction`, editor, { reason: 'a planning figure, not a goal' });
  await ok('POST', `/v1/claims/${goal[1].id}/rank`, reviewer, { rank: 'deprecated', reason: 'superseded by the 2023 goal' });
  await ok('POST', `/v1/claims/${goal[1].id}/reviews`, reviewer, { verdict: 'outdated' });

  // Two releases of one publisher, the second revising the first; a source holding its text,
  // quoted; a source changed after it was registered; an alias added.
  await ok('POST', '/v1/entities', editor, { id: 'norway', name: 'Norway', aliases: ['Kingdom of Norway'] });
  await ok('POST', '/v1/entities/norway/aliases', editor, { alias: 'Noreg' });
  await ok('POST', '/v1/metrics', editor, { id: 'gdp-mainland', unit: 'NOK bn', kind: 'money', tolerance: 0.001 });
  const first = await ok('POST', '/v1/sources', editor, {
    title: 'National accounts 2024Q4',
    publisher: 'Statistics Norway',
    publishedAt: '2025-02-14',
    kind: 'statistical_release',
    text: TEXT,
    language: 'en',
  });
  const second = await ok('POST', '/v1/sources', editor, {
    title: 'National accounts 2025Q1',
    publisher: 'Statistics Norway',
    publishedAt: '2025-05-15',
    kind: 'statistical_release',
  });
  await ok('PATCH', `/v1/sources/${second.id}`, editor, { url: 'https://example.org/nr/2025q1' }, { 'if-match': '"1"' });
  const start = TEXT.indexOf('1,062.4');
  await ok('POST', '/v1/claims', editor, {
    sourceId: first.id,
    subject: 'Noreg',
    metric: 'gdp-mainland',
    value: { amount: 1062.4 },
    validTime: { from: '2024-10', to: '2024-12' },
    quote: { text: '1,062.4', start, end: start + 7 },
    attribution: 'the statistics office',
  });
  await ok('POST', '/v1/claims', editor, {
    sourceId: second.id,
    subject: 'norway',
    metric: 'gdp-mainland',
    value: { amount: 1066.1 },
    validTime: { from: '2024-10', to: '2024-12' },
  });
  await ok('POST', '/v1/claims', editor, {
    sourceId: second.id,
    subject: 'norway',
    metric: 'gdp-mainland',
    value: { amount: 1045 },
    validTime: { from: '2024-07', to: '2024-09' },
    note: 'first estimate',
  });
  // Claims first recorded together, in one batch of a bulk import (one millisecond): four
  // publishers disagreeing on one quarter, their order a tie broken by id.
  const rows = ['Bank A', 'Bank B', 'Bank C', 'Bank D'].map(
    (publisher, i) =>
      `{"source_title":"Forecast","source_publisher":"${publisher}","source_published_at":"2025-01","subject":"norway","metric":"gdp-mainland","amount":${1000 + i * 100},"valid_from":"2025-01","valid_to":"2025-03"}`,
  );
  const upload = await fetch(`${app.url}/v1/imports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${editor}`, 'content-type': 'application/x-ndjson' },
    body: rows.join('\n'),
  });
  for (let done = false; !done; await sleep(50)) {
    const status = (await app.request('GET', upload.headers.get('location')!, { key: editor })).body;
    if (status.status !== 'running') {
      expect(status).toMatchObject({ status: 'succeeded', recorded: 4 });
      position = Math.max(position, status.position);
      done = true;
    }
  }
  return position;
}

const ADMIN: RequestContext = { actor: { keyId: 'test', name: 'test importer', role: 'admin' }, requestId: 'r', correlationId: 'c' };

async function exportText(app: TestApp): Promise<string> {
  const store = new EventStore(app.database.db);
  let text = '';
  for await (const chunk of exportLog(store, { pageSize: 50 })) text += chunk;
  await store.close();
  return text;
}

/** Imports the file into the app's database as the importer above; waits for its projections. */
async function importText(app: TestApp, text: string) {
  const store = new EventStore(app.database.db);
  const id = randomUUID();
  const job = {
    store,
    db: app.database.db,
    id,
    format: 'ndjson' as const,
    options: {},
    context: ADMIN,
    rows: () => readRows(Readable.from(text.split(/(?<=\n)/)), 'ndjson'),
  };
  await registerImport(job);
  const result = await runImportJob({ ...job, options: { batchSize: 7 } });
  await store.close();
  for (const p of PROJECTIONS) expect(await waitForPosition(app.database.db, p.name, result.tally.position, 30_000)).toBe(true);
  return result;
}

/**
 * Everything a reader sees, with what belongs to the recording rather than to the facts left
 * out: when (recordedAt, firstRecordedAt, resolvedAt, changedAt, a comment's at), where in the log
 * (position) and by whom (recordedBy, resolvedBy, actor, author, changedBy, requestId). An import
 * records each event anew, now, as the one who imports (an import cannot write in another's
 * name; the line's first actor and time are kept in the event's metadata as `origin`).
 * Stream versions stay: the same events are decided again, in the same order.
 */
const RECORDING = new Set([
  'recordedAt',
  'firstRecordedAt',
  'resolvedAt',
  'changedAt',
  'position',
  'recordedBy',
  'resolvedBy',
  'actor',
  'author',
  'changedBy',
  'requestId',
]);
function facts(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(facts);
  if (value && typeof value === 'object') {
    // A comment's `at` is when it was recorded; a valid time's `at` is a fact.
    const recording = (k: string) => RECORDING.has(k) || (k === 'at' && 'author' in value);
    return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (recording(k) ? [] : [[k, facts(v)]])));
  }
  return value;
}

/** Every read of the figures, keyed by its path. */
async function everything(app: TestApp): Promise<Record<string, unknown>> {
  const read = async (path: string) => {
    const res = await app.request('GET', path, { key: app.keys.reader });
    expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(200);
    return res.body;
  };
  const all = async (path: string) => {
    const items: unknown[] = [];
    for (let cursor: string | null = null; ;) {
      const page = await read(`${path}${path.includes('?') ? '&' : '?'}limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      items.push(...page.items);
      cursor = page.next;
      if (!cursor) return items;
    }
  };
  const out: Record<string, unknown> = {};
  const factList = (await all('/v1/facts')) as Array<{ subject: string; metric: string }>;
  out['/v1/facts'] = factList;
  for (const { subject, metric } of factList) {
    for (const path of [`/v1/facts/${subject}/${metric}`, `/v1/facts/${subject}/${metric}/timeline?include=all`]) out[path] = await read(path);
  }
  out['/v1/contradictions'] = await all('/v1/contradictions');
  const claims = (await all('/v1/claims')) as Array<{ id: string }>;
  out['/v1/claims'] = claims;
  for (const { id } of claims) out[`/v1/claims/${id}`] = await read(`/v1/claims/${id}`);
  for (const list of ['/v1/sources', '/v1/entities', '/v1/metrics', '/v1/review']) out[list] = await all(list);
  return out;
}

describe('an export, imported into an empty database', () => {
  let source: TestApp;
  let target: TestApp;
  let text: string;
  let before: Record<string, unknown>;

  beforeAll(async () => {
    source = await startTestApp({ demo: true });
    const position = await buildHistory(source);
    for (const p of PROJECTIONS) await waitForPosition(source.database.db, p.name, position, 30_000);
    text = await exportText(source);
    before = await everything(source);
    target = await startTestApp();
  });
  afterAll(async () => {
    await source?.close();
    await target?.close();
  });

  it('writes a header, then a line per event of the figures, in log order', async () => {
    const lines = text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ record: 'header', format: 'factlog-export', formatVersion: 1 });
    const kinds = new Set(lines.map((l) => l.record));
    for (const kind of [
      'source',
      'source_update',
      'entity',
      'entity_alias',
      'metric',
      'claim',
      'correction',
      'retraction',
      'restoration',
      'review',
      'rank',
      'workflow',
      'assignment',
      'unassignment',
      'comment',
      'resolution',
    ]) {
      expect(kinds, kind).toContain(kind);
    }
    // Every event but the API keys' own.
    const keyEvents = (await source.request('GET', '/v1/audit?limit=500')).body.items.filter((e: { stream: string }) => e.stream.startsWith('apikey-')).length;
    expect(lines.length - 1).toBe((await source.countEvents()) - keyEvents);
  });

  it('reads back as the same facts, timelines, claims, contradictions and lists', async () => {
    const { status, tally } = await importText(target, text);
    expect(tally.errors).toEqual([]);
    expect(status).toBe('succeeded');
    expect(tally.recorded).toBe(text.trimEnd().split('\n').length - 1);
    const after = await everything(target);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(Object.keys(after).length).toBeGreaterThan(50);
    for (const key of Object.keys(before)) expect(facts(after[key]), key).toEqual(facts(before[key]));
    // The events are the importer's, each with where it first came from.
    const { rows } = await sql<{
      metadata: Record<string, unknown>;
    }>`select metadata from events where event_type = 'ClaimRecorded' order by global_position limit 1`.execute(target.database.db);
    expect(rows[0]!.metadata).toMatchObject({
      actor: 'test importer',
      importId: expect.any(String),
      origin: { actor: 'factlog demo', recordedAt: expect.any(String) },
    });
  });

  it('adds nothing when the same export is imported again', async () => {
    const events = await target.countEvents();
    const { status, tally } = await importText(target, text);
    expect(tally.errors).toEqual([]);
    expect(status).toBe('succeeded');
    expect(tally).toMatchObject({ recorded: 0, unchanged: text.trimEnd().split('\n').length - 1, rejected: 0 });
    expect(await target.countEvents()).toBe(events);
  });

  it('would tell a correction left out', async () => {
    const third = await startTestApp();
    try {
      const withoutCorrections = text
        .split('\n')
        .filter((l) => !l.includes('"record":"correction"'))
        .join('\n');
      expect(withoutCorrections.length).toBeLessThan(text.length);
      await importText(third, withoutCorrections);
      const after = await everything(third);
      const differing = Object.keys(before).filter((key) => JSON.stringify(facts(after[key])) !== JSON.stringify(facts(before[key])));
      expect(differing).toContain('/v1/facts/global-coalition/member-count/timeline?include=all');
    } finally {
      await third.close();
    }
  });
});

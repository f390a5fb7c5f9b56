import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '#test-support';

const HEADER = 'source_title,source_publisher,source_published_at,source_kind,subject,metric,amount,unit,valid_at,metric_unit,metric_kind';

describe('POST /v1/imports', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  const upload = (body: string, contentType: string, query = '', key = app.keys.editor) =>
    fetch(`${app.url}/v1/imports${query}`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': contentType }, body });
  /** Follows an import at its Location until it is done. */
  const finished = async (location: string) => {
    for (let i = 0; i < 200; i++) {
      const res = await app.request('GET', location, { key: app.keys.reader });
      expect(res.status).toBe(200);
      if (res.body.status !== 'running') return res.body;
      await sleep(50);
    }
    throw new Error('the import did not finish');
  };

  it('answers 202 with the import at Location, then shows its counts, rate, position and errors by line', async () => {
    const file = [
      HEADER,
      'Quarterly accounts,Statistics Office,2024-02-27,statistical_release,Germany,gdp-q,1000.5,EUR bn,2023-10,EUR bn,money',
      'Quarterly accounts,Statistics Office,2024-02-27,statistical_release,Germany,gdp-q,990,EUR bn,2023-07,EUR bn,money',
      'Quarterly accounts,Statistics Office,2024-02-27,statistical_release,Germany,gdp-q,1e3,USD,2023-04,EUR bn,money',
    ].join('\n');
    const res = await upload(file, 'text/csv', '?defineMissing=true');
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    expect(res.headers.get('location')).toBe(`/v1/imports/${id}`);
    const status = await finished(res.headers.get('location')!);
    expect(status).toMatchObject({
      id,
      status: 'completed_with_errors',
      format: 'csv',
      options: { defineMissing: true, allOrNothing: false, dryRun: false },
      actor: 'test editor',
      rowsRead: 3,
      recorded: 2,
      unchanged: 0,
      rejected: 1,
      errors: [{ line: 4, field: 'unit', message: expect.stringContaining("unit 'USD' does not fit metric gdp-q") }],
    });
    expect(status.rowsPerSecond).toBeGreaterThan(0);

    const value = await app.request('GET', `/v1/facts/germany/gdp-q/value?validAt=2023-10&minPosition=${status.position}`, { key: app.keys.reader });
    expect(value.status).toBe(200);
    expect(value.body.value.value).toEqual({ amount: 1000.5, unit: 'EUR bn', qualifier: 'exact' });

    // Every event the import wrote names it, and the audit finds them by it.
    const audit = await app.request('GET', `/v1/audit?importId=${id}`, { key: app.keys.reader });
    expect(audit.body.items.map((e: { type: string }) => e.type).sort()).toEqual([
      'ClaimRecorded',
      'ClaimRecorded',
      'EntityDefined',
      'MetricDefined',
      'SourceRegistered',
    ]);
    expect(audit.body.items.every((e: { actor: string }) => e.actor === 'test editor')).toBe(true);
    const other = await app.request('GET', `/v1/audit?importId=${crypto.randomUUID()}`, { key: app.keys.reader });
    expect(other.body.items).toEqual([]);
  });

  it('takes NDJSON, and a dry run writes nothing', async () => {
    const before = await app.countEvents();
    const line = { source_title: 'Flash estimate', source_published_at: '2024-01-30', subject: 'germany', metric: 'gdp-q', amount: 1001, valid_at: '2023-10' };
    const res = await upload(`${JSON.stringify(line)}\n${JSON.stringify({ ...line, valid_at: '2023-13' })}\n`, 'application/x-ndjson', '?dryRun=true');
    expect(res.status).toBe(202);
    const status = await finished(res.headers.get('location')!);
    expect(status).toMatchObject({
      status: 'completed_with_errors',
      recorded: 1,
      rejected: 1,
      errors: [{ line: 2, field: 'valid_at', message: "'2023-13' has no month 13" }],
    });
    expect(await app.countEvents()).toBe(before);
  });

  it('refuses what is not a file to import, or not allowed, with problem+json', async () => {
    const xml = await upload('<claims/>', 'application/xml');
    expect(xml.status).toBe(415);
    expect(xml.headers.get('content-type')).toContain('application/problem+json');
    const json = await app.request('POST', '/v1/imports', { key: app.keys.editor, body: { rows: [] } });
    expect(json.status).toBe(415);
    expect(json.body.detail).toContain('text/csv or application/x-ndjson');

    const option = await upload(HEADER, 'text/csv', '?dryRun=maybe');
    expect(option.status).toBe(400);
    expect(((await option.json()) as { errors: unknown[] }).errors).toEqual([{ field: 'dryRun', message: expect.any(String) }]);
    const unknown = await upload(HEADER, 'text/csv', '?definemissing=true');
    expect(unknown.status).toBe(400);

    expect((await upload(HEADER, 'text/csv', '', app.keys.reader)).status).toBe(403);
    expect((await upload(HEADER, 'text/csv', '', 'fl_nokey')).status).toBe(401);
    // Other routes still take JSON only.
    const csvElsewhere = await fetch(`${app.url}/v1/entities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${app.keys.editor}`, 'content-type': 'text/csv' },
      body: 'id\nx',
    });
    expect(csvElsewhere.status).toBe(415);
    expect((await app.request('GET', '/v1/imports/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await app.request('GET', '/v1/imports/nope')).status).toBe(404);
  });

  it('fails a file it cannot read as a whole, naming the line', async () => {
    const res = await upload('subject,metric,value\nx,y,1\n', 'text/csv');
    const status = await finished(res.headers.get('location')!);
    expect(status).toMatchObject({ status: 'failed', errors: [{ line: 1, field: '(header)', message: expect.stringContaining('unknown column(s) value') }] });
  });

  /**
   * A small real-time data set: every release restates each quarter published so far, a little
   * revised. Read as of a release date, each quarter is the figure of the release current then;
   * one publisher revising its own figures is no contradiction.
   */
  it('answers as of each release date with that release figure, and sees revisions, not contradictions', async () => {
    const releases = ['2021-02-15', '2021-05-15', '2021-08-15', '2021-11-15', '2022-02-15', '2022-05-15'];
    const quarters = ['2020-01', '2020-04', '2020-07', '2020-10', '2021-01', '2021-04', '2021-07', '2021-10', '2022-01'];
    const figure = (q: number, r: number) => 500 + q * 10 + r * 0.5;
    const rows = [HEADER];
    releases.forEach((date, r) => {
      quarters.forEach((period, q) => {
        if (period >= date.slice(0, 7)) return; // a quarter is published after it starts
        rows.push(`National accounts ${date},Statistics Office,${date},statistical_release,france,gdp-real,${figure(q, r)},EUR bn,${period},EUR bn,money`);
      });
    });
    const res = await upload(rows.join('\n'), 'text/csv', '?defineMissing=true');
    const status = await finished(res.headers.get('location')!);
    expect(status).toMatchObject({ status: 'succeeded', recorded: rows.length - 1, rejected: 0 });

    for (const [r, date] of releases.entries()) {
      for (const [q, period] of quarters.entries()) {
        if (period >= date.slice(0, 7)) continue;
        const at = await app.request('GET', `/v1/facts/france/gdp-real/value?validAt=${period}&publishedBefore=${date}&minPosition=${status.position}`, {
          key: app.keys.reader,
        });
        expect(at.status).toBe(200);
        expect(at.body.value?.value.amount, `${period} as of ${date}`).toBe(figure(q, r));
      }
    }
    const contradictions = await app.request('GET', '/v1/contradictions?subject=france&metric=gdp-real', { key: app.keys.reader });
    expect(contradictions.status, JSON.stringify(contradictions.body)).toBe(200);
    expect(contradictions.body.items).toEqual([]);
  });
});

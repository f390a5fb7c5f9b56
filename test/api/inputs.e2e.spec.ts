import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RawReply, rawRequest, startTestApp, type TestApp } from '#test-support';
import { coalition, metric, sources } from '../fixtures/coalition.js';

type Raw = RawReply;

/** One request exactly as written, with the admin key unless another is given. */
const raw = (app: TestApp, method: string, path: string, options: { body?: string | Buffer; headers?: Record<string, string>; key?: string } = {}) =>
  rawRequest(app.url, {
    method,
    path,
    headers: {
      authorization: `Bearer ${options.key ?? app.keys.admin}`,
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    },
    ...(options.body !== undefined ? { body: options.body } : {}),
  });

// The classes of input a fuzzer found answered with 500, or with an error outside problem+json.
describe('every input gets a clear answer', () => {
  let app: TestApp;
  let sourceId: string;

  beforeAll(async () => {
    app = await startTestApp();
    sourceId = (await app.request('POST', '/v1/sources', { body: sources.london2015 })).body.id;
    await app.request('POST', '/v1/metrics', { body: metric });
    await app.request('POST', '/v1/entities', { body: coalition });
  });
  afterAll(() => app?.close());

  // The source's id is known only once the app runs: `$SOURCE` stands for it.
  const claimText = (value: string, quote = '') =>
    `{"sourceId":"$SOURCE","subject":"global-coalition","metric":"member-count","value":${value},"validTime":{"at":"2015-01-22"}${quote}}`;

  // eslint-disable-next-line @typescript-eslint/require-await -- awaited by its callers like the other checks
  async function expectProblem(res: Raw, status: number, field?: string) {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.contentType).toMatch(/^application\/problem\+json/);
    // Refused before any hook ran or after: a browser never sniffs an error body as a page.
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.body).toMatchObject({ status, title: expect.any(String) });
    if (field)
      expect(
        res.body.errors?.map((e: { field: string }) => e.field),
        JSON.stringify(res.body),
      ).toContain(field);
  }

  const cases: Array<[string, string, string, { body?: string | Buffer; headers?: Record<string, string> }, number, string?]> = [
    ['NUL in a path parameter (read)', 'GET', '/v1/entities/a%00b', {}, 400, 'id'],
    ['NUL in a path parameter (write)', 'POST', '/v1/entities/a%00b/aliases', { body: '{"alias":"x"}' }, 400, 'id'],
    ['NUL in a query parameter', 'GET', '/v1/facts?subject=a%00b', {}, 400, 'subject'],
    ['lone surrogate in a query parameter', 'GET', '/v1/audit?actor=%ED%A0%80', {}, 400, 'actor'],
    ['NUL in a body string', 'POST', '/v1/entities', { body: '{"id":"nul","name":"a\\u0000b"}' }, 400, 'name'],
    ['NUL in a body key', 'POST', '/v1/entities', { body: '{"id":"nul","name":"n","a\\u0000":1}' }, 400, 'a\\u0000'],
    ['NUL deep in an array', 'POST', '/v1/entities', { body: '{"id":"nul","name":"n","aliases":["ok","\\u0000"]}' }, 400, 'aliases.1'],
    ['lone high surrogate in a body string', 'POST', '/v1/entities', { body: '{"id":"sur","name":"x\\ud800"}' }, 400, 'name'],
    ['lone low surrogate in a body string', 'POST', '/v1/entities', { body: '{"id":"sur","name":"\\udc00x"}' }, 400, 'name'],
    [
      'bytes that are not UTF-8',
      'POST',
      '/v1/entities',
      { body: Buffer.from([...Buffer.from('{"id":"utf","name":"'), 0xff, 0xfe, ...Buffer.from('"}')]) },
      400,
    ],
    ['an integer beyond 2^53', 'POST', '/v1/claims', { body: claimText('{"amount":9007199254740993}') }, 400, 'value.amount'],
    ['an exactly representable integer beyond 2^53', 'POST', '/v1/claims', { body: claimText('{"amount":18014398509481984}') }, 400, 'value.amount'],
    ['a decimal that underflows to 0', 'POST', '/v1/claims', { body: claimText('{"amount":1e-400}') }, 400, 'value.amount'],
    ['a number that overflows', 'POST', '/v1/claims', { body: claimText('{"amount":1e400}') }, 400, 'value.amount'],
    ['a decimal with more digits than a double keeps', 'POST', '/v1/claims', { body: claimText('{"amount":0.30000000000000001}') }, 400, 'value.amount'],
    ['malformed JSON', 'POST', '/v1/entities', { body: '{"id":' }, 400],
    ['an empty JSON body', 'POST', '/v1/entities', { body: '' }, 400],
    ['an unsupported media type', 'POST', '/v1/entities', { body: 'id=x', headers: { 'content-type': 'text/plain' } }, 415],
    ['a bad percent-encoding in the path', 'GET', '/v1/entities/%E0%A4%A', {}, 400],
    ['a path parameter over the limit', 'GET', `/v1/entities/${'a'.repeat(5000)}`, {}, 414],
    ['a query string too large', 'GET', `/v1/facts?subject=${'a'.repeat(20_000)}`, {}, 431],
    ['a header too large', 'GET', '/v1/facts', { headers: { 'x-padding': 'a'.repeat(20_000) } }, 431],
    [
      'quote offsets far beyond any text',
      'POST',
      '/v1/claims',
      { body: claimText('{"amount":60}', ',"quote":{"text":"over 60","start":0,"end":1000000000}') },
      422,
      'quote.end',
    ],
    [
      'quote offsets that do not span the quote',
      'POST',
      '/v1/claims',
      { body: claimText('{"amount":60}', ',"quote":{"text":"over 60","start":10,"end":500}') },
      422,
      'quote.end',
    ],
  ];

  it.each(cases)('%s', async (_, method, path, options, status, field) => {
    const before = await app.countEvents();
    const body = typeof options.body === 'string' ? options.body.replace('$SOURCE', sourceId) : options.body;
    await expectProblem(await raw(app, method, path, { ...options, body }), status, field);
    expect(await app.countEvents()).toBe(before);
  });

  it('takes numbers a double holds exactly as written, and quote offsets that span the quote', async () => {
    const accepted: Array<[string, string, string]> = [
      ['2015-02', '{"amount":9007199254740991}', ''],
      ['2015-03', '{"amount":0.1,"lowerBound":-0,"upperBound":1e15,"qualifier":"approx"}', ''],
      ['2015-04', '{"amount":61}', ',"quote":{"text":"over 60 countries","start":953,"end":970}'],
      ['2015-05', '{"amount":62.50}', ''],
    ];
    for (const [at, value, quote] of accepted) {
      const res = await raw(app, 'POST', '/v1/claims', { body: claimText(value, quote).replace('2015-01-22', at).replace('$SOURCE', sourceId) });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
  });

  it('answers a refused path once, even with a body left unread behind it', async () => {
    for (let i = 0; i < 3; i++) {
      await expectProblem(await raw(app, 'DELETE', `/v1/api-keys/${'x'.repeat(5000)}`, { body: '{}' }), 414);
      await expectProblem(await raw(app, 'POST', '/v1/entities/%E0%A4%A/aliases', { body: '{"alias":"x"}' }), 400);
      await expectProblem(await raw(app, 'POST', '/v1/entities/a%00b/aliases', { body: '{"alias":"x"}' }), 400, 'id');
    }
  });

  it('answers a request Node cannot parse (a NUL in a header) with problem+json', async () => {
    const url = new URL(app.url);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(url.port), url.hostname, () => socket.write('GET /v1/me HTTP/1.1\r\nHost: x\r\nX-Bad: a\0b\r\n\r\n'));
      let data = '';
      socket.on('data', (chunk: Buffer) => (data += chunk.toString()));
      socket.on('close', () => resolve(data));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toMatch(/content-type: application\/problem\+json/i);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({ status: 400, title: 'Bad Request' });
  });

  it('reads a source by an id as long as one may be (200 characters)', async () => {
    const id = 'x'.repeat(200);
    expect((await app.request('POST', '/v1/sources', { body: { ...sources.london2015, id, title: 'long id' } })).status).toBe(201);
    expect((await raw(app, 'GET', `/v1/sources/${id}`)).status).toBe(200);
  });

  it('answers an unknown path or method with problem+json', async () => {
    await expectProblem(await raw(app, 'GET', '/v1/nowhere'), 404);
    await expectProblem(await raw(app, 'PUT', '/v1/claims', { body: '{}' }), 404);
  });
});

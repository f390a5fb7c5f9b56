import fc from 'fast-check';

/** The parts of an OpenAPI 3.0 schema object the body generator reads. */
export interface JsonSchema {
  readonly type?: string;
  readonly properties?: Record<string, JsonSchema>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly enum?: readonly unknown[];
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
}

export interface Hostile {
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string | Buffer;
}

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** Text a client should never send, and some it may. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  fc.tuple(fc.string({ maxLength: 5 }), loneSurrogate, fc.string({ maxLength: 5 })).map((parts) => parts.join('')),
  fc.constantFrom('\0', 'a\0b', '\u202e', '\ufeff', '\ud83d\ude00', '  ', '', '../../etc/passwd', "' or 1=1 --", '<script>', '\\', '"', '\n\r\t'),
  fc.constantFrom('9007199254740993', '1e-400', '1e400', '-0', 'NaN', 'Infinity', '0x10', '-1', '2015-02-30', '2015-13', '0000'),
  fc.constantFrom(300, 1001, 5001, 70_000).map((n) => 'a'.repeat(n)),
);

/** Percent-encoding that keeps lone surrogates hostile (as the bytes of their UTF-8 form). */
function percentEncode(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (/^[A-Za-z0-9\-._~]$/.test(ch)) out += ch;
    else if (code >= 0xd800 && code <= 0xdfff)
      out += `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`;
    else out += [...Buffer.from(ch, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0').toUpperCase()}`).join('');
  }
  return out;
}

const badPercent = fc.constantFrom('%', '%Z', '%ZZ', '%E0%A4%A', '%ED%A0%80', '%C0%AF', '%FF', '%00', 'a%00', '%2F..%2F');

/** A path parameter: a real id (to reach the handlers behind the lookups) or hostile text. */
export const hostilePathParam = (ids: readonly string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...ids).map(percentEncode) },
    { weight: 3, arbitrary: hostileText.map(percentEncode) },
    { weight: 1, arbitrary: badPercent },
    { weight: 1, arbitrary: fc.constantFrom(120, 120, 120, 5000).map((n) => 'x'.repeat(n)) },
  );

/** The query parameters the routes read (the OpenAPI document lists bodies only), and some they do not. */
const QUERY_NAMES = [
  'subject',
  'metric',
  'flag',
  'cursor',
  'limit',
  'knownAt',
  'publishedBefore',
  'include',
  'validAt',
  'status',
  'actor',
  'from',
  'to',
  'after',
  'assignee',
  'unknown',
  '__proto__',
  'constructor',
] as const;

const queryValue = fc.oneof(
  { weight: 4, arbitrary: hostileText.map(percentEncode) },
  { weight: 1, arbitrary: badPercent },
  fc.constantFrom('open', 'all', 'active', '2015', '2015-01-22', '2026-01-01T00:00:00Z', '10', '0', '1000000'),
);

// minPosition is kept to values that answer at once: a valid position ahead of the log is
// waited for (up to 5 s) and then answered 503 by design.
const minPosition = fc.constantFrom('0', '-1', 'x', '1.5', '9007199254740993', '1e-400', '%00', '');

export const hostileQuery: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constant('') },
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.array(fc.tuple(fc.constantFrom(...QUERY_NAMES), queryValue), { maxLength: 4 }), fc.option(minPosition, { nil: undefined }))
      .map(([pairs, position]) => {
        const all = [...pairs.map(([k, v]) => `${k}=${v}`), ...(position !== undefined ? [`minPosition=${position}`] : [])];
        return all.length ? `?${all.join('&')}` : '';
      }),
  },
  { weight: 1, arbitrary: fc.constantFrom('?', '?&&', '?=x', '?subject', `?subject=${'a'.repeat(20_000)}`, '?limit=1&limit=2', '?%00=1') },
);

/** Header values as Node's client sends them: tab, printable ASCII and Latin-1. */
export const hostileHeaderValue: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.string({
      unit: fc
        .integer({ min: 0x20, max: 0xff })
        .filter((c) => c !== 0x7f)
        .map((c) => String.fromCharCode(c)),
      maxLength: 60,
    }),
  },
  { weight: 4, arbitrary: fc.constantFrom('"1"', '"0"', '*', 'W/"1"', '"9007199254740993"', '"-1"', '1', '', 'text/event-stream', 'application/json') },
  { weight: 1, arbitrary: fc.constantFrom(300, 9000).map((n) => 'k'.repeat(n)) },
);

/** A number as its JSON text, so that those JSON.parse would change reach the server as written. */
class RawNumber {
  constructor(readonly token: string) {}
}
const hostileNumber = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -10, max: 100 }) },
  fc.double(),
  fc
    .constantFrom('9007199254740993', '1e-400', '1e400', '-0', '0.30000000000000001', '1e308', '123456789012345678901234567890', '5e-324')
    .map((t) => new RawNumber(t)),
);

const wrongType: fc.Arbitrary<unknown> = fc.oneof(fc.constant(null), fc.boolean(), hostileText, hostileNumber, fc.constant([]), fc.constant({}));

function fromSchema(schema: JsonSchema | undefined, ids: readonly string[], depth: number): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return wrongType;
  const alternatives = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  let typed: fc.Arbitrary<unknown>;
  if (alternatives?.length) typed = fc.oneof(...alternatives.map((s) => fromSchema(s, ids, depth + 1)));
  else if (schema.enum?.length) typed = fc.constantFrom(...schema.enum);
  else if (schema.type === 'object' || schema.properties) {
    const properties = schema.properties ?? {};
    const known = fc.record(Object.fromEntries(Object.entries(properties).map(([k, s]) => [k, fromSchema(s, ids, depth + 1)])), {
      requiredKeys: (schema.required ?? []).filter((k) => k in properties),
    });
    typed = fc
      .tuple(known, fc.option(fc.tuple(hostileText, wrongType), { freq: 6, nil: undefined }))
      .map(([object, extra]) => (extra ? { ...object, [extra[0]]: extra[1] } : object));
  } else if (schema.type === 'array') typed = fc.array(fromSchema(schema.items, ids, depth + 1), { maxLength: 4 });
  else if (schema.type === 'string') {
    typed = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...ids, '2015-01-22', '2015', 'en', 'news_article', 'a reason') },
      { weight: 1, arbitrary: hostileText },
    );
  } else if (schema.type === 'number' || schema.type === 'integer') typed = hostileNumber;
  else if (schema.type === 'boolean') typed = fc.boolean();
  else typed = wrongType;
  // Mostly the right type, so that many bodies get past the schema to the rules behind it.
  return fc.oneof({ weight: 15, arbitrary: typed }, { weight: 1, arbitrary: wrongType });
}

function serialize(value: unknown): string {
  if (value instanceof RawNumber) return value.token;
  if (Array.isArray(value)) return `[${value.map(serialize).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${serialize(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A body: mostly shaped by the operation's schema with hostile parts, or anything at all. */
export const hostileBody = (schema: JsonSchema | undefined, ids: readonly string[]): fc.Arbitrary<string | Buffer> =>
  fc.oneof(
    { weight: 12, arbitrary: fromSchema(schema, ids, 0).map(serialize) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: fc.integer({ min: 10, max: 200 }).map((d) => `${'{"a":'.repeat(d)}[${'['.repeat(d)}]${']'.repeat(d)}${'}'.repeat(d)}`) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<string | Buffer>(
        '',
        '{',
        'null',
        '[]',
        '"x"',
        '1',
        '{"__proto__":{"admin":true}}',
        '{"constructor":{"prototype":{"x":1}}}',
        '{"a":1,"a":2}',
        Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
        `{"text":"${'x'.repeat(100_000)}"}`,
      ),
    },
  );

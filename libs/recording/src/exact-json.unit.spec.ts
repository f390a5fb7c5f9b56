import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkJsonText, numberProblem } from './exact-json.js';

describe('numbers a JSON body may carry', () => {
  it.each(['0', '-0', '1', '-17', '0.1', '62.50', '1.5e3', '1E-7', '5e-324', '9007199254740991', '-9007199254740991', '0e999', '1e15'])(
    'takes %s, which a double holds as written',
    (token) => expect(numberProblem(token)).toBeUndefined(),
  );

  it.each([
    ['9007199254740992', 'beyond'],
    ['9007199254740993', 'beyond'],
    ['-18014398509481984', 'beyond'],
    ['1e300', 'beyond'],
    ['1e400', 'beyond'],
    ['1e-400', 'stored as 0'],
    ['0.30000000000000001', 'stored as 0.3'],
    ['3.14159265358979323846', 'stored as 3.141592653589793'],
  ])('refuses %s (%s)', (token, message) => expect(numberProblem(token)).toContain(message));

  it('takes every double as JavaScript prints it, and refuses one more digit that changes it', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (value) => {
        expect(numberProblem(String(value))).toBeUndefined();
        expect(numberProblem(JSON.stringify(value))).toBeUndefined();
      }),
    );
  });
});

describe('the paths of values a JSON body may not carry', () => {
  it.each([
    ['{"a":"x\\u0000"}', 'a'],
    ['{"a":{"b":["ok","\\ud800"]}}', 'a.b.1'],
    ['{"a":[{"b":1},{"c":"\\udc00"}]}', 'a.1.c'],
    ['{"k\\u0000":1}', 'k\\u0000'],
    ['{"x":1,"y":9007199254740993}', 'y'],
    ['[1,2,1e-400]', '2'],
    ['"\\u0000"', '(root)'],
    ['{"s":"a \\" quote, then \\\\","n":{"m":0.30000000000000001}}', 'n.m'],
  ])('%s: %s', (text, field) => {
    JSON.parse(text);
    expect(checkJsonText(text).map((e) => e.field)).toEqual([field]);
  });

  it('passes what it should not refuse: pairs, escapes, numbers inside strings', () => {
    expect(checkJsonText('{"emoji":"\\ud83d\\ude00 😀","n":"9007199254740993","q":"\\"1e-400\\"","t":[true,false,null,-0.5]}')).toEqual([]);
  });

  it('walks nesting deeper than the call stack without a stack of its own calls', () => {
    const depth = 200_000;
    expect(checkJsonText(`${'['.repeat(depth)}"\\u0000"${']'.repeat(depth)}`)).toHaveLength(1);
  });

  it('refuses a document exactly when one of its strings, keys or numbers breaks a rule', () => {
    const bad = (v: unknown): boolean =>
      typeof v === 'string'
        ? v.includes('\0') || /\p{Surrogate}/u.test(v)
        : typeof v === 'number'
          ? Math.abs(v) > Number.MAX_SAFE_INTEGER
          : Array.isArray(v)
            ? v.some(bad)
            : v !== null && typeof v === 'object'
              ? Object.entries(v).some(([k, x]) => bad(k) || bad(x))
              : false;
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(checkJsonText(JSON.stringify(value)).length > 0).toBe(bad(value));
      }),
      { numRuns: 500 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { RequestValidationError } from './problem.js';
import { assertJsonDepth, jsonDepth, MAX_JSON_DEPTH } from './json-depth.js';

const nested = (n: number) => '['.repeat(n) + ']'.repeat(n);

describe('the nesting depth of a JSON text', () => {
  it.each([
    ['1', 0],
    ['"text"', 0],
    ['{}', 1],
    ['{"a":[1,{"b":[]}]}', 4],
    [nested(32), 32],
  ])('of %s is %i', (text, depth) => {
    expect(jsonDepth(text)).toBe(depth);
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    expect(jsonDepth('{"a":"[[[{{{","b":"\\"[[[\\\\"}')).toBe(1);
    expect(jsonDepth(`["${'['.repeat(1000)}"]`)).toBe(1);
  });

  it('stops at the limit without reading the rest', () => {
    expect(jsonDepth(nested(1_000_000), 32)).toBe(Infinity);
  });

  it('lets a body at the limit through and refuses one deeper with a 400 naming the body', () => {
    expect(() => assertJsonDepth(nested(MAX_JSON_DEPTH))).not.toThrow();
    let error: unknown;
    try {
      assertJsonDepth(`{"a":${nested(MAX_JSON_DEPTH)}}`);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).where).toBe('body');
    expect((error as RequestValidationError).errors[0]!.message).toContain('deeper than 32');
  });
});

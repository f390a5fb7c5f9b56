import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './backoff.js';

const policy = { maxAttempts: 8, baseDelayMs: 1000, maxDelayMs: 60_000 };

describe('retry delays', () => {
  it('double with each attempt, within half a step of jitter', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(policy, n, 0))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((n) => retryDelayMs(policy, n, 0.999999))).toEqual([1000, 2000, 4000, 8000]);
  });

  it('never exceed the cap', () => {
    expect(retryDelayMs(policy, 30, 0.999999)).toBe(60_000);
    expect(retryDelayMs(policy, 30, 0)).toBe(30_000);
  });
});

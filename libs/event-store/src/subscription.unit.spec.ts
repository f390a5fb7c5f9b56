import { describe, expect, it } from 'vitest';
import { gatherAfter } from './subscription.js';

describe('the pause between two batches of a subscription', () => {
  const options = { gatherMs: 50, bulkGatherMs: 250, bulkEvents: 200 };

  it('is the short one after a batch of a few events, and after none', () => {
    expect(gatherAfter(0, 5000, options)).toBe(50);
    expect(gatherAfter(1, 5000, options)).toBe(50);
    expect(gatherAfter(199, 5000, options)).toBe(50);
  });

  it('is the long one after a batch of writes in bulk that did not fill up', () => {
    expect(gatherAfter(200, 5000, options)).toBe(250);
    expect(gatherAfter(4999, 5000, options)).toBe(250);
  });

  it('is none after a full batch: catching up, the next batch is read at once', () => {
    expect(gatherAfter(5000, 5000, options)).toBe(0);
    expect(gatherAfter(300, 300, options)).toBe(0);
  });

  it('is gatherMs whatever the batch without a bulk pause of its own, and none without either', () => {
    expect(gatherAfter(1000, 5000, { gatherMs: 50 })).toBe(50);
    expect(gatherAfter(1000, 5000, {})).toBe(0);
  });
});

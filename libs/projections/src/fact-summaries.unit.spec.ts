import { describe, expect, it } from 'vitest';
import type { FactClaim } from '#claims';
import { TouchedFacts } from './fact-summaries.js';

const fact = { entityId: 'coalition', metricId: 'members' };
const claim: FactClaim = {
  id: '00000000-0000-4000-8000-000000000001',
  sourceId: 's',
  publishedAt: '2015-01-22',
  value: { amount: 60, qualifier: 'exact', unit: 'members' },
  span: { start: '2015-01-22', end: '2015-01-22' },
  status: 'active',
  rank: 'normal',
  validTime: { at: '2015-01-22' },
  firstRecordedAt: '2015-01-22T00:00:00.000Z',
};

describe('TouchedFacts', () => {
  it('keeps the position of the last event on a fact when its new claims are handed over after a later change', () => {
    const touched = new TouchedFacts();
    // A resolution at position 11 is applied in the loop; the claim recorded at 10 is flushed at the end.
    touched.changed(fact, 11);
    touched.added(fact, 10, claim);
    expect(touched.list()).toEqual([{ ...fact, position: 11 }]);
  });

  it("carries the new claims of a fact that only gained claims, at the last one's position", () => {
    const touched = new TouchedFacts();
    touched.added(fact, 10, claim);
    touched.added(fact, 12, { ...claim, id: '00000000-0000-4000-8000-000000000002' });
    const [only] = touched.list();
    expect(only!.position).toBe(12);
    expect(only!.added?.map((c) => c.id)).toEqual([claim.id, '00000000-0000-4000-8000-000000000002']);
  });
});

import { describe, expect, it } from 'vitest';
import { previewClaim } from './claim-preview.js';
import type { FactClaim, FactMetric } from './fact-summary.js';
import type { Quantity } from './quantity.js';
import { parseValidTime, validTimeSpan, type ValidTimeInput } from './valid-time.js';

const members: FactMetric = { unit: 'member', tolerance: 0, cumulative: false };
const q = (amount: number, qualifier: Quantity['qualifier'] = 'exact'): Quantity => ({ amount, qualifier, unit: 'member' });

function claim(id: string, value: Quantity, at: ValidTimeInput = { at: '2015-01-22' }, extra: Partial<FactClaim> = {}): FactClaim {
  return {
    id,
    sourceId: `s-${id}`,
    publishedAt: '2015-02-01',
    value,
    span: validTimeSpan(parseValidTime(at)),
    status: 'active',
    rank: 'normal',
    validTime: at,
    firstRecordedAt: `2026-01-01T00:00:0${id.length}Z`,
    ...extra,
  };
}

describe('previewing a claim against what its fact holds', () => {
  const held = [claim('a', q(60)), claim('b', q(72), { at: '2017-07' })];

  it('given agreeing and later claims, when 60 at the same time is previewed, then it agrees with one and is a change against the other', () => {
    const preview = previewClaim('e', 'm', claim('new', q(60)), held, members);
    expect(preview.relations).toEqual([
      { claimId: 'a', relation: { kind: 'agreement' } },
      { claimId: 'b', relation: { kind: 'change' } },
    ]);
    expect(preview.contradictions).toEqual([]);
    expect(preview.current).toBe(false);
    expect(preview.alreadyRecorded).toBe(false);
  });

  it('given 60, when 90 for the same day is previewed, then it is a high contradiction and the fact becomes contradicted', () => {
    const preview = previewClaim('e', 'm', claim('new', q(90)), held, members);
    expect(preview.relations[0]).toEqual({ claimId: 'a', relation: { kind: 'contradiction', severity: 'high', gap: 30 / 90 } });
    expect(preview.contradictions).toHaveLength(1);
    expect(preview.contradictions[0]).toMatchObject({ claimIds: expect.arrayContaining(['a', 'new']), severity: 'high' });
    expect(preview.flagsBefore).not.toContain('contradicted');
    expect(preview.flagsAfter).toContain('contradicted');
  });

  it('given "all 60", when "more than 60" is previewed, then the touching sets are a low contradiction', () => {
    const preview = previewClaim('e', 'm', claim('new', q(60, 'more_than')), held, members);
    expect(preview.contradictions.map((c) => c.severity)).toEqual(['low']);
  });

  it('given a retracted claim, when a different figure is previewed, then the retracted one takes part in nothing', () => {
    const preview = previewClaim('e', 'm', claim('new', q(90)), [claim('a', q(60), undefined, { status: 'retracted' })], members);
    expect(preview.relations).toEqual([]);
    expect(preview.current).toBe(true);
  });

  it('given the same claim recorded, when it is previewed again, then it says so and relates only to the others', () => {
    const preview = previewClaim('e', 'm', claim('a', q(60)), held, members);
    expect(preview.alreadyRecorded).toBe(true);
    expect(preview.relations.map((r) => r.claimId)).toEqual(['b']);
  });

  it('given a publisher restating its own figure in a later release, when previewed, then it is a revision', () => {
    const earlier = claim('a', q(60), undefined, { publisher: 'Coalition', publishedAt: '2015-02-01' });
    const later = claim('new', q(62), undefined, { publisher: 'Coalition', publishedAt: '2015-03-01' });
    expect(previewClaim('e', 'm', later, [earlier], members).relations).toEqual([{ claimId: 'a', relation: { kind: 'revision', superseded: 'a' } }]);
  });
});

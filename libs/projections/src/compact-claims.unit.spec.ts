import { describe, expect, it } from 'vitest';
import type { FactClaim } from '#claims';
import { SharedValues } from './compact-claims.js';

/** A claim as decoded from JSON: every object and string its own copy. */
const decoded = (claim: FactClaim): FactClaim => JSON.parse(JSON.stringify(claim)) as FactClaim;

const monthly: FactClaim = {
  id: 'c1',
  sourceId: 'release-2024-05',
  publisher: 'Statistics Office',
  publishedAt: '2024-05-15',
  value: { amount: 101.5, qualifier: 'exact', unit: 'index' },
  span: { start: '2024-03-01', end: '2024-03-31' },
  status: 'active',
  rank: 'normal',
  validTime: { at: '2024-03' },
  firstRecordedAt: '2026-11-27T10:00:00.000Z',
};

describe('SharedValues', () => {
  it('gives a claim equal to the one it was given, field for field', () => {
    const shared = new SharedValues();
    const { publisher: _, ...unpublished } = monthly;
    const claims: FactClaim[] = [
      monthly,
      unpublished,
      { ...monthly, verdict: 'supported', verdictOutdated: true },
      { ...monthly, validTime: { from: '2024-01', to: '2024-03' }, span: { start: '2024-01-01', end: '2024-03-31' } },
      {
        ...monthly,
        value: { lowerBound: 60, upperBound: 84, qualifier: 'range', unit: 'members', stated: { lowerBound: 60, upperBound: 84, unit: 'members' } },
      },
    ];
    for (const claim of claims) {
      const compact = shared.claim(decoded(claim));
      expect(compact).toStrictEqual(claim);
      expect(Object.keys(compact)).toEqual(Object.keys(claim));
    }
  });

  it('shares one valid time and one span among the claims of a period, whatever release states it', () => {
    const shared = new SharedValues();
    const first = shared.claim(decoded(monthly));
    const later = shared.claim(decoded({ ...monthly, id: 'c2', sourceId: 'release-2024-07', value: { ...monthly.value, amount: 101.7 } }));
    expect(later.span).toBe(first.span);
    expect(later.validTime).toBe(first.validTime);
    expect(later.value).not.toBe(first.value);
    expect(later.value.amount).toBe(101.7);
    const other = shared.claim(decoded({ ...monthly, id: 'c3', span: { start: '2024-04-01', end: '2024-04-30' }, validTime: { at: '2024-04' } }));
    expect(other.span).not.toBe(first.span);
    expect(other.span).toEqual({ start: '2024-04-01', end: '2024-04-30' });
  });

  it('keeps giving equal claims once its table of shared values has filled and started again', () => {
    const shared = new SharedValues();
    for (let i = 0; i < 120_000; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      const claim: FactClaim = {
        ...monthly,
        id: `c${i}`,
        sourceId: `s${i}`,
        span: { start: `2024-02-${day}`, end: `2024-02-${day}` },
        validTime: { at: `2024-02-${day}` },
      };
      const compact = shared.claim(decoded(claim));
      if (i % 10_000 === 0 || i > 99_990) expect(compact).toStrictEqual(claim);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { type FactClaim, summarizeFact } from '#claims';
import { ClaimIndex } from './claim-index.js';
import { SummaryCache } from './summary-cache.js';

const entry = (n: number) => ({ summary: { ...summarizeFact('e', 'm', [], { unit: 'x', tolerance: 0, cumulative: false }), claimCount: n }, tally: {} });

/** A cache holding fact `a`, written by a batch that committed at mark L/1. */
function warm() {
  const cache = new SummaryCache();
  const first = cache.begin(undefined);
  first.set('a', entry(1));
  first.end('L/1');
  return cache;
}

describe('the summary cache', () => {
  it('given a batch that committed, when the next batch reads its mark back, then what it wrote is used', () => {
    const batch = warm().begin('L/1');
    expect(batch.get('a')).toEqual(entry(1));
  });

  it('given a batch that rolled back, when the next batch reads the mark from before it, then what it wrote is dropped', () => {
    const cache = warm();
    const committed = cache.begin('L/1');
    committed.set('a', entry(2));
    committed.end('L/2'); // never committed
    expect(cache.begin('L/1').get('a')).toEqual(entry(1));
  });

  it('given a table someone else wrote, when its mark is foreign, then nothing is trusted', () => {
    const cache = warm();
    expect(cache.begin('L/7').get('a')).toBeUndefined();
    expect(warm().begin('M/1').get('a')).toBeUndefined(); // another lineage at the same position
    expect(warm().begin(undefined).get('a')).toBeUndefined(); // emptied tables
  });

  it('given a batch that another began after it, then it neither reads the cache nor leaves its writes behind', () => {
    const cache = warm();
    const earlier = cache.begin('L/1');
    const later = cache.begin('L/1');
    expect(earlier.get('a')).toBeUndefined();
    earlier.set('a', entry(9));
    earlier.end('L/9');
    expect(later.get('a')).toEqual(entry(1));
    expect(cache.begin('L/9').get('a')).toBeUndefined();
  });

  it('given more indexed claims than it has room for, then the least recently written facts lose their index, keep their summary, and are not indexed again', () => {
    const claim = (id: string): FactClaim => ({
      id,
      sourceId: 's',
      publishedAt: '2020-01-01',
      value: { amount: 1, qualifier: 'exact', unit: 'x' },
      span: { start: '2020-01-01', end: '2020-01-01' },
      status: 'active',
      rank: 'normal',
      validTime: { at: '2020-01-01' },
      firstRecordedAt: '2020-01-01T00:00:00.000Z',
    });
    const cache = new SummaryCache(3);
    const first = cache.begin(undefined);
    first.set('a', { ...entry(2), claims: ClaimIndex.of([claim('a1'), claim('a2')], () => false) });
    first.set('b', { ...entry(2), claims: ClaimIndex.of([claim('b1'), claim('b2')], () => false) });
    first.end('L/1');
    const next = cache.begin('L/1');
    expect(next.get('a')?.summary.claimCount).toBe(2);
    expect(next.get('a')?.claims).toBeUndefined();
    expect(next.get('b')?.claims?.size).toBe(2);
    expect([next.indexable('a'), next.indexable('b')]).toEqual([false, true]);
    // An index written for it again is not kept.
    next.set('a', { ...entry(3), claims: ClaimIndex.of([claim('a3')], () => false) });
    next.end('L/2');
    expect(cache.begin('L/2').get('a')?.claims).toBeUndefined();
  });

  it('given more summaries and revisions than it has room for, then the least recently written facts go, and the others stay', () => {
    const revised = (n: number) => {
      const plain = entry(n);
      let supersededBy = plain.summary.supersededBy;
      for (let i = 0; i < n; i++) supersededBy = supersededBy.set(`old-${i}`, `new-${i}`);
      return { ...plain, summary: { ...plain.summary, supersededBy } };
    };
    // Room for 6: a fact counts 1, and each revision 1 more.
    const cache = new SummaryCache(100, 6);
    const first = cache.begin(undefined);
    first.set('a', revised(2));
    first.set('b', revised(1));
    first.end('L/1');
    const second = cache.begin('L/1');
    expect([second.get('a')?.summary.claimCount, second.get('b')?.summary.claimCount]).toEqual([2, 1]);
    // c (weight 3) makes 8: a (the least recently written, weight 3) goes.
    second.set('c', revised(2));
    second.end('L/2');
    const third = cache.begin('L/2');
    expect(third.get('a')).toBeUndefined();
    expect([third.get('b')?.summary.claimCount, third.get('c')?.summary.claimCount]).toEqual([1, 2]);
    // Both written again, c heavier: together they fit (2 + 4), and both stay.
    third.set('b', revised(1));
    third.set('c', revised(3));
    third.end('L/3');
    const fourth = cache.begin('L/3');
    expect([fourth.get('b')?.summary.claimCount, fourth.get('c')?.summary.claimCount]).toEqual([1, 3]);
  });
});

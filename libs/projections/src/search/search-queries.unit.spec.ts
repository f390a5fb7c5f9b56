import { describe, expect, it } from 'vitest';
import { partialWords, unmark } from './search-queries.js';

describe('search text helpers', () => {
  it('turns ts_headline output into plain text and the ranges it marked', () => {
    expect(unmark('the \uE000coalition\uE001 of \uE000sixty\uE001')).toEqual({
      text: 'the coalition of sixty',
      marks: [
        [4, 13],
        [17, 22],
      ],
    });
    // Markup in the text stays text; adjacent marks join.
    expect(unmark('<b>\uE000a\uE001\uE000b\uE001</b>')).toEqual({ text: '<b>ab</b>', marks: [[3, 5]] });
    expect(unmark('no match')).toEqual({ text: 'no match', marks: [] });
  });

  it('looks up partial names only by words a trigram index can find', () => {
    expect(partialWords('Coalit  peshm')).toEqual(['coalit', 'peshm']);
    expect(partialWords('"anti-ISIL coalition" -daesh')).toEqual(['anti-isil', 'coalition']);
    // A short word, and the query is left to full-text search alone.
    expect(partialWords('over 60')).toEqual([]);
    expect(partialWords('   ')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { sentenceAround, suggestAttribution, suggestValidTime } from './suggest';

const at = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

describe('suggestions from the words around a figure', () => {
  it('takes the sentence the figure is in', () => {
    const text = 'First one. The coalition has 60 members now. Last one.';
    const s = sentenceAround(text, at(text, '60 members'));
    expect(text.slice(s.start, s.end).trim()).toBe('The coalition has 60 members now.');
  });

  it.each([
    ['The coalition has 60 members, said Brett McGurk.', 'Brett McGurk'],
    ['The Pentagon said 60 members had joined.', 'Pentagon'],
    ['About 60 members, according to the State Department, met.', 'State Department'],
    ['Secretary Kerry told reporters that 60 members met.', 'Secretary Kerry'],
  ])('%s', (text, who) => {
    expect(suggestAttribution(text, at(text, '60 members'))).toBe(who);
  });

  it('suggests nobody when no one is said to state it', () => {
    const text = 'The coalition has 60 members. Officials said more may join.';
    expect(suggestAttribution(text, at(text, '60 members'))).toBeUndefined();
  });

  it("takes the figure's own date, else the publication date", () => {
    expect(suggestValidTime({ at: '2014-09' }, '2015-01-22')).toEqual({ at: '2014-09' });
    expect(suggestValidTime(undefined, '2015-01-22')).toEqual({ at: '2015-01-22' });
  });
});

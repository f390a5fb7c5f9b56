import { describe, expect, it } from 'vitest';
import { layoutMarks, pieces, trimSpan, wordsOf } from './marks';

const TEXT = 'The coalition has over 60 members, and pledged (about $600 million) so far.';
const at = (words: string) => ({ text: words, start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

describe('marking an article', () => {
  it('groups claims on the same words, and offers only candidates nobody recorded', () => {
    const a = { id: 'a', quote: at('over 60 members') };
    const b = { id: 'b', quote: at('over 60 members') };
    const marks = layoutMarks(
      [a, b, { id: 'no-quote', quote: null }],
      [{ quote: at('60 members'), recordedAs: undefined }, { quote: at('about $600 million') }, { quote: at('$600 million'), recordedAs: 'c' }],
    );
    expect(marks.map((m) => [TEXT.slice(m.start, m.end), m.claims.length, Boolean(m.candidate)])).toEqual([
      ['over 60 members', 2, false],
      ['about $600 million', 0, true],
    ]);
  });

  it('trims spaces and punctuation from a selection, keeping the figure', () => {
    const sel = { start: TEXT.indexOf('(about'), end: TEXT.indexOf(') so') + 2 };
    const trimmed = trimSpan(TEXT, sel)!;
    expect(TEXT.slice(trimmed.start, trimmed.end)).toBe('about $600 million');
    expect(trimSpan(TEXT, { start: 3, end: 4 })).toBeUndefined();
  });

  it('cuts the text at every word and mark boundary, covering it whole', () => {
    const words = wordsOf(TEXT);
    expect(words.slice(0, 3).map((w) => TEXT.slice(w.start, w.end))).toEqual(['The', 'coalition', 'has']);
    const cut = pieces(TEXT, [at('$600 million')], words);
    expect(cut.map((p) => TEXT.slice(p.start, p.end)).join('')).toBe(TEXT);
    expect(cut.map((p) => TEXT.slice(p.start, p.end))).toContain('$600');
    expect(cut.map((p) => TEXT.slice(p.start, p.end))).toContain('(about');
  });
});

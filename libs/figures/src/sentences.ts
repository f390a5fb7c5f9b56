import { paragraphs } from './text-scan.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Sentence spans, by Intl.Segmenter; a line break also ends one (a headline has no full stop). */
export function sentences(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  // Paragraph by paragraph: over a whole long text, stepping through the segments slows down.
  for (const p of paragraphs(text)) {
    for (const s of segmenter.segment(p.text)) if (s.segment.trim()) spans.push({ start: p.start + s.index, end: p.start + s.index + s.segment.length });
  }
  return spans;
}

const NAME = /\p{Lu}[\p{L}\p{N}’'&.-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+|and\s+|&\s+|de\s+)?\p{Lu}[\p{L}\p{N}’'&.-]*)*/gu;
const NOT_A_SUBJECT =
  /^(?:The|A|An|In|On|At|But|And|However|It|This|That|These|Those|He|She|They|We|I|Its|Their|His|Her|Our|There|Some|Mr|Mrs|Ms|Dr|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** The last name before the figure in its sentence ("US Federal Reserve", "U2"): what the figure may be about. */
export function subjectHint(text: string, sentence: { start: number; end: number }, at: number): string | undefined {
  const before = text.slice(sentence.start, at);
  let hint: string | undefined;
  for (const m of before.matchAll(NAME)) {
    let name = m[0].replace(/['’]s$/, '').replace(/[.’'-]+$/, '');
    // A sentence's first word is capitalised anyway: "The US Federal Reserve", "Partners of the Global Coalition".
    if (m.index === 0 || /^\s*["“‘']\s*$/.test(before.slice(0, m.index)))
      name = name.replace(/^(?:The|A|An)\s+|^\p{L}+\s+(?:of|for|and|de)\s+(?:the\s+)?/u, '');
    // A lone capitalised word opening the sentence is a name only if it says so ("China's", "U2", "BBC").
    const opening = m.index === 0 && !/\s/.test(name) && !/['’]s$|\d|^\p{Lu}{2,}$/u.test(m[0]);
    if (!NOT_A_SUBJECT.test(name) && name.length > 1 && !opening) hint = name;
  }
  return hint;
}

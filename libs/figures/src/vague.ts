import type { Figure } from './ranges.js';
import { overlapsAny, phraseAfter } from './text-scan.js';
import { CURRENCY_WORDS, VAGUE } from './words.js';

/** "thousands of fans", "tens of thousands", "millions of dollars": vague figures, soft bounds from the magnitude word. */
export function vagueFigures(text: string, taken: readonly Figure[]): Figure[] {
  const overlaps = overlapsAny(taken);
  const found: Figure[] = [];
  const pattern = new RegExp(`\\b(${VAGUE.map(([w]) => w.replace(/ /g, '\\s+')).join('|')})(?:\\s+(?:and|upon)\\s+\\1)?\\b`, 'gi');
  for (const m of text.matchAll(pattern)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (overlaps(start, end)) continue;
    const word = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    // "test scores", "he scores": only "scores of" is a number.
    if (word === 'scores' && !/^\s+of\b/i.test(text.slice(end, end + 4))) continue;
    const [, lower, upper] = VAGUE.find(([w]) => w === word)!;
    const of = /^\s+of\b/i.exec(text.slice(end, end + 5));
    const currency = of ? phraseAfter(text, end + of[0].length, CURRENCY_WORDS, '\\s+') : undefined;
    found.push({ kind: 'vague', start, end, lower, upper, qualifier: 'vague', currency: currency?.[1], nounFrom: of ? end + of[0].length : end });
  }
  return found;
}

// Small helpers to read words just before or after a position, with their offsets.

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular expression matching one of `phrases` as whole words (longest first), spaces matching any run of spaces. */
export function phrasePattern(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => escape(p).replace(/ /g, '\\s+'))
    .join('|');
}

/** The phrase of `list` that ends right before `pos` (after optional spaces), as [phrase start, its value]. */
export function phraseBefore<V>(text: string, pos: number, list: readonly (readonly [string, V])[], gap = '\\s+'): [number, V] | undefined {
  const before = text.slice(Math.max(0, pos - 40), pos);
  for (const [phrase, value] of [...list].sort((a, b) => b[0].length - a[0].length)) {
    const m = new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase).replace(/ /g, '\\s+')}${gap}$`, 'iu').exec(before);
    if (m) return [pos - before.length + m.index, value];
  }
  return undefined;
}

/** The phrase of `list` that starts at `pos` after `gap`, as [phrase end, its value]. */
export function phraseAfter<V>(
  text: string,
  pos: number,
  list: readonly (readonly [string, V])[],
  gap = '\\s+',
  caseSensitive = false,
): [number, V] | undefined {
  const after = text.slice(pos, pos + 40);
  for (const [phrase, value] of [...list].sort((a, b) => b[0].length - a[0].length)) {
    const m = new RegExp(`^${gap}${escape(phrase).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, caseSensitive ? 'u' : 'iu').exec(after);
    if (m) return [pos + m[0].length, value];
  }
  return undefined;
}

export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Up to `count` words after `pos`, stopping at anything but spaces between them (a comma, a bracket, a full stop). */
export function wordsAfter(text: string, pos: number, count: number): Word[] {
  const words: Word[] = [];
  const re = /^[ \t]+([\p{L}][\p{L}\p{N}'’-]*)/u;
  let at = pos;
  while (words.length < count) {
    const m = re.exec(text.slice(at, at + 60));
    if (!m) break;
    const start = at + m[0].length - m[1]!.length;
    const word = m[1]!.replace(/['’-]+$/, '');
    words.push({ text: word, start, end: start + word.length });
    at = start + m[1]!.length;
    if (word.length !== m[1]!.length) break;
  }
  return words;
}

/** The word ending right before `pos` (after spaces), if any. */
export function wordBefore(text: string, pos: number): Word | undefined {
  const m = /([\p{L}][\p{L}\p{N}'’.-]*)[ \t]+$/u.exec(text.slice(Math.max(0, pos - 40), pos));
  if (!m) return undefined;
  const end = pos - (m[0].length - m[1]!.length);
  return { text: m[1]!, start: end - m[1]!.length, end };
}

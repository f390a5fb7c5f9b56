// Small helpers to read words just before or after a position, with their offsets.

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type PhraseList<V> = readonly (readonly [string, V])[];
interface Compiled<V> {
  readonly regex: RegExp;
  readonly values: Map<string, V>;
}
// One regular expression per list, side, gap and case, built on first use: phrases longest first,
// so that "just over" wins over "over" and "pounds sterling" over "pounds".
const compiled = new WeakMap<PhraseList<unknown>, Map<string, Compiled<unknown>>>();
function compile<V>(list: PhraseList<V>, key: string, source: (alternatives: string) => string, caseSensitive: boolean): Compiled<V> {
  let byKey = compiled.get(list);
  if (!byKey) compiled.set(list, (byKey = new Map<string, Compiled<unknown>>()));
  let c = byKey.get(key) as Compiled<V> | undefined;
  if (!c) {
    const alternatives = [...list]
      .map(([phrase]) => phrase)
      .sort((a, b) => b.length - a.length)
      .map((phrase) => escape(phrase).replace(/ /g, '\\s+'))
      .join('|');
    const values = new Map(list.map(([phrase, value]) => [normal(phrase, caseSensitive), value]));
    c = { regex: new RegExp(source(alternatives), caseSensitive ? 'u' : 'iu'), values };
    byKey.set(key, c);
  }
  return c;
}
const normal = (phrase: string, caseSensitive: boolean) => (caseSensitive ? phrase : phrase.toLowerCase()).replace(/\s+/g, ' ');

/** The phrase of `list` that ends right before `pos` (after `gap`), as [phrase start, its value]. */
export function phraseBefore<V>(text: string, pos: number, list: PhraseList<V>, gap = '\\s+'): [number, V] | undefined {
  const before = text.slice(Math.max(0, pos - 40), pos);
  const { regex, values } = compile(list, `before${gap}`, (alt) => `(?<![\\p{L}\\p{N}])(${alt})${gap}$`, false);
  const m = regex.exec(before);
  return m ? [pos - before.length + m.index, values.get(normal(m[1]!, false))!] : undefined;
}

/** The phrase of `list` that starts at `pos` after `gap`, as [phrase end, its value]. */
export function phraseAfter<V>(text: string, pos: number, list: PhraseList<V>, gap = '\\s+', caseSensitive = false): [number, V] | undefined {
  const after = text.slice(pos, pos + 40);
  const { regex, values } = compile(list, `after${gap}${caseSensitive}`, (alt) => `^${gap}(${alt})(?![\\p{L}\\p{N}])`, caseSensitive);
  const m = regex.exec(after);
  return m ? [pos + m[0].length, values.get(normal(m[1]!, caseSensitive))!] : undefined;
}

export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Up to `count` words after `pos`, stopping at anything but spaces between them (a comma, a bracket, a full stop). */
export function wordsAfter(text: string, pos: number, count: number): Word[] {
  const words: Word[] = [];
  const re = /^[^\S\n]+([\p{L}][\p{L}\p{N}'’-]*)/u;
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
  const m = /([\p{L}][\p{L}\p{N}'’.-]*)[^\S\n]+$/u.exec(text.slice(Math.max(0, pos - 40), pos));
  if (!m) return undefined;
  const end = pos - (m[0].length - m[1]!.length);
  return { text: m[1]!, start: end - m[1]!.length, end };
}

/**
 * Whether [start, end) overlaps one of `spans`, which must not overlap one another: a binary
 * search, so that a long text with many figures is read in n log n, not n².
 */
export function overlapsAny(spans: readonly { readonly start: number; readonly end: number }[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  return (start, end) => {
    const last = lastStartingBefore(sorted, end);
    return last !== undefined && last.end > start;
  };
}

/** How many of `sorted` (by start) start before `pos`. */
export function countStartingBefore(sorted: readonly { readonly start: number }[], pos: number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last of `sorted` (by start) that starts before `pos`. */
export function lastStartingBefore<S extends { readonly start: number }>(sorted: readonly S[], pos: number): S | undefined {
  const n = countStartingBefore(sorted, pos);
  return n > 0 ? sorted[n - 1] : undefined;
}

/** Those of `sorted` (by start) that start in [from, to). */
export function startingIn<S extends { readonly start: number }>(sorted: readonly S[], from: number, to: number): readonly S[] {
  return sorted.slice(countStartingBefore(sorted, from), countStartingBefore(sorted, to));
}

/**
 * The text in paragraphs (lines), each with where it starts; a paragraph over `max` characters
 * is cut after a sentence's full stop. The recognizers look back from each match over the text
 * before it, so a whole article given at once costs them the square of its length.
 */
export function paragraphs(text: string, max = 3000): { start: number; text: string }[] {
  const parts: { start: number; text: string }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    for (let at = 0; at < line.length;) {
      let end = Math.min(line.length, at + max);
      if (end < line.length) {
        const stop = line.lastIndexOf('. ', end);
        end = stop > at ? stop + 2 : end;
      }
      parts.push({ start: start + at, text: line.slice(at, end) });
      at = end;
    }
    start += line.length + 1;
  }
  return parts;
}

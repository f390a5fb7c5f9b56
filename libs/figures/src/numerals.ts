import { NumberRecognizer } from '@microsoft/recognizers-text-number';
import { paragraphs } from './text-scan.js';

/** A number as written: digits ("150,000", "1.6 million") or words ("two-thirds", "one in five", "a million"). */
export interface Numeral {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  /** Written with digits only (no scale word): the form years, scores and names take. */
  readonly digits: boolean;
  /** A fraction in words: "half", "two-thirds", "one in five". */
  readonly fraction: boolean;
  /** The scale word the number is written with ("1.6 million": 1e6), else 1. */
  readonly scale: number;
  /** "tenfold", "double": how many times something else. */
  readonly multiple?: boolean;
}

// The recognizer's models are built once: the first parse compiles their patterns (about 100 ms).
let models: { readonly numbers: { parse(text: string): RecognizerResult[] }; readonly ordinals: { parse(text: string): RecognizerResult[] } } | undefined;
interface RecognizerResult {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly resolution: { readonly value?: string } | undefined;
}
function recognizer() {
  if (!models) {
    const english = new NumberRecognizer('en-us');
    models = { numbers: english.getNumberModel(), ordinals: english.getOrdinalModel() };
  }
  return models;
}

const SCALE_WORD = /\s(thousand|million|billion|trillion)$/i;
const SCALE_VALUES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const FRACTION_WORDS = /\b(?:halves|half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|in)\b/i;
const DIGITS = /\d+(?:,\d{3})*(?:\.\d+)?/g;

/**
 * Every numeral in the text, in text order, without overlaps: the recognizer's (which reads
 * numbers in words and digits with scale words) and any run of digits it left out, such as the
 * "120" of "$120m" (it refuses a number glued to letters, which is what we want for "G7").
 */
export function findNumerals(text: string): Numeral[] {
  const found: Numeral[] = [...shares(text)];
  // Which characters a numeral already holds: a mask, as a long text has many numerals.
  const held = new Uint8Array(text.length + 1);
  const hold = (n: Numeral) => {
    held.fill(1, n.start, n.end);
    found.push(n);
  };
  const covered = (s: number, e: number) => held.subarray(s, e).includes(1);
  found.forEach((n) => held.fill(1, n.start, n.end));
  const taken = (start: number) => held[start] === 1;
  for (const result of parseByParagraph(text, recognizer().numbers)) {
    let r = result;
    if (taken(r.start)) continue;
    let value = Number(r.resolution?.value);
    // "2.5%-3%": the dash joins two numbers; it makes no negative one.
    if (/^[-−]/.test(r.text) && /[\p{L}\p{N}%]$/u.test(text.slice(Math.max(0, r.start - 1), r.start))) {
      r = { ...r, start: r.start + 1, text: r.text.slice(1) };
      value = Math.abs(value);
    }
    if (!Number.isFinite(value)) continue;
    // The recognizer's `end` is the index of the last character.
    const written = text.slice(r.start, r.end + 1);
    // The recognizer reads "half a million" as a half of a millionth.
    const partOf = /^(half|a quarter)\s+(?:of\s+)?an?\s+(thousand|million|billion)$/i.exec(written);
    if (partOf) value = (partOf[1]!.toLowerCase() === 'half' ? 0.5 : 0.25) * SCALE_VALUES[partOf[2]!.toLowerCase()]!;
    // "24/7" and "9/11" are no fractions; "292 in one" (killed) is none either; "3G" is a name;
    // "555 111" is a telephone number.
    if (written.includes('/') || /\d\p{L}|\d\s+\d/u.test(written) || (/\bin\b/.test(written) && !(value > 0 && value < 1))) continue;
    const fraction = value < 1 && FRACTION_WORDS.test(written) && !partOf;
    const scale = SCALE_WORD.exec(written)?.[1]?.toLowerCase();
    hold({ start: r.start, end: r.end + 1, value, digits: /^[\d.,]+$/.test(written), fraction, scale: scale ? SCALE_VALUES[scale]! : 1 });
  }
  for (const m of text.matchAll(DIGITS)) {
    const start = m.index;
    const end = start + m[0].length;
    if (covered(start, end)) continue;
    hold({ start, end, value: Number(m[0].replaceAll(',', '')), digits: true, fraction: false, scale: 1 });
  }
  for (const m of text.matchAll(MULTIPLES)) {
    if (covered(m.index, m.index + m[0].length)) continue;
    const word = (m[1] ?? m[2] ?? m[0]).toLowerCase().replace(/(?<=e)d$/, '');
    const value = Number(word) || MULTIPLE_WORDS[word];
    if (value) hold({ start: m.index, end: m.index + m[0].length, value, digits: false, fraction: false, scale: 1, multiple: true });
  }
  return found.sort((a, b) => a.start - b.start);
}

const SMALL = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(' ');
const SHARE = new RegExp(`\\b(${SMALL.join('|')}|\\d+)\\s+(?:out\\s+of|in)\\s+(${SMALL.join('|')}|\\d+)(?![\\d,.]*\\d)\\b`, 'gi');
const smallNumber = (word: string) => Number(word) || SMALL.indexOf(word.toLowerCase()) + 1;

/** "one in five", "nine out of 10": a share, read whole (the recognizer reads the second as infinite). */
function shares(text: string): Numeral[] {
  const found: Numeral[] = [];
  for (const m of text.matchAll(SHARE)) {
    const [part, whole] = [smallNumber(m[1]!), smallNumber(m[2]!)];
    // "reached No.1 in 15 countries", "number one in 20 countries": a rank, then a count.
    if (/(?:\bno\.?\s*|\bnumber\s+|[\p{L}\p{N}.,])$/iu.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (part > 0 && part < whole && whole <= 1000)
      found.push({ start: m.index, end: m.index + m[0].length, value: part / whole, digits: false, fraction: true, scale: 1 });
  }
  return found;
}

const MULTIPLE_WORDS: Record<string, number> = {
  ...Object.fromEntries('two three four five six seven eight nine ten eleven twelve'.split(' ').map((w, i) => [w, i + 2])),
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  fifty: 50,
  hundred: 100,
  thousand: 1000,
  double: 2,
  twice: 2,
  triple: 3,
  treble: 3,
  quadruple: 4,
};
// "tenfold" and "ten-fold" (digits with -fold are read by the numeral and its suffix); "double" and "twice" only count with a qualifier.
const MULTIPLES =
  /\b(?:(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred|thousand)-?fold|(double|twice|triple|treble|quadruple)d?)\b/gi;

/** The recognizer's results over each paragraph, with offsets into the whole text. */
function parseByParagraph(text: string, model: { parse(text: string): RecognizerResult[] }): RecognizerResult[] {
  return paragraphs(text).flatMap((p) => model.parse(p.text).map((r) => ({ ...r, start: r.start + p.start, end: r.end + p.start })));
}

/** Spans of ordinals ("third", "21st"): "a third of" is a fraction all the same, which findNumerals reports. */
export function findOrdinals(text: string): { start: number; end: number }[] {
  return parseByParagraph(text, recognizer().ordinals).map((r) => ({ start: r.start, end: r.end + 1 }));
}

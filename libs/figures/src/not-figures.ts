import { countedNoun } from './counted-noun.js';
import type { DateMention } from './dates.js';
import type { Numeral } from './numerals.js';
import { isPlain } from './pieces.js';
import type { Figure } from './ranges.js';
import { countStartingBefore, lastStartingBefore, wordBefore } from './text-scan.js';
import { MONTHS } from './words.js';

// Numbers that are no figures: parts of names, dates, times of day, telephone numbers.

/** "G7", "A321", "F-16", "Catch-22": digits glued to letters before them. */
function gluedToAName(text: string, n: Numeral): boolean {
  if (!n.digits) return false;
  const before = text.slice(Math.max(0, n.start - 12), n.start);
  // A word joined by a hyphen ("F-16") is a name; a figure's suffix ("$5m-10m") is not.
  return /[\p{L}]\.?$/u.test(before) || /(?:^|[^\p{L}\p{N}])\p{L}+-$/u.test(before) || /[\d][/:]$/.test(before) || /^[/:]\d/.test(text.slice(n.end, n.end + 2));
}

/** "June 24 and 25", "24 and 25 June": a day joined to a date (`dates` sorted by start). */
function isDayBesideADate(text: string, n: Numeral, dates: readonly DateMention[]): boolean {
  if (!n.digits || !Number.isInteger(n.value) || n.value < 1 || n.value > 31) return false;
  const before = lastStartingBefore(dates, n.start);
  const after = dates[countStartingBefore(dates, n.end)];
  const joint = /^\s*(?:and|or|to|-|–)\s*$/;
  return (
    (before !== undefined && before.end <= n.start && n.start - before.end < 12 && joint.test(text.slice(before.end, n.start))) ||
    (after !== undefined && after.start - n.end < 12 && joint.test(text.slice(n.end, after.start)))
  );
}

/** "0800 555 111", "(1)": a telephone number, a list's marker. */
function isLabel(text: string, n: Numeral): boolean {
  if (!n.digits) return false;
  const [before, after] = [text.slice(Math.max(0, n.start - 2), n.start), text.slice(n.end, n.end + 2)];
  const written = text.slice(n.start, n.end);
  if (/^0\d/.test(written) || (/^\d{3,}$/.test(written) && (/\d\s$/.test(before) || /^\s\d/.test(after)))) return true;
  return /\(\s*$/.test(before) && /^\s*\)/.test(after) && n.value < 30;
}

/** "2000 GMT", "0800 local time". */
const isTimeOfDay = (text: string, n: Numeral) => n.digits && /^\s?(?:GMT|BST|UTC|CET|EST|EDT|PST|local time)\b/.test(text.slice(n.end, n.end + 12));

const MONTH = new RegExp(`^(?:${MONTHS})$`);
const NOT_A_NAME = new RegExp(
  `^(?:${MONTHS}|The|A|An|In|On|At|By|For|From|To|Of|And|But|Or|Some|About|Around|Nearly|Almost|Over|Under|Only|Just|All|More|Less|Up|With|Than|Between|Of|It|Its|Their|His|Her|Our|Its|This|That|These|Those|Mr|Mrs|Ms|Dr)$`,
);
/**
 * A number that names something: "Channel 4", "Boeing 747", "FTSE 100", "BBC One", "big four".
 * It follows a capitalised word inside a sentence and has nothing written onto it.
 */
export function isName(text: string, f: Figure): boolean {
  if (f.kind !== 'single' || !isPlainFigure(f) || !Number.isInteger(f.piece.value) || /,/.test(text.slice(f.start, f.end))) return false;
  const written = text.slice(f.piece.numeral.start, f.piece.numeral.end);
  const word = wordBefore(text, f.start);
  const sentenceStart = (at: number) => /(?:^|[.!?:;"“‘(\n])\s*$/.test(text.slice(Math.max(0, at - 3), at));
  // "Ocean's Twelve", "Formula One": a number in words, capitalised inside a sentence, is part of a title.
  if (/^\p{Lu}\p{Ll}+$/u.test(written) && !sentenceStart(f.start)) return true;
  // "10 Downing Street", "50 Cent": a name follows, and nothing counted.
  const next = /^[^\S\n]+(\p{Lu}\p{Ll}+)/u.exec(text.slice(f.end, f.end + 30));
  if (next && !MONTH.test(next[1]!) && !countedNoun(text, f.end, false)) return true;
  if (!word) return false;
  if (
    /^(?:big|top|no\.?|number|version|v|level|grade|category|phase|stage|page|room|section|article|clause|chapter|route|platform|gate|terminal)$/i.test(
      word.text,
    )
  )
    return true;
  // A name's number is written in digits or capitalised: "Marine Corps four-star general" counts stars.
  if (!f.piece.numeral.digits && !/^\p{Lu}/u.test(written)) return false;
  if (!/^\p{Lu}/u.test(word.text) || /['’]s$/.test(word.text) || NOT_A_NAME.test(word.text)) return false;
  // The first word of a sentence is capitalised anyway.
  return !sentenceStart(word.start);
}
const isPlainFigure = (f: Figure) =>
  f.kind === 'single' && (isPlain(f.piece) || (!f.piece.numeral.digits && !f.piece.unit && !f.piece.currency && !f.piece.scaled));

/** Digits that belong to a name, a date, a time of day, a telephone number or a list's marker. */
export function partOfSomethingElse(text: string, n: Numeral, dates: readonly DateMention[]): boolean {
  return gluedToAName(text, n) || isTimeOfDay(text, n) || isLabel(text, n) || isDayBesideADate(text, n, dates);
}

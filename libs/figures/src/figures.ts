import { countedNoun, earlierNoun } from './counted-noun.js';
import { type DateMention, findDates, nearestValidTime, referenceDate } from './dates.js';
import { findNumerals, findOrdinals, type Numeral } from './numerals.js';
import { isPlain, type Piece, pieceAt } from './pieces.js';
import { type Figure, joinRanges } from './ranges.js';
import { sentences, subjectHint } from './sentences.js';
import { phraseAfter, phraseBefore, wordBefore } from './text-scan.js';
import type { FigureCandidate, FigureKind, FigureValue, FindFiguresOptions } from './types.js';
import { CURRENCY_WORDS, MONTHS, QUALIFIERS_AFTER, QUALIFIERS_BEFORE, QUALIFIERS_HYPHENATED, VAGUE } from './words.js';

/**
 * The figures a fact-checker could record from an English news text: money, percentages,
 * counts, ratios, prices and durations, each with its quote (offsets into `text`), its value
 * as the claims domain models it, and hints for the claim form. Dates, years, times of day,
 * ordinals, scores and numbers inside names are left out. Pure: text in, candidates out.
 */
export function findFigures(text: string, options: FindFiguresOptions = {}): FigureCandidate[] {
  const reference = referenceDate(options.publishedAt);
  const dates = findDates(text, reference);
  const ordinals = findOrdinals(text);
  const inside = (spans: readonly { start: number; end: number }[], n: Numeral) => spans.some((s) => s.start < n.end && n.start < s.end);
  const dayOfADate = (n: Numeral) => isDayBesideADate(text, n, dates);
  const pieces = findNumerals(text)
    .filter(
      (n) =>
        !inside(dates, n) && !dayOfADate(n) && !(inside(ordinals, n) && !n.fraction) && !gluedToAName(text, n) && !isTimeOfDay(text, n) && !isLabel(text, n),
    )
    .map((n) => pieceAt(text, n))
    .filter((p): p is Piece => p !== undefined);
  const years: { start: number; end: number; from: string; to?: string }[] = [];
  const figures = joinRanges(text, pieces, years)
    .filter((f) => !isName(text, f))
    .map((f) => qualify(text, f))
    .filter((f) => keep(text, f, years));
  figures.push(...vagueFigures(text, figures));
  figures.sort((a, b) => a.start - b.start);
  carryQualifierIntoConversions(text, figures);
  const bounds = sentences(text);
  return withoutOverlaps(figures).map((f) => candidate(text, f, dates, years, bounds));
}

/**
 * Builds the number recognizer's models and chrono's parsers and has V8 compile their patterns
 * (about 300 ms, once per process), so that the first request does not pay for it.
 */
export function warmUp(): void {
  if (warm) return;
  // V8 compiles a regular expression, and optimises a function, when it is used: a text that
  // takes each path once is not enough, so the sample goes through a few times.
  for (let i = 0; i < 5; i++) findFigures(WARM_UP_TEXT, { publishedAt: '2004-12-16' });
  warm = true;
}
let warm = false;
const WARM_UP_TEXT = [
  'Sales rose 0.3% in November to $33.6 billion (£17.7 billion), from a revised 0.6% in October, the Fed said on 5 December 2004.',
  'More than 150,000 tickets for the two concerts sold out within 50 minutes, and almost two-thirds of the 2,234 adults questioned',
  'said between 30 and 40% was fair; up to $120m (£64m) is missing and at least 12 officials were jailed for 12 years.',
  'Thousands of fans paid between 59.50 and 80 euro each; shares fell 12p to 560p; Chelsea won 3-1 at 8am, the G7 met in 2003,',
  'one in five loans failed, Labour won 413 of the 659 seats, Mr Brown, 54, said sales grew more than tenfold to 700 square kilometres.',
].join(' ');

/** "G7", "A321", "F-16", "Catch-22": digits glued to letters before them. */
function gluedToAName(text: string, n: Numeral): boolean {
  if (!n.digits) return false;
  const before = text.slice(Math.max(0, n.start - 12), n.start);
  // A word joined by a hyphen ("F-16") is a name; a figure's suffix ("$5m-10m") is not.
  return /[\p{L}]\.?$/u.test(before) || /(?:^|[^\p{L}\p{N}])\p{L}+-$/u.test(before) || /[\d][/:]$/.test(before) || /^[/:]\d/.test(text.slice(n.end, n.end + 2));
}

/** "June 24 and 25", "24 and 25 June": a day joined to a date. */
function isDayBesideADate(text: string, n: Numeral, dates: readonly DateMention[]): boolean {
  if (!n.digits || !Number.isInteger(n.value) || n.value < 1 || n.value > 31) return false;
  const joint = /^\s*(?:and|or|to|-|–)\s*$/;
  return dates.some((d) => (d.end <= n.start && joint.test(text.slice(d.end, n.start))) || (n.end <= d.start && joint.test(text.slice(n.end, d.start))));
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
function isName(text: string, f: Figure): boolean {
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

/** Qualifier words before and after ("more than 60", "80% or higher"); focus words ("only", "just") stay out. */
function qualify(text: string, f: Figure): Figure {
  if (f.kind !== 'single') return f;
  let before = phraseBefore(text, f.start, QUALIFIERS_BEFORE);
  // "worried about 5,000 jobs", "talks over 12 seats": a preposition after a verb or noun, not a qualifier.
  if (before && /^(?:about|over)\b/i.test(text.slice(before[0], before[0] + 6)) && TOPIC_WORDS.test(text.slice(Math.max(0, before[0] - 14), before[0]))) {
    before = undefined;
  }
  // "over three years" is a period ("spend £1.5bn over three years"); "for over three years" is more than three.
  const period = (at: number) => /^over\b/i.test(text.slice(at, at + 5)) && !/\b(?:for|of|lasting|after)\s+$/i.test(text.slice(Math.max(0, at - 10), at));
  if (before && f.piece.duration && period(before[0])) before = undefined;
  const after = phraseAfter(text, f.end, QUALIFIERS_AFTER) ?? phraseAfter(text, f.end, QUALIFIERS_HYPHENATED, '-');
  if (before) return { ...f, start: before[0], qualifier: before[1] };
  if (after) return { ...f, end: after[0], qualifier: after[1] };
  return f;
}

/** The figures that are not: years, a lone "one", "double" without a qualifier. */
function keep(text: string, f: Figure, years: { start: number; end: number; from: string; to?: string }[]): boolean {
  if (f.kind !== 'single') return true;
  const { piece } = f;
  if (
    piece.numeral.multiple &&
    !piece.numeral.digits &&
    /^(?:double|twice|triple|treble|quadruple)d?$/i.test(text.slice(piece.numeral.start, piece.numeral.end))
  ) {
    return f.qualifier !== 'exact' || /^\s+as\b/i.test(text.slice(piece.end, piece.end + 4));
  }
  if (isPlain(piece) && f.qualifier === 'exact' && isYear(text, piece)) {
    years.push({ start: piece.start, end: piece.end, from: String(piece.value) });
    return false;
  }
  // "one of", "no one", "one day": the word "one" is a figure only with a qualifier or a unit.
  if (piece.value === 1 && !piece.numeral.digits && !piece.numeral.fraction && f.qualifier === 'exact' && !piece.unit && !piece.currency && !piece.scaled)
    return false;
  // "a third term", "a quarter century": an ordinal, not a fraction.
  if (
    piece.numeral.fraction &&
    /^(?:a|one)\s+\p{L}+$/iu.test(text.slice(piece.numeral.start, piece.numeral.end)) &&
    ORDINAL_NOUN.test(text.slice(piece.numeral.end, piece.numeral.end + 20))
  ) {
    return false;
  }
  // "half" alone, "the first half of 2003", "half-time": no figure; "half of the voters" is one.
  if (
    /^half$/i.test(text.slice(piece.numeral.start, piece.numeral.end)) &&
    f.qualifier === 'exact' &&
    (/\b(?:first|second|last|final|other|latter|former|better|bigger)\s+$/i.test(text.slice(Math.max(0, piece.start - 8), piece.start)) ||
      !/^\s+(?:of|the|a|an|their|its|his|her|our)\b/i.test(text.slice(piece.end, piece.end + 8)))
  ) {
    return false;
  }
  return true;
}

const ORDINAL_NOUN =
  /^[\s-]+(?:\p{L}+est|term|quarter|century|place|time|round|party|world|way|generation|consecutive|successive|straight|year|day|week|month|season|half|leg|set|game|match|test|reading|stage|tier|division|position|child|son|daughter|attempt|option)\b/iu;

/** A year: four digits from 1000 to 2099 with nothing written onto them and no counted noun after them. */
function isYear(text: string, piece: Piece): boolean {
  if (!Number.isInteger(piece.value) || piece.value < 1000 || piece.value > 2099 || text.slice(piece.start, piece.end).length !== 4) return false;
  // "2,000 adults" is a count; "2005 Brit Awards", "2012 Olympics" and "1999 levels" are years.
  const noun = countedNoun(text, piece.end, false);
  return !noun || /^\p{Lu}/u.test(text.slice(piece.end).trimStart()) || /^(?:levels?|figures?|prices?|terms?|values?)$/i.test(noun.unit);
}

/** "thousands of fans", "tens of thousands", "millions of dollars": vague figures, soft bounds from the magnitude word. */
function vagueFigures(text: string, taken: readonly Figure[]): Figure[] {
  const found: Figure[] = [];
  const pattern = new RegExp(`\\b(${VAGUE.map(([w]) => w.replace(/ /g, '\\s+')).join('|')})(?:\\s+(?:and|upon)\\s+\\1)?\\b`, 'gi');
  for (const m of text.matchAll(pattern)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (taken.some((f) => f.start < end && start < f.end)) continue;
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

/** "up to $120m (£64m)": the conversion in brackets takes the qualifier of the figure it converts. */
function carryQualifierIntoConversions(text: string, figures: Figure[]): void {
  for (let i = 1; i < figures.length; i++) {
    const [a, b] = [figures[i - 1]!, figures[i]!];
    if (b.qualifier !== 'exact' || a.qualifier === 'exact' || a.kind !== 'single' || b.kind !== 'single' || !/^\s*\(\s*$/.test(text.slice(a.end, b.start)))
      continue;
    // The same sum in another currency, or the same length in other units: not "around one quarter (24%)".
    if ((a.piece.currency && b.piece.currency) || (a.piece.measure && b.piece.measure)) {
      figures[i] = { ...b, qualifier: a.qualifier };
    }
  }
}

function withoutOverlaps(figures: readonly Figure[]): Figure[] {
  const kept: Figure[] = [];
  for (const f of figures) if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
  return kept;
}

// Numbers in JavaScript are doubles: 33.6 * 1e9 is 33600000000.000004.
const tidy = (n: number) => Number(n.toPrecision(12));

function candidate(
  text: string,
  f: Figure,
  dates: readonly DateMention[],
  years: readonly { start: number; end: number; from: string; to?: string }[],
  bounds: readonly { start: number; end: number }[],
): FigureCandidate {
  const sentence = bounds.find((s) => s.start <= f.start && f.start < s.end) ?? { start: 0, end: text.length };
  const { unit, kind } = unitAndKind(text, f, sentence);
  const value = valueOf(f, unit);
  const validTime = nearestValidTime(dates, years, sentence, f);
  const subject = subjectHint(text, sentence, f.start);
  return {
    quote: { text: text.slice(f.start, f.end), start: f.start, end: f.end },
    value,
    kind,
    ...(validTime ? { validTime } : {}),
    ...(subject ? { subjectHint: subject } : {}),
  };
}

const OF_THE_WHOLE =
  /^\s+of\s+(?:the|its|their|his|her|our|these|those|all)\s+(?:\p{L}+['’]s\s+)?(?:(?:last|first|next|remaining|original)\s+)?(?:[\d,.]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)(?![\p{L}\p{N}])/iu;

const TOPIC_WORDS =
  /\b(?:worried|worries|concerned|concerns?|fears?|talks?|talked|talking|think|thinking|know|knew|care|questions?|news|story|stories|spoke|speak|asked|complained|complaints?|warned|doubts?|debate|row|dispute|fight|battle|clash|deal|agreement|argument|information|details|data|report|reports)\s+$/i;

/** "Mr Brown, 54, said", "aged 62": an age in years. */
function isAge(text: string, f: Figure & { kind: 'single' }): boolean {
  if (!isPlain(f.piece) || !Number.isInteger(f.piece.value) || f.piece.value > 120 || f.qualifier !== 'exact') return false;
  const before = text.slice(Math.max(0, f.start - 30), f.start);
  return /\baged\s+$/i.test(before) || (/\p{Lu}[\p{L}'’-]+,\s*$/u.test(before) && /^\s*[,)]/.test(text.slice(f.end, f.end + 3)));
}

function valueOf(f: Figure, unit: string | undefined): FigureValue {
  const u = unit ? { unit } : {};
  if (f.kind !== 'single') return { lowerBound: tidy(f.lower), upperBound: tidy(f.upper), qualifier: f.qualifier, ...u };
  const amount = tidy(f.piece.value);
  switch (f.qualifier) {
    case 'more_than':
    case 'at_least':
      return { amount, lowerBound: amount, qualifier: f.qualifier, ...u };
    case 'less_than':
    case 'at_most':
      return { amount, upperBound: amount, qualifier: f.qualifier, ...u };
    default:
      return { amount, qualifier: f.qualifier, ...u };
  }
}

function unitAndKind(text: string, f: Figure, sentence: { start: number; end: number }): { unit?: string; kind: FigureKind } {
  const piece = f.kind === 'vague' ? undefined : f.piece;
  const currency = f.kind === 'vague' ? f.currency : piece!.currency;
  if (currency) {
    const per =
      /^\s+(?:a|an|per|each)\s+(?!year|month|week|day)/i.test(text.slice(f.end, f.end + 12)) ||
      /\bpriced\s+(?:at\s+)?$/i.test(text.slice(Math.max(0, f.start - 12), f.start));
    return { unit: currency, kind: piece?.subunit || per ? 'price' : 'money' };
  }
  if (piece?.unit === 'percent' || piece?.unit === 'percentage points') return { unit: piece.unit, kind: 'percent' };
  if (piece?.unit === 'fraction' || piece?.unit === 'multiple') return { unit: piece.unit, kind: 'ratio' };
  if (piece?.age) return { unit: piece.unit!, kind: 'other' };
  if (piece?.measure) return { unit: piece.measure, kind: 'other' };
  if (piece?.unit) return { unit: piece.unit, kind: 'duration' };
  const from = f.kind === 'vague' ? f.nounFrom : f.end;
  const noun = from === undefined ? undefined : countedNoun(text, from, f.kind === 'single' && f.piece.value === 1);
  if (!noun && f.kind === 'single' && isAge(text, f)) return { unit: 'years', kind: 'other' };
  // "413 of the 659 seats", "three of their last four matches": the part counts what the whole does.
  const whole = noun || f.kind !== 'single' ? undefined : OF_THE_WHOLE.exec(text.slice(f.end, f.end + 60));
  const wholeNoun = whole ? countedNoun(text, f.end + whole[0].length, false) : undefined;
  if (wholeNoun) return { unit: wholeNoun.unit, kind: 'count' };
  if (!noun) {
    // "left hundreds dead": a vague word without "of" counts what the sentence does not say.
    const earlier = f.kind === 'vague' ? undefined : earlierNoun(text, sentence.start, f.start);
    return earlier ? { unit: earlier, kind: 'count' } : { kind: 'count' };
  }
  return { unit: noun.unit, kind: / per |^\S+ a \S+$/.test(noun.unit) ? 'ratio' : 'count' };
}

import { candidate } from './candidate.js';
import { findDates, referenceDate } from './dates.js';
import { isName, partOfSomethingElse } from './not-figures.js';
import { findNumerals, findOrdinals } from './numerals.js';
import { isPlain, type Piece, pieceAt } from './pieces.js';
import { type Figure, joinRanges } from './ranges.js';
import { sentences } from './sentences.js';
import { countedNoun } from './counted-noun.js';
import { overlapsAny, phraseAfter, phraseBefore } from './text-scan.js';
import type { FigureCandidate, FindFiguresOptions } from './types.js';
import { vagueFigures } from './vague.js';
import { QUALIFIERS_AFTER, QUALIFIERS_BEFORE, QUALIFIERS_HYPHENATED } from './words.js';

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
  const [inDate, inOrdinal] = [overlapsAny(dates), overlapsAny(ordinals)];
  const pieces = findNumerals(text)
    .filter((n) => !inDate(n.start, n.end) && !(inOrdinal(n.start, n.end) && !n.fraction) && !partOfSomethingElse(text, n, dates))
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
  years.sort((a, b) => a.start - b.start);
  return unitsForHeadlines(
    text,
    withoutOverlaps(figures).map((f) => candidate(text, f, dates, years, bounds)),
  );
}

/**
 * "Millions go missing at China bank": a vague headline figure says what it counts in the body,
 * where the first figure of its size with a unit ("up to $120m") gives the unit.
 */
function unitsForHeadlines(text: string, candidates: FigureCandidate[]): FigureCandidate[] {
  const headlineEnd = text.indexOf('\n');
  return candidates.map((c) => {
    if (c.value.qualifier !== 'vague' || c.value.unit || headlineEnd < 0 || c.quote.end > headlineEnd) return c;
    const [lower, upper] = [c.value.lowerBound!, c.value.upperBound!];
    const fits = (n: number | undefined) => n !== undefined && n >= lower / 2 && n <= upper;
    const body = candidates.find((b) => b.quote.start > headlineEnd && b.value.unit && (fits(b.value.amount) || fits(b.value.upperBound)));
    return body ? { ...c, value: { ...c.value, unit: body.value.unit! }, kind: body.kind } : c;
  });
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
const TOPIC_WORDS =
  /\b(?:worried|worries|concerned|concerns?|fears?|talks?|talked|talking|think|thinking|know|knew|care|questions?|news|story|stories|spoke|speak|asked|complained|complaints?|warned|doubts?|debate|row|dispute|fight|battle|clash|deal|agreement|argument|information|details|data|report|reports)\s+$/i;

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
  // Sorted by start and kept without overlaps, only the last kept can reach into the next.
  for (const f of figures) if (!(kept.length > 0 && kept[kept.length - 1]!.end > f.start)) kept.push(f);
  return kept;
}

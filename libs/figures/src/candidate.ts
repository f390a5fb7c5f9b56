import { countedNoun, earlierNoun } from './counted-noun.js';
import { type DateMention, nearestValidTime } from './dates.js';
import { isPlain } from './pieces.js';
import type { Figure } from './ranges.js';
import { subjectHint } from './sentences.js';
import { lastStartingBefore } from './text-scan.js';
import type { FigureCandidate, FigureKind, FigureValue } from './types.js';

// A figure written out as a candidate: its quote, its value as the claims domain models it, its
// kind and unit, and the hints for the claim form.

// Numbers in JavaScript are doubles: 33.6 * 1e9 is 33600000000.000004.
const tidy = (n: number) => Number(n.toPrecision(12));

export function candidate(
  text: string,
  f: Figure,
  dates: readonly DateMention[],
  years: readonly { start: number; end: number; from: string; to?: string }[],
  bounds: readonly { start: number; end: number }[],
): FigureCandidate {
  const sentence = lastStartingBefore(bounds, f.start + 1) ?? { start: 0, end: text.length };
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

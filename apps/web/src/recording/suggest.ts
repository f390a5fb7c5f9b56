import type { Span } from '../sources/marks';

/** The sentence around a span: from the previous full stop (or line) to the next one. */
export function sentenceAround(text: string, span: Span): Span {
  const before = text.slice(0, span.start);
  const start = Math.max(before.search(/[^.!?\n]*$/), 0);
  const after = text.slice(span.end).search(/[.!?\n](\s|$)/);
  return { start, end: after < 0 ? text.length : span.end + after + 1 };
}

const NAME = String.raw`((?:[A-Z][\w'’.-]*|of|the|for|and)(?:\s+(?:[A-Z][\w'’.-]*|of|the|for|and))*)`;
const PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`according to (?:the\s+)?${NAME}`),
  new RegExp(String.raw`\b(?:said|says|told|announced|stated|reported|estimated|estimates)\s+(?:the\s+)?${NAME}`),
  new RegExp(String.raw`${NAME}\s+(?:said|says|told|announced|stated|reported|estimated|estimates)\b`),
];

/** Who the sentence around the quote says stated it ("said Brett McGurk", "the Pentagon said"), if anyone. */
export function suggestAttribution(text: string, span: Span): string | undefined {
  const { start, end } = sentenceAround(text, span);
  const sentence = text.slice(start, end);
  for (const pattern of PATTERNS) {
    const name = pattern
      .exec(sentence)?.[1]
      ?.replace(/\s+(?:of|the|for|and)$/, '')
      .replace(/^the\s+/i, '')
      .replace(/\.$/, '')
      .trim();
    // A capitalised first word of the sentence is not a name on its own.
    if (name && /[A-Z]/.test(name[0]!) && !/^(The|A|An|It|This|That|He|She|They|We|Officials)$/.test(name)) return name;
  }
  return undefined;
}

export type ValidTimeChoice = { readonly at: string } | { readonly from: string; readonly to: string };

/**
 * The valid time a figure most likely has: the one read near it (a candidate's), else the day
 * the source was published: news states figures as they stand when it is written.
 */
export function suggestValidTime(candidate: ValidTimeChoice | undefined, publishedAt: string): ValidTimeChoice {
  return candidate ?? { at: publishedAt };
}

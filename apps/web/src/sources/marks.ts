// How an article's text is cut up for display: the spans of recorded claims and candidate
// figures as marks that do not overlap, and the words a keyboard selection moves over. Pure,
// so the offsets (JavaScript string indices, as the API counts them) are tested without a page.

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Mark<C, F> extends Span {
  /** Recorded claims quoting exactly this span (one or more). */
  readonly claims: readonly C[];
  /** A candidate figure nobody has recorded yet. */
  readonly candidate?: F;
}

/**
 * Recorded spans first, grouped when several claims quote the same words; then every candidate
 * that is not recorded (no `recordedAs`) and touches no recorded span. A span that overlaps one
 * already marked is left unmarked (it is still listed beside the text).
 */
export function layoutMarks<C extends { quote: Span | null }, F extends { quote: Span; recordedAs?: string | null | undefined }>(
  claims: readonly C[],
  candidates: readonly F[],
): Mark<C, F>[] {
  const marks: Mark<C, F>[] = [];
  const overlaps = (s: Span) => marks.some((m) => s.start < m.end && m.start < s.end);
  const byStart = [...claims].filter((c) => c.quote).sort((a, b) => a.quote!.start - b.quote!.start || a.quote!.end - b.quote!.end);
  for (const claim of byStart) {
    const { start, end } = claim.quote!;
    const same = marks.find((m) => m.start === start && m.end === end);
    if (same) (same.claims as C[]).push(claim);
    else if (!overlaps({ start, end })) marks.push({ start, end, claims: [claim] });
  }
  for (const candidate of candidates) {
    if (candidate.recordedAs || overlaps(candidate.quote)) continue;
    marks.push({ start: candidate.quote.start, end: candidate.quote.end, claims: [], candidate });
  }
  return marks.sort((a, b) => a.start - b.start);
}

/** The words of a text (runs of non-space), in order: what the keyboard cursor steps over. */
export function wordsOf(text: string): Span[] {
  const words: Span[] = [];
  for (const match of text.matchAll(/\S+/g)) words.push({ start: match.index, end: match.index + match[0].length });
  return words;
}

// Punctuation around a figure that is not part of it: "(£75m," is quoted as "£75m".
const OUTER = /[\s,.;:!?()[\]{}"“”‘’'«»—–-]/;

/** A selection narrowed to its words: no spaces or punctuation at either end. */
export function trimSpan(text: string, span: Span): Span | undefined {
  let { start, end } = span;
  while (start < end && OUTER.test(text[start]!)) start++;
  while (end > start && OUTER.test(text[end - 1]!)) end--;
  // A closing parenthesis or quote stays if its opening one is inside the span.
  return end > start ? { start, end } : undefined;
}

/** Cut points of the text: every mark's ends and every word's, so each piece lies in one word and one mark. */
export function pieces(text: string, marks: readonly Span[], words: readonly Span[]): Span[] {
  const cuts = new Set<number>([0, text.length]);
  for (const s of [...marks, ...words]) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  return sorted.slice(1).map((end, i) => ({ start: sorted[i]!, end }));
}

import { z } from 'zod';
import { QUALIFIERS } from '#claims';
import { type FigureCandidate, findFigures } from '#figures';
import type { QuotedSpan } from '#projections';
import { responseShape } from '../http/contract.js';
import { Quantity, Quote, ValidTime } from '../http/responses.js';

/** GET /v1/sources/:id/candidates: `minPosition` to see a claim just recorded as recorded. */
export const CandidateQuery = z.strictObject({
  minPosition: z.coerce.number().int().min(0).optional().describe('the position a write returned: wait until its claim shows as recorded'),
});

export const FigureCandidateShape = responseShape(
  'FigureCandidate',
  z.object({
    quote: Quote,
    value: Quantity.extend({ unit: z.string().optional(), qualifier: z.enum(QUALIFIERS) }).describe(
      'the value as POST /v1/claims takes it; unit is ISO 4217 for money, percent, fraction, multiple, a unit of time or the counted noun, absent when the text does not say',
    ),
    kind: z.enum(['money', 'percent', 'count', 'ratio', 'price', 'duration', 'other']),
    validTime: ValidTime.optional().describe('the date nearest the figure in its sentence, if the sentence names one'),
    subjectHint: z.string().optional().describe('the nearest name before the figure in its sentence'),
    recordedAs: z.string().optional().describe('the id of an active claim of this source whose quote overlaps the figure'),
  }),
  'A figure found in a source’s text, ready to be checked and recorded as a claim',
);
export const CandidateList = responseShape('FigureCandidateList', z.object({ items: z.array(FigureCandidateShape).describe('in text order') }));

/** Marks each candidate that an active claim of the source already quotes (any overlap), with the first such claim. */
export function markRecorded(candidates: readonly FigureCandidate[], quoted: readonly QuotedSpan[]) {
  return candidates.map((c) => {
    const claim = quoted.find((q) => q.start < c.quote.end && c.quote.start < q.end);
    return claim ? { ...c, recordedAs: claim.claimId } : c;
  });
}

// A source's text never changes once set, so its figures are kept for the sources read last: the
// desk asks for them each time it shows a source. The date goes in the key (it dates figures).
const CACHED_SOURCES = 100;
const cache = new Map<string, readonly FigureCandidate[]>();

/** The figures in a source's text, from the cache when this process has read them before. */
export function figuresOf(source: { readonly id: string; readonly publishedAt: string; readonly text: string }): readonly FigureCandidate[] {
  const key = `${source.id}\u0000${source.publishedAt}\u0000${source.text.length}`;
  let figures = cache.get(key);
  if (figures) cache.delete(key);
  else figures = findFigures(source.text, { publishedAt: source.publishedAt });
  cache.set(key, figures);
  if (cache.size > CACHED_SOURCES) cache.delete(cache.keys().next().value!);
  return figures;
}

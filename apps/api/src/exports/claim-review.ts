import { conflict, describeQuantity, describeValidTime } from '#claims';
import type { ClaimView } from '#recording';

/**
 * A claim and its verdict as a schema.org ClaimReview (JSON-LD), as fact-checkers publish them
 * for search engines: the claim reviewed, where it appeared and who said it (the source), the
 * verdict as the rating's name, and the reviewer who gave it.
 */
export function claimReview(claim: ClaimView, claimUrl: string) {
  const review = claim.history.findLast((e) => e.type === 'ClaimReviewed');
  if (!claim.verdict || !review) throw conflict(`claim ${claim.id} has no verdict yet; a reviewer gives one at /v1/claims/${claim.id}/reviews`);
  const note = (review.data as { note?: string }).note;
  const { source } = claim;
  const said = source.publisher ?? source.title;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: claimUrl,
    claimReviewed: claim.quote?.text ?? `${claim.subject} ${claim.metric}: ${describeQuantity(claim.value)} (${describeValidTime(claim.validTime)})`,
    datePublished: review.recordedAt,
    ...(review.actor ? { author: { '@type': 'Person', name: review.actor } } : {}),
    reviewRating: {
      '@type': 'Rating',
      alternateName: claim.verdict,
      ...(note ? { ratingExplanation: note } : {}),
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(said ? { author: { '@type': 'Organization', name: said } } : {}),
      ...(source.publishedAt ? { datePublished: source.publishedAt } : {}),
      appearance: {
        '@type': 'CreativeWork',
        ...(source.title ? { headline: source.title } : {}),
        ...(source.url ? { url: source.url } : {}),
        ...(source.publishedAt ? { datePublished: source.publishedAt } : {}),
        ...(source.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
      },
    },
  };
}

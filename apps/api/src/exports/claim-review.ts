import { conflict, describeQuantity, describeValidTime } from '#claims';
import type { ClaimView } from '#recording';

/**
 * A claim and its verdict as a schema.org ClaimReview (JSON-LD), as fact-checkers publish them
 * for search engines (Google's ClaimReview documentation): `url`, the page where the review is
 * read (the fact page of the web UI); the claim reviewed, as it stood when the verdict was
 * given; who made it (`itemReviewed.author`: the person or organisation quoted, else the
 * publisher) and where it appeared; the verdict as the rating's name, and the reviewer.
 *
 * A verdict judges one version of a claim: when the claim was corrected after it, the review
 * `expires` at the correction (schema.org's CreativeWork.expires: no longer useful from then).
 */
export function claimReview(claim: ClaimView, factPageUrl: string) {
  const review = claim.history.findLast((e) => e.type === 'ClaimReviewed');
  if (!claim.verdict || !review) throw conflict(`claim ${claim.id} has no verdict yet; a reviewer gives one at /v1/claims/${claim.id}/reviews`);
  const note = (review.data as { note?: string }).note;
  const { source } = claim;
  const reviewed = versionAt(claim, review.version);
  const correction = claim.history.find((e) => e.type === 'ClaimCorrected' && e.version > review.version);
  const said = claim.attribution ?? source.publisher ?? source.title;
  // An attribution is who was quoted ("Kerry"); the publisher is an organisation. Which an
  // attribution is, factlog does not record: a person unless it names the publisher.
  const saidBy = claim.attribution && claim.attribution !== source.publisher ? 'Person' : 'Organization';
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: factPageUrl,
    claimReviewed: claim.quote?.text ?? `${claim.subject} ${claim.metric}: ${describeQuantity(reviewed.value)} (${describeValidTime(reviewed.validTime)})`,
    datePublished: review.recordedAt,
    ...(correction ? { expires: correction.recordedAt } : {}),
    ...(review.actor ? { author: { '@type': 'Person', name: review.actor } } : {}),
    reviewRating: {
      '@type': 'Rating',
      alternateName: claim.verdict,
      ...(note ? { ratingExplanation: note } : {}),
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(said ? { author: { '@type': saidBy, name: said } } : {}),
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

/** The claim's value and valid time as they stood at a version of its stream. */
function versionAt(claim: ClaimView, version: number): { value: ClaimView['value']; validTime: ClaimView['validTime'] } {
  let value = claim.value;
  let validTime = claim.validTime;
  // Walk the corrections after that version back: each names what it changed from.
  for (const e of [...claim.history].reverse()) {
    if (e.version <= version) break;
    if (e.type === 'ClaimCorrected') ({ value, validTime } = e.data.previous);
  }
  return { value, validTime };
}

/**
 * A dataset → schema.org ClaimReview JSON-LD, so a fact-checker can take back what they imported (and
 * anyone can hand reviewed claims to a tool that reads ClaimReview). Only claims a fact-checker
 * reviewed are written: a ClaimReview states a verdict, and a claim without one would read as reviewed.
 * It is the inverse of `importClaimReview`: each claim's source gives the review's publisher (its
 * outlet), author (its author, when a person), date, URL and headline; the claim gives `claimReviewed`,
 * the claimant (`itemReviewed.author`) and the rating in the reviewer's words.
 */
import { claimPublished, type Dataset, type KnownClaim, type Source } from './dataset';
import { jsonFile } from './serialize-dataset';

/** The JSON-LD document, and how many claims were left out for having no review. */
export interface ClaimReviewExport {
  json: string;
  written: number;
  leftOut: number;
}

function review(
  claim: KnownClaim & { review: NonNullable<KnownClaim['review']> },
  source: Source,
): Record<string, unknown> {
  const date = claimPublished(claim, source);
  const url = claim.review.url ?? source.url;
  return {
    '@type': 'ClaimReview',
    claimReviewed: claim.text,
    ...(claim.attribution
      ? { itemReviewed: { '@type': 'Claim', author: { '@type': 'Thing', name: claim.attribution } } }
      : {}),
    author: source.author
      ? { '@type': 'Person', name: source.author }
      : { '@type': 'Organization', name: claim.review.reviewer },
    publisher: { '@type': 'Organization', name: source.author ? source.outlet : claim.review.reviewer },
    ...(date ? { datePublished: date } : {}),
    ...(url ? { url } : {}),
    ...(source.title ? { headline: source.title } : {}),
    ...(claim.review.rating ? { reviewRating: { '@type': 'Rating', alternateName: claim.review.rating } } : {}),
  };
}

/** `dataset`'s reviewed claims as one JSON-LD document (`@graph` of ClaimReview objects). */
export function exportClaimReview(dataset: Dataset): ClaimReviewExport {
  const graph: Array<Record<string, unknown>> = [];
  let leftOut = 0;
  for (const source of dataset.sources) {
    for (const claim of source.claims) {
      if (claim.review) graph.push(review({ ...claim, review: claim.review }, source));
      else leftOut++;
    }
  }
  const json = jsonFile({ '@context': 'https://schema.org', '@graph': graph });
  return { json, written: graph.length, leftOut };
}

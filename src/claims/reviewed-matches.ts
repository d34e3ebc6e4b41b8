/**
 * Fact-checkers' verdicts on the matches of a report. The engine's matches carry what it judged; the
 * verdict a fact-checker published about the matched claim is added here, after analysis, so the popup
 * can show it as theirs ("Snopes rated this claim: False") next to our relation.
 */
import type { Report, SourceMatch } from '../engine/report';
import type { ClaimVerdict } from './dataset';

/** A match that may carry the matched claim's published review. */
export type ReviewedMatch = SourceMatch & { review?: ClaimVerdict };

/** `report` with each match of a reviewed claim given its review (by claim id). */
export function attachReviews(report: Report, reviews: ReadonlyMap<string, ClaimVerdict>): Report {
  if (reviews.size === 0) return report;
  const withReview = (match: SourceMatch): ReviewedMatch => {
    const review = reviews.get(match.claimId);
    return review ? { ...match, review } : match;
  };
  return {
    ...report,
    claims: report.claims.map((claim) => ({
      ...claim,
      corroborating: claim.corroborating.map(withReview),
      conflicting: claim.conflicting.map(withReview),
      related: claim.related.map(withReview),
    })),
  };
}

/**
 * The review a match carries, or null. Reports come back from storage.session as plain data, so the
 * shape is checked rather than trusted.
 */
export function reviewOf(match: SourceMatch): ClaimVerdict | null {
  const review = (match as ReviewedMatch).review as Partial<ClaimVerdict> | undefined;
  if (typeof review !== 'object' || review === null || typeof review.reviewer !== 'string') return null;
  return {
    reviewer: review.reviewer,
    rating: typeof review.rating === 'string' ? review.rating : null,
    url: typeof review.url === 'string' ? review.url : null,
    date: typeof review.date === 'string' ? review.date : null,
  };
}

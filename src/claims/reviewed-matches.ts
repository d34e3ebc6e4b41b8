/**
 * Fact-checkers' verdicts on the matches of a report, as the popup reads them: the engine's match
 * carries its claim's published verdict (`JudgedMatch.review`), shown as theirs ("Snopes rated this
 * claim: False") next to our relation.
 */
import type { SourceMatch } from '../engine/report';
import type { ClaimVerdict } from './dataset';

/**
 * The review a match carries, or null. Reports come back from storage.session as plain data, so the
 * shape is checked rather than trusted.
 */
export function reviewOf(match: SourceMatch): ClaimVerdict | null {
  const review = match.review as Partial<ClaimVerdict> | undefined;
  if (typeof review !== 'object' || review === null || typeof review.reviewer !== 'string') return null;
  return {
    reviewer: review.reviewer,
    rating: typeof review.rating === 'string' ? review.rating : null,
    url: typeof review.url === 'string' ? review.url : null,
    date: typeof review.date === 'string' ? review.date : null,
  };
}

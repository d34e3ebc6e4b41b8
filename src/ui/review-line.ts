/** A fact-checker's verdict in the words the popup shows: theirs, named as theirs, never Provenance's. */
import type { ClaimVerdict } from '../claims/dataset';

/** "Snopes rated this claim: False"; without a rating, that they checked it; null when there is no review. */
export function reviewLine(review: ClaimVerdict | null): string | null {
  if (review === null) return null;
  if (review.rating !== null) return `${review.reviewer} rated this claim: ${review.rating}`;
  return `${review.reviewer} fact-checked this claim (the dataset gives no rating)`;
}

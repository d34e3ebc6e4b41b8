/** A fact-checker's verdict in the words the popup shows: theirs, named as theirs, never Provenance's. */
import type { ClaimVerdict } from '../claims/dataset';
import { t } from '../i18n/messages';

/** "Snopes rated this claim: False"; without a rating, that they checked it; null when there is no review. */
export function reviewLine(review: ClaimVerdict | null): string | null {
  if (review === null) return null;
  if (review.rating !== null) return t('reviewRated', review.reviewer, review.rating);
  return t('reviewUnrated', review.reviewer);
}

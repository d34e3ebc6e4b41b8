/**
 * Validating a claim's optional `review` (a fact-checker's verdict, docs/dataset-format.md), with the same
 * rules as the rest of the dataset: fields rebuilt one by one, links only http(s), errors named by path.
 */
import { t } from '../i18n/messages';
import type { ClaimVerdict } from './dataset';
import {
  describe,
  isRecord,
  ownField,
  quote,
  readOptionalString,
  readString,
  warnUnknownKeys,
  type DatasetIssues,
} from './dataset-fields';
import { isHttpUrl, isIsoDate } from './http-url';

const REVIEW_KEYS = ['rating', 'reviewer', 'url', 'date'] as const;

/** Lengths in line with the dataset's other limits (an outlet name, an attribution, a URL). */
export const REVIEW_LIMITS = { rating: 300, reviewer: 300, url: 2_048, date: 64 } as const;

/** A claim's review: absent, present and valid, or wrong (its errors are in `issues`). */
export type ReviewReading = { ok: true; review: ClaimVerdict | undefined } | { ok: false };

/** Reads `claim.review` at `path` (the claim's path). A missing or null review is simply absent. */
export function readReview(claim: Record<string, unknown>, path: string, issues: DatasetIssues): ReviewReading {
  const value = ownField(claim, 'review');
  if (value === undefined || value === null) return { ok: true, review: undefined };
  const where = `${path}.review`;
  if (!isRecord(value)) {
    issues.error(where, t('importExpectedReview', describe(value)));
    return { ok: false };
  }
  warnUnknownKeys(value, REVIEW_KEYS, where, issues);
  const reviewer = readString(value, 'reviewer', where, REVIEW_LIMITS.reviewer, issues);
  const rating = readOptionalString(value, 'rating', where, REVIEW_LIMITS.rating, issues);
  let url = readOptionalString(value, 'url', where, REVIEW_LIMITS.url, issues);
  if (url && !isHttpUrl(url)) {
    issues.warn(`${where}.url`, t('importLinkNotHttp', quote(url)));
    url = null;
  }
  let date = readOptionalString(value, 'date', where, REVIEW_LIMITS.date, issues);
  if (date && !isIsoDate(date)) {
    issues.warn(`${where}.date`, t('importDateNotIso', quote(date)));
    date = null;
  }
  if (reviewer === null || rating === undefined || url === undefined || date === undefined) return { ok: false };
  return { ok: true, review: { rating, reviewer, url, date } };
}

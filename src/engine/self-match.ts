/**
 * A page never matches itself: when the page is one of the dataset's sources, that source is left out
 * of its report, or every sentence would "corroborate" itself.
 */
import type { Source } from '../claims/dataset';
import type { Article } from '../extract/article';

/** Share of a source's claims found verbatim in the page above which the page is that source. */
const SAME_TEXT_SHARE = 0.5;
/**
 * ...and how many at least: an article that quotes a fact-checked claim word for word is not the
 * fact-check (a ClaimReview source has one claim, so one verbatim quote is half of nothing).
 */
const MIN_SAME_CLAIMS = 3;

/** Lower case, letters and digits only: survives quote styles, whitespace and markup differences. */
export function normaliseForComparison(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** URL without scheme, `www.`, fragment, query and trailing slash. */
export function normaliseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname.replace(/^www\./, '')}${parsed.pathname.replace(/\/+$/, '')}`.toLowerCase();
  } catch {
    return url.trim().toLowerCase();
  }
}

/** Ids of the sources that are this very page: same canonical URL, or essentially the same text. */
export function findSelfSources(article: Article, sources: readonly Source[]): string[] {
  const pageUrl = article.meta.url ? normaliseUrl(article.meta.url) : null;
  const pageText = ` ${normaliseForComparison(article.text)} `;
  return sources
    .filter((source) => {
      if (pageUrl && source.url && normaliseUrl(source.url) === pageUrl) return true;
      if (source.claims.length === 0) return false;
      const found = source.claims.filter((claim) => pageText.includes(` ${normaliseForComparison(claim.text)} `));
      return found.length >= MIN_SAME_CLAIMS && found.length / source.claims.length >= SAME_TEXT_SHARE;
    })
    .map((source) => source.id);
}

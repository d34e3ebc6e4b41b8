/** When the article was published, from whichever of the page's date markers is present. */
import { normalizeDateTime } from './date-time';
import { metaContent } from './meta-tags';

/** Bounds on walking a JSON-LD block, so a hostile or huge block cannot stall extraction. */
const MAX_JSON_LD_DEPTH = 8;
const MAX_JSON_LD_NODES = 2_000;

/**
 * The first `datePublished` string in a JSON-LD value, depth first. Depth-first order finds the
 * top-level NewsArticle before dates of things it mentions (a quoted review, an embedded video).
 */
function datePublishedIn(value: unknown, budget = { nodes: MAX_JSON_LD_NODES }, depth = 0): string | null {
  if (depth > MAX_JSON_LD_DEPTH || budget.nodes-- <= 0 || typeof value !== 'object' || value === null) return null;
  if (!Array.isArray(value)) {
    const own = (value as Record<string, unknown>).datePublished;
    if (typeof own === 'string' && own.trim()) return own;
  }
  for (const child of Object.values(value)) {
    const found = datePublishedIn(child, budget, depth + 1);
    if (found) return found;
  }
  return null;
}

function jsonLdDatePublished(doc: Document): string | null {
  for (const script of doc.querySelectorAll('script[type]')) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    try {
      const found = datePublishedIn(JSON.parse(script.textContent ?? ''));
      if (found) return found;
    } catch {
      // Malformed JSON-LD is common (trailing commas, HTML comments); the other markers may still say.
    }
  }
  return null;
}

/** A `<time datetime>`: the one marked as the publication date, else the first in an `<article>`, else the first. */
function timeElementDate(doc: Document): string | null {
  for (const selector of ['time[pubdate][datetime]', 'article time[datetime]', 'time[datetime]']) {
    const value = doc.querySelector(selector)?.getAttribute('datetime')?.trim();
    if (value) return value;
  }
  return null;
}

/**
 * The publication time, normalised by {@link normalizeDateTime}: Readability's own finding first (it
 * reads JSON-LD and the common meta tags), then `article:published_time`, JSON-LD `datePublished`,
 * other meta conventions, and last a `<time datetime>`, which on many pages dates a comment, not the
 * article.
 */
export function publishedTime(doc: Document, fromReadability: string | null | undefined): string | null {
  const raw =
    fromReadability?.trim() ||
    metaContent(doc, 'article:published_time', 'datePublished') ||
    jsonLdDatePublished(doc) ||
    metaContent(
      doc,
      'og:article:published_time',
      'pubdate',
      'publishdate',
      'publish-date',
      'dc.date.issued',
      'DC.date.issued',
      'date',
    ) ||
    timeElementDate(doc);
  return normalizeDateTime(raw);
}

/** Article metadata: Readability's findings, completed from the page's own tags. */
import type { ArticleMeta } from './article';
import { canonicalUrl } from './canonical-url';
import { cleanText } from './clean-text';
import { metaContent } from './meta-tags';
import { publishedTime } from './published-time';

/** The parts of Readability's result that metadata draws on (all optional: Readability may omit any). */
export interface ReadabilityFindings {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
}

/**
 * The metadata of `doc`. Readability's title, byline and site name come first because it weighs
 * `<title>`, headings, JSON-LD and meta tags against each other; the page's `og:`/`<title>` fill gaps.
 * `lang` is `<html lang>` first: it is what the author declared for the whole page. `fallbackUrl`
 * stands in for the document URL when the document has none (see {@link canonicalUrl}).
 */
export function readMetadata(doc: Document, findings: ReadabilityFindings, fallbackUrl?: string): ArticleMeta {
  return {
    title: cleanText(findings.title) ?? cleanText(metaContent(doc, 'og:title')) ?? cleanText(doc.title),
    byline: cleanText(findings.byline) ?? cleanText(metaContent(doc, 'author')),
    siteName: cleanText(findings.siteName) ?? cleanText(metaContent(doc, 'og:site_name')),
    publishedTime: publishedTime(doc, findings.publishedTime),
    url: canonicalUrl(doc, fallbackUrl),
    lang: cleanText(doc.documentElement?.getAttribute('lang')) ?? cleanText(findings.lang),
  };
}

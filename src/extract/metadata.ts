/** Article metadata: Readability's findings, completed from the page's own tags. */
import type { ArticleMeta } from './article';
import { canonicalUrl } from './canonical-url';
import { languageTag } from './language-tag';
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
 * `lang` is the language the page declares (see {@link declaredLanguage}); extraction then weighs it
 * against the text. `fallbackUrl` stands in for the document URL when the document has none (see
 * {@link canonicalUrl}).
 */
export function readMetadata(doc: Document, findings: ReadabilityFindings, fallbackUrl?: string): ArticleMeta {
  return {
    title: cleanText(findings.title) ?? cleanText(metaContent(doc, 'og:title')) ?? cleanText(doc.title),
    byline: cleanText(findings.byline) ?? cleanText(metaContent(doc, 'author')),
    siteName: cleanText(findings.siteName) ?? cleanText(metaContent(doc, 'og:site_name')),
    publishedTime: publishedTime(doc, findings.publishedTime),
    url: canonicalUrl(doc, fallbackUrl),
    lang: declaredLanguage(doc, findings),
  };
}

/**
 * The language `doc` declares: `<html lang>` first, as what the author declared for the whole page, then
 * a `content-language` meta tag, `og:locale` ("fr_FR"), and what Readability found. The first that is a
 * valid BCP 47 tag counts; null when none is.
 */
export function declaredLanguage(doc: Document, findings: ReadabilityFindings): string | null {
  const contentLanguage = doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content');
  const tags = [
    doc.documentElement?.getAttribute('lang'),
    contentLanguage,
    metaContent(doc, 'og:locale'),
    findings.lang,
  ];
  return tags.map(languageTag).find((tag): tag is string => tag !== null) ?? null;
}

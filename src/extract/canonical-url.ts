/** The URL that identifies an article, however the reader reached it. */
import { metaContent } from './meta-tags';

/** `href` resolved against `base`, if the result is a web address; null otherwise. */
function resolveWebUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href?.trim()) return null;
  try {
    const url = base ? new URL(href.trim(), base) : new URL(href.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The base that relative URLs in `doc` resolve against: the document's base URL (which honours
 * `<base href>`), or `fallbackUrl` when the document has none (jsdom without a URL, a blank frame).
 */
function baseOf(doc: Document, fallbackUrl: string | undefined): string | null {
  const base = doc.baseURI;
  if (base && base !== 'about:blank') return base;
  return fallbackUrl ?? null;
}

/**
 * The article's canonical URL: `<link rel=canonical>`, else `og:url`, both resolved against the
 * document's base URL; else `fallbackUrl`, else the document URL, without its `#fragment`.
 *
 * The fragment goes because the engine compares URLs to keep a page from matching itself, and
 * "article#comments" is the same article. Only http(s) counts from the page's own tags: a canonical
 * pointing at "javascript:" or a relative path with no base is noise, not an identity.
 */
export function canonicalUrl(doc: Document, fallbackUrl?: string): string | null {
  const base = baseOf(doc, fallbackUrl);
  for (const link of doc.querySelectorAll('link[rel]')) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rels.includes('canonical')) continue;
    const url = resolveWebUrl(link.getAttribute('href'), base);
    if (url) return url;
  }
  const ogUrl = resolveWebUrl(metaContent(doc, 'og:url'), base);
  if (ogUrl) return ogUrl;
  const own = fallbackUrl ?? (doc.URL && doc.URL !== 'about:blank' ? doc.URL : null);
  if (!own) return null;
  try {
    const url = new URL(own);
    url.hash = '';
    return url.href;
  } catch {
    return own;
  }
}

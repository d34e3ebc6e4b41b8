/**
 * Pages no extension may script: browser pages, other extensions, the extension stores and the built-in
 * PDF viewer. Recognising them from the URL lets the popup say so at once instead of showing the
 * browser's injection error.
 */

const RESTRICTED_SCHEMES = new Set([
  'about:',
  'chrome:',
  'chrome-untrusted:',
  'chrome-search:',
  'chrome-extension:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'moz-extension:',
  'resource:',
  'view-source:',
  'data:',
  'javascript:',
]);

/** Hosts (and path prefixes) of the stores, where browsers refuse every extension's scripts. */
const STORE_PAGES: Array<{ host: string; path: string }> = [
  { host: 'chromewebstore.google.com', path: '/' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org', path: '/' },
];

/** True when `url` is a page the browser will not let Provenance read. */
export function isRestrictedUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (RESTRICTED_SCHEMES.has(parsed.protocol)) return true;
  if (STORE_PAGES.some((store) => parsed.hostname === store.host && parsed.pathname.startsWith(store.path))) {
    return true;
  }
  // The PDF viewer keeps the document's own URL, but its page is the browser's, not the PDF's.
  return parsed.pathname.toLowerCase().endsWith('.pdf');
}
